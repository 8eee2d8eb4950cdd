<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>The official name, as the authority writes it</source>
        <translation>Le nom officiel, tel que la collectivité l&apos;écrit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Latin-script name</source>
        <translation>No&amp;m en caractères latins</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Link the application to an authority already in the register, if any</source>
        <translation>Relier la candidature à une collectivité déjà inscrite au registre, le cas échéant</translation>
    </message>
    <message>
        <source>In the &amp;register</source>
        <translation>&amp;Dans le registre</translation>
    </message>
    <message>
        <source>Authority in the register</source>
        <translation>Collectivité du registre</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom de la personne de contact</translation>
    </message>
    <message>
        <source>e.g. Deputy Mayor</source>
        <translation>p. ex. Maire adjoint</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <source>Contact&apos;s function</source>
        <translation>Fonction de la personne de contact</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel de la personne de contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>Contact&apos;s language</source>
        <translation>Langue de la personne de contact</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Re&amp;ceived by</source>
        <translation>Reçue &amp;via</translation>
    </message>
    <message>
        <source>Received &amp;on</source>
        <translation>Reçue &amp;le</translation>
    </message>
    <message>
        <source>Commitment &amp;letter received</source>
        <translation>Lettre d&apos;en&amp;gagement reçue</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>{authority} is already a member of the Alliance (no. {number}). Link this application to it?</source>
        <translation>{authority} est déjà membre de l&apos;Alliance (n° {number}). Relier cette candidature à ce membre ?</translation>
    </message>
    <message>
        <source>{authority} is already in the register. Link this application to it?</source>
        <translation>{authority} figure déjà au registre. Relier cette candidature à cette collectivité ?</translation>
    </message>
    <message>
        <source>Link to {authority}, member no. {number}</source>
        <translation>Relier à {authority}, membre n° {number}</translation>
    </message>
    <message>
        <source>Link to {authority}</source>
        <translation>Relier à {authority}</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Déjà au registre</translation>
    </message>
    <message>
        <source>Save without linking</source>
        <translation>Enregistrer sans relier</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Application — {name} ({country})</source>
        <translation>Candidature — {name} ({country})</translation>
    </message>
    <message>
        <source>Accepted on {date}: {name} is member no. {number}.</source>
        <translation>Acceptée le {date} : {name} est le membre n° {number}.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>As signed</source>
        <translation>Comme signé</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>“As signed” prints each certificate in the language its signatory signed</source>
        <translation>« Comme signé » imprime chaque certificat dans la langue dans laquelle son signataire a signé</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>One PDF with every certificate</source>
        <translation>Un seul PDF avec tous les certificats</translation>
    </message>
    <message>
        <source>One PDF file per signatory</source>
        <translation>Un fichier PDF par signataire</translation>
    </message>
    <message>
        <source>Organisation &amp;settings…</source>
        <translation>Paramètres de l&apos;&amp;organisation…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Certificate of signature</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>Certificates of signature</source>
        <translation>Certificats de signature</translation>
    </message>
    <message>
        <source>&amp;Save files…</source>
        <translation>&amp;Enregistrer les fichiers…</translation>
    </message>
    <message>
        <source>Certificate {number} of {count}</source>
        <translation>Certificat {number} sur {count}</translation>
    </message>
    <message>
        <source>{name} — certificate {number}</source>
        <translation>{name} — certificat {number}</translation>
    </message>
    <message>
        <source>{count} certificates — now showing {name} ({number})</source>
        <translation>{count} certificats — affiché : {name} ({number})</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CertificateJobDialog</name>
    <message>
        <source>Certificates {date}.pdf</source>
        <translation>Certificats {date}.pdf</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier des certificats</translation>
    </message>
    <message>
        <source>Saving certificates</source>
        <translation>Enregistrement des certificats</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Preparing certificates for printing</source>
        <translation>Préparation des certificats pour l&apos;impression</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved or registered.</source>
        <translation>Annulé. Rien n&apos;a été enregistré ni inscrit au registre.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Une erreur s&apos;est produite ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>1 certificate saved to {path} and registered.</source>
        <translation>1 certificat enregistré dans {path} et inscrit au registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates saved to {path} and registered.</source>
        <translation>
            <numerusform>%n certificat enregistré dans {path} et inscrit au registre.</numerusform>
            <numerusform>%n certificats enregistrés dans {path} et inscrits au registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 certificate file saved in {folder} and registered.</source>
        <translation>1 fichier de certificat enregistré dans {folder} et inscrit au registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate files saved in {folder} and registered.</source>
        <translation>
            <numerusform>%n fichier de certificat enregistré dans {folder} et inscrit au registre.</numerusform>
            <numerusform>%n fichiers de certificats enregistrés dans {folder} et inscrits au registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 certificate sent to the printer and registered.</source>
        <translation>1 certificat envoyé à l&apos;imprimante et inscrit au registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates sent to the printer and registered.</source>
        <translation>
            <numerusform>%n certificat envoyé à l&apos;imprimante et inscrit au registre.</numerusform>
            <numerusform>%n certificats envoyés à l&apos;imprimante et inscrits au registre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePrinting</name>
    <message>
        <source>The certificates could not be prepared for printing.</source>
        <translation>Les certificats n&apos;ont pas pu être préparés pour l&apos;impression.</translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is ready and try again.</source>
        <translation>L&apos;imprimante ne peut pas être utilisée. Vérifiez qu&apos;elle est prête et réessayez.</translation>
    </message>
    <message>
        <source>The printer stopped before every page was printed.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée avant d&apos;avoir imprimé toutes les pages.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row read.</source>
        <translation>1 ligne lue.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · unchanged: %3 · look like records already there: %4</source>
        <translation>À ajouter : %1 · à mettre à jour : %2 · inchangées : %3 · semblables à des fiches existantes : %4</translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are corrected in the file.</source>
        <translation>Rien ne peut être importé tant que ces problèmes ne sont pas corrigés dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems:</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem:</source>
        <translation>1 problème :</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>ChoicesPage</name>
    <message>
        <source>Already in the register?</source>
        <translation>Déjà au registre ?</translation>
    </message>
    <message>
        <source>These rows look like records already there, or like other rows of the file.</source>
        <translation>Ces lignes ressemblent à des fiches déjà enregistrées, ou à d&apos;autres lignes du fichier.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Tout ignorer</translation>
    </message>
    <message>
        <source>Update all</source>
        <translation>Tout mettre à jour</translation>
    </message>
    <message>
        <source>row %s of the file</source>
        <translation>la ligne %s du fichier</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <source>Use this row instead</source>
        <translation>Prendre cette ligne à la place</translation>
    </message>
    <message>
        <source>Update the record</source>
        <translation>Mettre à jour la fiche</translation>
    </message>
    <message>
        <source>Choice for row %s</source>
        <translation>Choix pour la ligne %s</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Ne pas relier</translation>
    </message>
    <message>
        <source>Link to %s</source>
        <translation>Relier à %s</translation>
    </message>
    <message>
        <source>Link for row %s</source>
        <translation>Lien pour la ligne %s</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>1 record will be added.</source>
        <translation>1 fiche sera ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will be added.</source>
        <translation>
            <numerusform>%n fiche sera ajoutée.</numerusform>
            <numerusform>%n fiches seront ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record will be updated.</source>
        <translation>1 fiche sera mise à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will be updated.</source>
        <translation>
            <numerusform>%n fiche sera mise à jour.</numerusform>
            <numerusform>%n fiches seront mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row will be skipped.</source>
        <translation>1 ligne sera ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be skipped.</source>
        <translation>
            <numerusform>%n ligne sera ignorée.</numerusform>
            <numerusform>%n lignes seront ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row is unchanged.</source>
        <translation>1 ligne est inchangée.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are unchanged.</source>
        <translation>
            <numerusform>%n ligne est inchangée.</numerusform>
            <numerusform>%n lignes sont inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of the database is made first. The whole file is imported at once: if anything fails, or you press Cancel, nothing is changed.</source>
        <translation>Une sauvegarde de la base de données est faite d&apos;abord. Le fichier est importé en entier d&apos;un seul coup : si quoi que ce soit échoue, ou si vous cliquez sur Annuler, rien n&apos;est modifié.</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Load the current version; the changes made in this window are lost</source>
        <translation>Charger la version actuelle ; les modifications faites dans cette fenêtre sont perdues</translation>
    </message>
</context>
<context>
    <name>CustomLayoutBox</name>
    <message>
        <source>Custom layout</source>
        <translation>Disposition sur mesure</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Label width:</source>
        <translation>Largeur de l&apos;étiquette :</translation>
    </message>
    <message>
        <source>Label height:</source>
        <translation>Hauteur de l&apos;étiquette :</translation>
    </message>
    <message>
        <source>Top margin:</source>
        <translation>Marge du haut :</translation>
    </message>
    <message>
        <source>Left margin:</source>
        <translation>Marge de gauche :</translation>
    </message>
    <message>
        <source>Horizontal pitch:</source>
        <translation>Pas horizontal :</translation>
    </message>
    <message>
        <source>Vertical pitch:</source>
        <translation>Pas vertical :</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>DatabaseWait</name>
    <message>
        <source>another program is writing to it</source>
        <translation>un autre programme y écrit</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>held by {user} on {host} since {since}</source>
        <translation>occupée par {user} sur {host} depuis {since}</translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation>En attente de la base de données</translation>
    </message>
    <message>
        <source>Waiting for the database… ({holder})</source>
        <translation>En attente de la base de données… ({holder})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (Excel, any program)</source>
        <translation>CSV (Excel, tout programme)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF list (to print or send)</source>
        <translation>Liste PDF (à imprimer ou à envoyer)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <source>The rows shown (%n)</source>
        <translation>
            <numerusform>La ligne affichée (%n)</numerusform>
            <numerusform>Les lignes affichées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n)</source>
        <translation>
            <numerusform>Tout (%n)</numerusform>
            <numerusform>Tout (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns shown</source>
        <translation>Les colonnes affichées</translation>
    </message>
    <message>
        <source>Every column (to import again)</source>
        <translation>Toutes les colonnes (pour réimporter)</translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in most of Europe)</source>
        <translation>Point-virgule ;  (Excel dans la plupart de l&apos;Europe)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <source>Language of the PDF list or column titles</source>
        <translation>Langue de la liste PDF ou des titres de colonnes</translation>
    </message>
    <message>
        <source>Column titles as the header row</source>
        <translation>Titres des colonnes en première ligne</translation>
    </message>
    <message>
        <source>Ticked: the first row gives the column titles in the chosen language, for people to read. Unticked: it gives the field keys (country_code), which import again whatever the language of the application.</source>
        <translation>Cochée : la première ligne donne les titres des colonnes dans la langue choisie, pour être lue par des personnes. Décochée : elle donne les clés des champs (country_code), qui s&apos;importent à nouveau quelle que soit la langue de l&apos;application.</translation>
    </message>
    <message>
        <source>The language of the PDF list, or of the column titles of a CSV or Excel file.</source>
        <translation>La langue de la liste PDF, ou des titres de colonnes d&apos;un fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <source>Export signatories</source>
        <translation>Exporter les signataires</translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Exporter les candidatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Please choose a file.</source>
        <translation>Veuillez choisir un fichier.</translation>
    </message>
    <message>
        <source>%s is a folder.</source>
        <translation>%s est un dossier.</translation>
    </message>
    <message>
        <source>%s exists. Replace it?</source>
        <translation>%s existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Écriture de %s…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export; no file was written.</source>
        <translation>Une erreur inattendue a interrompu l&apos;exportation ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file whose first row names the columns.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) dont la première ligne nomme les colonnes.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Applications (web form)</source>
        <translation>Candidatures (formulaire web)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Importer dans :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Which is right?</source>
        <translation>Quelle lecture est la bonne ?</translation>
    </message>
    <message>
        <source>The file can be read in several ways. Choose the one whose names are spelt correctly:</source>
        <translation>Le fichier peut être lu de plusieurs façons. Choisissez celle où les noms sont correctement orthographiés :</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Check that names look right; change the reading if they don&apos;t.</source>
        <translation>Vérifiez que les noms s&apos;affichent correctement ; sinon, changez la lecture.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”: 1 row</source>
        <translation>Classeur Excel, feuille « %1 » : 1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, sheet “%1”: %n rows</source>
        <translation>
            <numerusform>Classeur Excel, feuille « %1 » : %n ligne</numerusform>
            <numerusform>Classeur Excel, feuille « %1 » : %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checking 1 row of %1…</source>
        <translation>Vérification d&apos;une ligne de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows of %1…</source>
        <translation>
            <numerusform>Vérification de %n ligne de %1…</numerusform>
            <numerusform>Vérification des %n lignes de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>An unexpected error stopped the check.</source>
        <translation>Une erreur inattendue a interrompu la vérification.</translation>
    </message>
    <message>
        <source>The file was not checked.</source>
        <translation>Le fichier n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>Importation de %s…</translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was before.</source>
        <translation>Importation annulée. La base de données est restée telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import.</source>
        <translation>Une erreur inattendue a interrompu l&apos;importation.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>IssueRegisterBox</name>
    <message>
        <source>Issued before (register)</source>
        <translation>Délivrés auparavant (registre)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Certificates issued before</source>
        <translation>Certificats délivrés auparavant</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
</context>
<context>
    <name>LabelJobs</name>
    <message>
        <source>labels.pdf</source>
        <translation>etiquettes.pdf</translation>
    </message>
    <message>
        <source>Save the labels as</source>
        <translation>Enregistrer les étiquettes sous</translation>
    </message>
    <message>
        <source>Saving labels</source>
        <translation>Enregistrement des étiquettes</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Préparation de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Preparing labels for printing</source>
        <translation>Préparation des étiquettes pour l&apos;impression</translation>
    </message>
    <message>
        <source>1 envelope saved to {path}.</source>
        <translation>1 enveloppe enregistrée dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n envelopes saved to {path}.</source>
        <translation>
            <numerusform>%n enveloppe enregistrée dans {path}.</numerusform>
            <numerusform>%n enveloppes enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 label saved to {path}.</source>
        <translation>1 étiquette enregistrée dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n labels saved to {path}.</source>
        <translation>
            <numerusform>%n étiquette enregistrée dans {path}.</numerusform>
            <numerusform>%n étiquettes enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 page envoyée à l&apos;imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 recipient has no postal address in the register: {names}.</source>
        <translation>1 destinataire n&apos;a pas d&apos;adresse postale dans le registre : {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipients have no postal address in the register: {names}.</source>
        <translation>
            <numerusform>%n destinataire n&apos;a pas d&apos;adresse postale dans le registre : {names}.</numerusform>
            <numerusform>%n destinataires n&apos;ont pas d&apos;adresse postale dans le registre : {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Une erreur est survenue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Labels and envelopes</source>
        <translation>Étiquettes et enveloppes</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels and envelopes</source>
        <translation>Étiquettes et enveloppes</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>&amp;Labels on an A4 sheet</source>
        <translation>É&amp;tiquettes sur une planche A4</translation>
    </message>
    <message>
        <source>&amp;Envelopes, one per recipient</source>
        <translation>En&amp;veloppes, une par destinataire</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Plan&amp;che :</translation>
    </message>
    <message>
        <source>Avery L7160 — 21 labels 63.5 × 38.1 mm (3 × 7)</source>
        <translation>Avery L7160 — 21 étiquettes 63,5 × 38,1 mm (3 × 7)</translation>
    </message>
    <message>
        <source>Avery L7163 — 14 labels 99.1 × 38.1 mm (2 × 7)</source>
        <translation>Avery L7163 — 14 étiquettes 99,1 × 38,1 mm (2 × 7)</translation>
    </message>
    <message>
        <source>24 labels 70 × 37 mm (3 × 8), Avery Zweckform 3474</source>
        <translation>24 étiquettes 70 × 37 mm (3 × 8), Avery Zweckform 3474</translation>
    </message>
    <message>
        <source>Custom layout (mm)</source>
        <translation>Disposition sur mesure (mm)</translation>
    </message>
    <message>
        <source>On a part-used sheet, the first free label (counted along the rows)</source>
        <translation>Sur une planche entamée, la première étiquette libre (comptée ligne par ligne)</translation>
    </message>
    <message>
        <source>Draw label &amp;outlines (test print on plain paper)</source>
        <translation>Tracer le c&amp;ontour des étiquettes (essai sur papier ordinaire)</translation>
    </message>
    <message>
        <source>Start &amp;at label:</source>
        <translation>Co&amp;mmencer à l’étiquette :</translation>
    </message>
    <message>
        <source>Envelope si&amp;ze:</source>
        <translation>&amp;Format d’enveloppe :</translation>
    </message>
    <message>
        <source>DL — 110 × 220 mm</source>
        <translation>DL — 110 × 220 mm</translation>
    </message>
    <message>
        <source>C5 — 162 × 229 mm</source>
        <translation>C5 — 162 × 229 mm</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Adresse de l’expéditeur :</translation>
    </message>
    <message>
        <source>Printed top left on every envelope; saved for every colleague</source>
        <translation>Imprimée en haut à gauche de chaque enveloppe ; enregistrée pour tous les collègues</translation>
    </message>
    <message>
        <source>Sen&amp;der&apos;s country:</source>
        <translation>Pa&amp;ys de l’expéditeur :</translation>
    </message>
    <message>
        <source>Mail to this country gets no country line; saved for every colleague</source>
        <translation>Le courrier vers ce pays ne porte pas de ligne de pays ; enregistré pour tous les collègues</translation>
    </message>
    <message>
        <source>&amp;Country names in:</source>
        <translation>&amp;Noms de pays en :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>The destination country is printed in capitals in the sender&apos;s language</source>
        <translation>Le pays de destination est imprimé en capitales dans la langue de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Aper&amp;çu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;Enregistrer le PDF</translation>
    </message>
    <message>
        <source>There is nobody to print for: select rows or change the filter.</source>
        <translation>Il n&apos;y a personne à qui écrire : sélectionnez des lignes ou changez le filtre.</translation>
    </message>
    <message>
        <source>1 envelope</source>
        <translation>1 enveloppe</translation>
    </message>
    <message numerus="yes">
        <source>%n envelopes</source>
        <translation>
            <numerusform>%n enveloppe</numerusform>
            <numerusform>%n enveloppes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 planche</translation>
    </message>
    <message numerus="yes">
        <source>%n sheets</source>
        <translation>
            <numerusform>%n planche</numerusform>
            <numerusform>%n planches</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount}. Grey: labels already used; blue: labels printed.</source>
        <translation>{amount}. En gris : étiquettes déjà utilisées ; en bleu : étiquettes imprimées.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Letterhead (English):</source>
        <translation>En-tête (anglais) :</translation>
    </message>
    <message>
        <source>Letterhead (French):</source>
        <translation>En-tête (français) :</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Place before the date:</source>
        <translation>Lieu avant la date :</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>Titre (anglais) :</translation>
    </message>
    <message>
        <source>Title (French):</source>
        <translation>Titre (français) :</translation>
    </message>
    <message>
        <source>Signature picture:</source>
        <translation>Image de la signature :</translation>
    </message>
    <message>
        <source>E-mails from (name):</source>
        <translation>Expéditeur des courriels (nom) :</translation>
    </message>
    <message>
        <source>E-mails from (address):</source>
        <translation>Expéditeur des courriels (adresse) :</translation>
    </message>
    <message>
        <source>One line each; the first is printed in bold</source>
        <translation>Une ligne chacune ; la première est imprimée en gras</translation>
    </message>
    <message>
        <source>The small line above the address, seen through the envelope&apos;s window</source>
        <translation>La petite ligne au-dessus de l&apos;adresse, visible dans la fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>No picture: the name is printed alone.</source>
        <translation>Pas d&apos;image : le nom est imprimé seul.</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>Choisir la signature</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The picture cannot be read: {error}</source>
        <translation>L&apos;image ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture of at most 2 MB.</source>
        <translation>Choisissez une image PNG ou JPEG de 2 Mo au plus.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Which field each column of the file fills.</source>
        <translation>Le champ que remplit chaque colonne du fichier.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>Field for column %s</source>
        <translation>Champ de la colonne %s</translation>
    </message>
    <message>
        <source>Still needed: %s</source>
        <translation>Encore nécessaire : %s</translation>
    </message>
    <message>
        <source>%s for every row</source>
        <translation>%s pour toutes les lignes</translation>
    </message>
    <message>
        <source>No column gives %s; the same for every row:</source>
        <translation>Aucune colonne ne donne %s ; la même pour toutes les lignes :</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>The official name, as the authority writes it</source>
        <translation>Le nom officiel, tel que la collectivité l&apos;écrit</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The name in Latin letters when the official name is in another script</source>
        <translation>Le nom en caractères latins lorsque le nom officiel s&apos;écrit dans un autre alphabet</translation>
    </message>
    <message>
        <source>&amp;Latin-script name</source>
        <translation>No&amp;m en caractères latins</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Nom &amp;en anglais</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opulation</translation>
    </message>
    <message>
        <source>Estimated number of Roma and Travellers</source>
        <translation>Nombre estimé de Roms et de Gens du voyage</translation>
    </message>
    <message>
        <source>&amp;Roma population</source>
        <translation>Pop&amp;ulation rom</translation>
    </message>
    <message>
        <source>Source or year of the estimate</source>
        <translation>Source ou année de l&apos;estimation</translation>
    </message>
    <message>
        <source>Roma population note</source>
        <translation>Note sur la population rom</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes on the authority</source>
        <translation>Notes sur la collectivité</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Numbers are given in order; a deleted member&apos;s number is never given again</source>
        <translation>Les numéros sont attribués dans l&apos;ordre ; le numéro d&apos;un membre supprimé n&apos;est jamais réattribué</translation>
    </message>
    <message>
        <source>Participant n&amp;o.</source>
        <translation>Part&amp;icipant n°</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>Date d&apos;ad&amp;hésion</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Le&amp;ft on</source>
        <translation>&amp;Date de sortie</translation>
    </message>
    <message>
        <source>Notes on the membership</source>
        <translation>Notes sur l&apos;adhésion</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Focal point&apos;s name</source>
        <translation>Nom du point focal</translation>
    </message>
    <message>
        <source>e.g. Adviser on Roma inclusion</source>
        <translation>p. ex. Conseiller pour l&apos;inclusion des Roms</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Focal point&apos;s function</source>
        <translation>Fonction du point focal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Focal point&apos;s e-mail</source>
        <translation>Courriel du point focal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Focal point&apos;s phone</source>
        <translation>Téléphone du point focal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Focal point&apos;s language</source>
        <translation>Langue du point focal</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Member no. {number} — {name}</source>
        <translation>Membre n° {number} — {name}</translation>
    </message>
    <message>
        <source>{name} ({country}) already exists.</source>
        <translation>{name} ({country}) existe déjà.</translation>
    </message>
    <message>
        <source>Open member no. {number}, {name}</source>
        <translation>Ouvrir le membre n° {number}, {name}</translation>
    </message>
    <message>
        <source>Make the existing {name} a member (keeping its stored details)</source>
        <translation>Faire de {name}, déjà enregistré, un membre (en gardant ses données enregistrées)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Save as a new authority anyway</source>
        <translation>Enregistrer quand même comme nouvelle collectivité</translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation>Enregistrer quand même celle-ci ?</translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>The certificate of signature as every colleague prints it. These settings are stored in the database.</source>
        <translation>Le certificat de signature tel que chaque collègue l&apos;imprime. Ces paramètres sont enregistrés dans la base de données.</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Textes</translation>
    </message>
    <message>
        <source>&amp;Signatures</source>
        <translation>&amp;Signatures</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Standard &amp;texts</source>
        <translation>Textes &amp;par défaut</translation>
    </message>
    <message>
        <source>Put back the Declaration&apos;s standard texts and signers (not saved yet)</source>
        <translation>Rétablir les textes et les signataires par défaut de la Déclaration (pas encore enregistrés)</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture printed at the top of the certificate instead of the ring of stars.</source>
        <translation>Une image PNG ou JPEG imprimée en haut du certificat à la place du cercle d&apos;étoiles.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose picture…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>Use the &amp;stars</source>
        <translation>&amp;Utiliser les étoiles</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Langue de l&apos;aperçu</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
    <message>
        <source>No logo: the ring of stars is printed.</source>
        <translation>Pas de logo : le cercle d&apos;étoiles est imprimé.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The picture is larger than 5 MB; use a smaller file.</source>
        <translation>L&apos;image dépasse 5 Mo ; utilisez un fichier plus petit.</translation>
    </message>
    <message>
        <source>The picture cannot be read: {error}</source>
        <translation>L&apos;image ne peut pas être lue : {error}</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Some texts will not print well:

{problems}

Save them anyway?</source>
        <translation>Certains textes ne s&apos;imprimeront pas bien :

{problems}

Les enregistrer quand même ?</translation>
    </message>
    <message>
        <source>The settings were not saved:

{errors}</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés :

{errors}</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>Le&amp;ttres</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Image de la signature</translation>
    </message>
</context>
<context>
    <name>RecipientChoiceBox</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Lignes sélectionnées (%n)</numerusform>
            <numerusform>Lignes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected rows (none selected)</source>
        <translation>Lignes sélectionnées (aucune)</translation>
    </message>
    <message>
        <source>A saved sea&amp;rch:</source>
        <translation>Une &amp;recherche enregistrée :</translation>
    </message>
    <message>
        <source>A saved search (none saved)</source>
        <translation>Une recherche enregistrée (aucune)</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <source>Search and filters of the tab: {filter}</source>
        <translation>Recherche et filtres de l&apos;onglet : {filter}</translation>
    </message>
    <message>
        <source>No search or filter: the whole list.</source>
        <translation>Ni recherche ni filtre : toute la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Every signatory the current filter shows (%n)</source>
        <translation>
            <numerusform>Chaque signataire affiché par le filtre en cours (%n)</numerusform>
            <numerusform>Chaque signataire affiché par le filtre en cours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every application the current filter shows (%n)</source>
        <translation>
            <numerusform>Chaque candidature affichée par le filtre en cours (%n)</numerusform>
            <numerusform>Chaque candidature affichée par le filtre en cours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every member the current filter shows (%n)</source>
        <translation>
            <numerusform>Chaque membre affiché par le filtre en cours (%n)</numerusform>
            <numerusform>Chaque membre affiché par le filtre en cours (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Details</source>
        <extracomment>What the record is called in messages (&quot;member&quot;, &quot;signature&quot;…); set by subclasses.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation>Problème : {label}</translation>
    </message>
    <message>
        <source>This record is in the Trash. Restore it from the Trash to change it.</source>
        <translation>Cette fiche est dans la Corbeille. Restaurez-la depuis la Corbeille pour la modifier.</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>“{label}” was deleted by {who} since you opened it, so your changes cannot be saved. It can be restored from the Trash.</source>
        <translation>« {label} » a été supprimée par {who} depuis que vous l&apos;avez ouverte : vos modifications ne peuvent pas être enregistrées. Elle peut être restaurée depuis la Corbeille.</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Cette fiche</translation>
    </message>
    <message>
        <source>“{label}” was changed by {who} since you opened it, so your changes were not saved. Reload to see the current version (your changes here will be lost), or Cancel.</source>
        <translation>« {label} » a été modifiée par {who} depuis que vous l&apos;avez ouverte : vos modifications n&apos;ont pas été enregistrées. Rechargez pour voir la version actuelle (vos modifications ici seront perdues), ou annulez.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>you (in another window or on another computer)</source>
        <translation>vous (dans une autre fenêtre ou sur un autre ordinateur)</translation>
    </message>
    <message>
        <source>{who} at {time}</source>
        <translation>{who} le {time}</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Impossible de recharger</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the Declaration</source>
        <translation>Signature de la Déclaration</translation>
    </message>
    <message>
        <source>The city or region that signed; leave empty when an elected representative signed in person</source>
        <translation>La ville ou la région signataire ; laisser vide lorsqu&apos;un élu a signé à titre personnel</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Collectivité</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Signée &amp;par</translation>
    </message>
    <message>
        <source>e.g. Mayor</source>
        <translation>p. ex. Maire</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Not before 9 March 2017, the first signatures</source>
        <translation>Pas avant le 9 mars 2017, date des premières signatures</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signée &amp;le</translation>
    </message>
    <message>
        <source>Town, or the event where it was signed</source>
        <translation>Ville, ou événement lors duquel elle a été signée</translation>
    </message>
    <message>
        <source>&amp;Place or event</source>
        <translation>Lie&amp;u ou événement</translation>
    </message>
    <message>
        <source>The language version of the Declaration signed</source>
        <translation>La version linguistique de la Déclaration signée</translation>
    </message>
    <message>
        <source>&amp;Language version</source>
        <translation>&amp;Version linguistique</translation>
    </message>
    <message>
        <source>Taken from the authority unless you choose another</source>
        <translation>Repris de la collectivité, sauf si vous en choisissez un autre</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Assigned when saved, e.g. DAG-2018-0042</source>
        <translation>Attribué à l&apos;enregistrement, p. ex. DAG-2018-0042</translation>
    </message>
    <message>
        <source>Cer&amp;tificate no.</source>
        <translation>N° de cer&amp;tificat</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>New signature</source>
        <translation>Nouvelle signature</translation>
    </message>
    <message>
        <source>Signature {number} — {name}</source>
        <translation>Signature {number} — {name}</translation>
    </message>
    <message>
        <source>Given when the signature was recorded</source>
        <translation>Attribué lors de l&apos;enregistrement de la signature</translation>
    </message>
    <message>
        <source>Link the authority?</source>
        <translation>Relier la collectivité ?</translation>
    </message>
    <message>
        <source>{name} ({country}) already exists. Link this signature to it?</source>
        <translation>{name} ({country}) existe déjà. Relier cette signature à cette collectivité ?</translation>
    </message>
    <message>
        <source>Link to {authority}</source>
        <translation>Relier à {authority}</translation>
    </message>
    <message>
        <source>Save without an authority</source>
        <translation>Enregistrer sans collectivité</translation>
    </message>
    <message>
        <source>No such authority</source>
        <translation>Collectivité introuvable</translation>
    </message>
    <message>
        <source>No authority in the register is called “{name}”. Save the signature without an authority? (Add the authority as a member first to link it.)</source>
        <translation>Aucune collectivité du registre ne s&apos;appelle « {name} ». Enregistrer la signature sans collectivité ? (Pour la relier, ajoutez d&apos;abord la collectivité comme membre.)</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <source>Who signs the certificate, from left to right (at most {count}). The name may stay empty for a signature by hand above the title.</source>
        <translation>Qui signe le certificat, de gauche à droite ({count} au plus). Le nom peut rester vide pour une signature manuscrite au-dessus du titre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>Titre en français</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation>Vers la &amp;droite</translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <source>Status and decisions</source>
        <translation>Statut et décisions</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>Acce&amp;pter…</translation>
    </message>
    <message>
        <source>Make the applicant a member with the next participant number</source>
        <translation>Faire du candidat un membre avec le prochain numéro de participant</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Decline the application, giving the reason</source>
        <translation>Refuser la candidature, en indiquant le motif</translation>
    </message>
    <message>
        <source>Start re&amp;view…</source>
        <translation>Commencer l&apos;e&amp;xamen…</translation>
    </message>
    <message>
        <source>Mark the application as under review</source>
        <translation>Marquer la candidature comme en cours d&apos;examen</translation>
    </message>
    <message>
        <source>Request in&amp;formation…</source>
        <translation>Demander des &amp;informations…</translation>
    </message>
    <message>
        <source>Record that information was asked from the applicant</source>
        <translation>Noter que des informations ont été demandées au candidat</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>R&amp;etirer…</translation>
    </message>
    <message>
        <source>The applicant withdrew the application</source>
        <translation>Le candidat a retiré sa candidature</translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation>Histori&amp;que des statuts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>New application (not saved yet)</source>
        <translation>Nouvelle candidature (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>The decisions become available once the application is saved.</source>
        <translation>Les décisions seront disponibles une fois la candidature enregistrée.</translation>
    </message>
    <message>
        <source>waiting 1 day</source>
        <translation>en attente depuis 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n days</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {waiting}</source>
        <translation>{status} · {waiting}</translation>
    </message>
    <message>
        <source>Decided on {date}.</source>
        <translation>Décidée le {date}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>1 record added</source>
        <translation>1 fiche ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n records added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 mise à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation>1 ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 unchanged</source>
        <translation>1 inchangée</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 linked to an authority already there.</source>
        <translation>1 reliée à une collectivité déjà enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to authorities already there.</source>
        <translation>
            <numerusform>%n reliée à une collectivité déjà enregistrée.</numerusform>
            <numerusform>%n reliées à des collectivités déjà enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made before the import: %s</source>
        <translation>Sauvegarde faite avant l&apos;importation : %s</translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anglais&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;French&lt;/b&gt;</source>
        <translation>&lt;b&gt;Français&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>Avant le nom</translation>
    </message>
    <message>
        <source>Before the title</source>
        <translation>Avant le titre</translation>
    </message>
    <message>
        <source>Title of the Declaration</source>
        <translation>Titre de la Déclaration</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Commitments (one per line)</source>
        <translation>Engagements (un par ligne)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Lieu de délivrance</translation>
    </message>
</context>
</TS>
