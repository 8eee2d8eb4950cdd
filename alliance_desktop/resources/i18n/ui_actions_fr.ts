<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationActions</name>
    <message>
        <source>{name} ({country})</source>
        <translation>{name} ({country})</translation>
    </message>
    <message>
        <source>Accept application</source>
        <translation>Accepter la candidature</translation>
    </message>
    <message>
        <source>Accept {name} as a member of the Alliance? It is linked to {authority}, already in the register; its membership, with the next participant number, will be created.</source>
        <translation>Accepter {name} comme membre de l&apos;Alliance ? La candidature est liée à {authority}, déjà dans le registre ; son adhésion, avec le prochain numéro de participant, sera créée.</translation>
    </message>
    <message>
        <source>Link to {authority}, already in the register</source>
        <translation>Lier à {authority}, déjà dans le registre</translation>
    </message>
    <message>
        <source>Create a new authority from the application</source>
        <translation>Créer une nouvelle collectivité à partir de la candidature</translation>
    </message>
    <message>
        <source>{name} ({country}) already exists. Accept the application by linking it, or create a new authority?</source>
        <translation>{name} ({country}) existe déjà. Accepter la candidature en la liant à cette collectivité, ou créer une nouvelle collectivité ?</translation>
    </message>
    <message>
        <source>Accept {name} as a member of the Alliance? The authority and its membership, with the next participant number, will be created.</source>
        <translation>Accepter {name} comme membre de l&apos;Alliance ? La collectivité et son adhésion, avec le prochain numéro de participant, seront créées.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non acceptée</translation>
    </message>
    <message>
        <source>Application accepted</source>
        <translation>Candidature acceptée</translation>
    </message>
    <message>
        <source>Accepted: {name} is member no. {number}.</source>
        <translation>Candidature acceptée : {name} devient le membre n° {number}.</translation>
    </message>
    <message>
        <source>Decline application</source>
        <translation>Refuser la candidature</translation>
    </message>
    <message>
        <source>Why is the application of {name} declined? (required)</source>
        <translation>Pourquoi la candidature de {name} est-elle refusée ? (obligatoire)</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander des informations</translation>
    </message>
    <message>
        <source>What information was asked from {name}?</source>
        <translation>Quelles informations ont été demandées à {name} ?</translation>
    </message>
    <message>
        <source>Withdraw application</source>
        <translation>Retirer la candidature</translation>
    </message>
    <message>
        <source>{name} withdraws the application. Note (optional):</source>
        <translation>{name} retire sa candidature. Note (facultative) :</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Commencer l&apos;examen</translation>
    </message>
    <message>
        <source>The application of {name} is now under review. Note (optional):</source>
        <translation>La candidature de {name} est maintenant en cours d&apos;examen. Note (facultative) :</translation>
    </message>
</context>
<context>
    <name>CertificateActions</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>No signatory is selected. Make the certificate of the one signatory shown?</source>
        <translation>Aucun signataire n&apos;est sélectionné. Établir le certificat du seul signataire affiché ?</translation>
    </message>
    <message>
        <source>No signatory is selected. Make certificates for all {count} signatories shown?</source>
        <translation>Aucun signataire n&apos;est sélectionné. Établir les certificats des {count} signataires affichés ?</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificat…</translation>
    </message>
    <message>
        <source>Preview, save or print the certificates of the selected signatories (or of all those shown)</source>
        <translation>Prévisualiser, enregistrer ou imprimer les certificats des signataires sélectionnés (ou de tous ceux affichés)</translation>
    </message>
    <message>
        <source>&amp;Organisation settings…</source>
        <translation>Paramètres de l&apos;&amp;organisation…</translation>
    </message>
    <message>
        <source>The certificate&apos;s texts, who signs it and the logo, for every colleague</source>
        <translation>Les textes du certificat, ses signataires et le logo, pour tous les collègues</translation>
    </message>
    <message>
        <source>Choose one or more signatories first.</source>
        <translation>Choisissez d&apos;abord un ou plusieurs signataires.</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>daily, at start</source>
        <translation>quotidienne, au démarrage</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>sauvegarde manuelle</translation>
    </message>
    <message>
        <source>replaced by a restore</source>
        <translation>remplacée par une restauration</translation>
    </message>
    <message>
        <source>on closing, after changes</source>
        <translation>à la fermeture, après des modifications</translation>
    </message>
    <message>
        <source>Opened read-only ({reason}): you can look, but not change anything.</source>
        <translation>Ouverte en lecture seule ({reason}) : vous pouvez consulter les données, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Opened read-only: you can look, but not change anything.</source>
        <translation>Ouverte en lecture seule : vous pouvez consulter les données, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restaurer une sauvegarde ?</translation>
    </message>
    <message>
        <source>The last backup from before the failed upgrade is from {when}.

Restore it? Changes made since then would be missing. The file that failed to upgrade is kept, unchanged, in the backups folder.</source>
        <translation>La dernière sauvegarde antérieure à la mise à niveau qui a échoué date du {when}.

La restaurer ? Les modifications faites depuis seraient perdues. Le fichier dont la mise à niveau a échoué est conservé, inchangé, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The newest good backup of this database is from {when}.

Restore it? The refused file is kept, unchanged, in the backups folder.</source>
        <translation>La plus récente sauvegarde valide de cette base de données date du {when}.

La restaurer ? Le fichier refusé est conservé, inchangé, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {path}.</source>
        <translation>Le fichier qu&apos;elle a remplacé a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>The replaced file&apos;s audit trail could not be read; it stays in the kept file.</source>
        <translation>Le journal d&apos;audit du fichier remplacé n&apos;a pas pu être lu ; il reste dans le fichier conservé.</translation>
    </message>
    <message>
        <source>1 audit entry made since the backup was carried over.</source>
        <translation>1 entrée du journal d&apos;audit faite depuis la sauvegarde a été reprise.</translation>
    </message>
    <message>
        <source>{n} audit entries made since the backup were carried over.</source>
        <translation>{n} entrées du journal d&apos;audit faites depuis la sauvegarde ont été reprises.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 personne effacée depuis cette sauvegarde a été effacée à nouveau.</translation>
    </message>
    <message>
        <source>{n} people erased since this backup was made were erased again.</source>
        <translation>{n} personnes effacées depuis cette sauvegarde ont été effacées à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a backup of the database now</source>
        <translation>Faire maintenant une sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current file is kept)</source>
        <translation>Remplacer la base de données par une sauvegarde (le fichier actuel est conservé)</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Check the file and every record against today&apos;s rules</source>
        <translation>Vérifier le fichier et chaque fiche selon les règles en vigueur</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Qui a modifié quoi, et quand</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Données personnelles…</translation>
    </message>
    <message>
        <source>Find anyone by name or e-mail to export or erase their data; review old contacts</source>
        <translation>Rechercher une personne par son nom ou son e-mail pour exporter ou effacer ses données ; examiner les anciens contacts</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup written:
{path}</source>
        <translation>Sauvegarde écrite :
{path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Un autre fichier…</translation>
    </message>
    <message>
        <source>Which backup should replace the database?</source>
        <translation>Quelle sauvegarde doit remplacer la base de données ?</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All (*)</source>
        <translation>Bases de données (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database with this backup?

{backup}

The current file is kept in the backups folder.</source>
        <translation>Remplacer la base de données par cette sauvegarde ?

{backup}

Le fichier actuel est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>{n} records checked: no problems found.</source>
        <translation>{n} fiches vérifiées : aucun problème trouvé.</translation>
    </message>
    <message>
        <source>{n} records checked: 1 problem.</source>
        <translation>{n} fiches vérifiées : 1 problème.</translation>
    </message>
    <message>
        <source>{n} records checked: {p} problems.</source>
        <translation>{n} fiches vérifiées : {p} problèmes.</translation>
    </message>
    <message>
        <source>… and {n} more: run &apos;check&apos; on the command line for the full list.</source>
        <translation>… et {n} autres : lancez « check » en ligne de commande pour la liste complète.</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>The server {server} refused that password.</source>
        <translation>Le serveur {server} a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>The database server {server} asks for a password.</source>
        <translation>Le serveur de bases de données {server} demande un mot de passe.</translation>
    </message>
    <message>
        <source>Password of {user} for the database “{database}”:</source>
        <translation>Mot de passe de {user} pour la base de données « {database} » :</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the list as shown (CSV, Excel or PDF)</source>
        <translation>Exporter la liste telle qu&apos;elle est affichée (CSV, Excel ou PDF)</translation>
    </message>
</context>
<context>
    <name>LabelActions</name>
    <message>
        <source>&amp;Labels and envelopes…</source>
        <translation>&amp;Étiquettes et enveloppes…</translation>
    </message>
    <message>
        <source>Address labels or envelopes for the selected rows or the current filter</source>
        <translation>Étiquettes d&apos;adresse ou enveloppes pour les lignes sélectionnées ou le filtre en cours</translation>
    </message>
</context>
</TS>
