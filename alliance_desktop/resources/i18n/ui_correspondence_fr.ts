<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CorrespondenceActions</name>
    <message>
        <source>&amp;Letters…</source>
        <translation>&amp;Lettres…</translation>
    </message>
    <message>
        <source>Letters from a template to the selected rows, the filter or a saved search</source>
        <translation>Lettres à partir d&apos;un modèle pour les lignes choisies, le filtre ou une recherche enregistrée</translation>
    </message>
    <message>
        <source>E-&amp;mails…</source>
        <translation>Co&amp;urriels…</translation>
    </message>
    <message>
        <source>E-mails from a template, as files for your mail client or in BCC</source>
        <translation>Courriels à partir d&apos;un modèle, en fichiers pour votre messagerie ou en copie cachée</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Edit the letter and e-mail templates, with a preview</source>
        <translation>Modifier les modèles de lettres et de courriels, avec un aperçu</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Each recipient&apos;s own</source>
        <translation>Celle de chaque destinataire</translation>
    </message>
    <message>
        <source>English for everyone</source>
        <translation>Anglais pour tous</translation>
    </message>
    <message>
        <source>French for everyone</source>
        <translation>Français pour tous</translation>
    </message>
    <message>
        <source>Attach each signatory&apos;s certificate (registered as issued)</source>
        <translation>Joindre le certificat de chaque signataire (enregistré comme délivré)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aper&amp;çu</translation>
    </message>
    <message>
        <source>Save as &amp;one PDF…</source>
        <translation>Enregistrer en &amp;un seul PDF…</translation>
    </message>
    <message>
        <source>One &amp;file per recipient…</source>
        <translation>Un &amp;fichier par destinataire…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Write .eml files…</source>
        <translation>É&amp;crire les fichiers .eml…</translation>
    </message>
    <message>
        <source>Open in &amp;mail client</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>A new message with the recipients in BCC (several if they are many)</source>
        <translation>Un nouveau message avec les destinataires en copie cachée (plusieurs s&apos;ils sont nombreux)</translation>
    </message>
    <message>
        <source>Letters preview</source>
        <translation>Aperçu des lettres</translation>
    </message>
    <message>
        <source>There are no recipients.</source>
        <translation>Il n&apos;y a aucun destinataire.</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Enregistrer les lettres</translation>
    </message>
    <message>
        <source>{count} letters saved in {path}.</source>
        <translation>{count} lettres enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <source>{count} letters saved in {folder}.</source>
        <translation>{count} lettres enregistrées dans {folder}.</translation>
    </message>
    <message>
        <source>{count} letters sent to the printer.</source>
        <translation>{count} lettres envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Folder for the e-mails</source>
        <translation>Dossier des courriels</translation>
    </message>
    <message>
        <source>{count} e-mails written to {folder}.</source>
        <translation>{count} courriels écrits dans {folder}.</translation>
    </message>
    <message>
        <source>The {count} addresses do not fit in one message; {messages} new messages will open in your mail client. Continue?</source>
        <translation>Les {count} adresses ne tiennent pas dans un seul message ; {messages} nouveaux messages vont s&apos;ouvrir dans votre messagerie. Continuer ?</translation>
    </message>
    <message>
        <source>{count} addresses put in BCC.</source>
        <translation>{count} adresses mises en copie cachée.</translation>
    </message>
    <message>
        <source>{text}

{details}

Write them a letter instead?</source>
        <translation>{text}

{details}

Leur écrire plutôt une lettre ?</translation>
    </message>
</context>
<context>
    <name>CorrespondenceModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(printed)</source>
        <translation>(imprimé)</translation>
    </message>
</context>
<context>
    <name>CorrespondenceView</name>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Étiquette d&apos;adresse</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Letters and e-mails sent to this record</source>
        <translation>Lettres et courriels envoyés pour cette fiche</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
</context>
<context>
    <name>MailOutcome</name>
    <message>
        <source>Without an e-mail address:</source>
        <translation>Sans adresse électronique :</translation>
    </message>
    <message>
        <source>With an address that is not valid:</source>
        <translation>Avec une adresse non valide :</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>The &amp;selected rows ({count})</source>
        <translation>Les lignes &amp;choisies ({count})</translation>
    </message>
    <message>
        <source>Everything the search and &amp;filters show ({count})</source>
        <translation>Tout ce que montrent la recherche et les &amp;filtres ({count})</translation>
    </message>
    <message>
        <source>A saved sea&amp;rch:</source>
        <translation>Une &amp;recherche enregistrée :</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Put back the text this template was shipped with</source>
        <translation>Rétablir le texte d&apos;origine de ce modèle</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “{name}” for everyone?</source>
        <translation>Supprimer le modèle « {name} » pour tout le monde ?</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Written to:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
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
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Text of the template</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Write the text; insert placeholders from the list; a blank line starts a new paragraph.</source>
        <translation>Écrivez le texte ; insérez les champs depuis la liste ; une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>&amp;Champs à insérer :</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Insert the chosen placeholder at the cursor</source>
        <translation>Insérer le champ choisi à l&apos;emplacement du curseur</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>I&amp;talic</source>
        <translation>I&amp;talique</translation>
    </message>
    <message>
        <source>Problems in the template</source>
        <translation>Problèmes du modèle</translation>
    </message>
    <message>
        <source>Optional: printed in bold above the text</source>
        <translation>Facultatif : imprimé en gras au-dessus du texte</translation>
    </message>
    <message>
        <source>The preview returns once the problems are fixed.</source>
        <translation>L&apos;aperçu reviendra une fois les problèmes corrigés.</translation>
    </message>
    <message>
        <source>Preview — Subject: {subject}</source>
        <translation>Aperçu — Objet : {subject}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>{part}, line {line}: {message}</source>
        <translation>{part}, ligne {line} : {message}</translation>
    </message>
    <message>
        <source>{part}: {message}</source>
        <translation>{part} : {message}</translation>
    </message>
</context>
</TS>
