<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RecentImports</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>{when} by {user}</source>
        <translation>{when} par {user}</translation>
    </message>
</context>
<context>
    <name>RecentImportsWindow</name>
    <message>
        <source>Recent imports</source>
        <translation>Importations récentes</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <source>Undoing an import removes the records it added and puts back the values it changed. It is refused when one of them was changed since.</source>
        <translation>Annuler une importation supprime les fiches qu&apos;elle a ajoutées et rétablit les valeurs qu&apos;elle a modifiées. C&apos;est refusé si l&apos;une d&apos;elles a été modifiée depuis.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>the {n} record it added is removed</source>
        <translation>la fiche ajoutée ({n}) est supprimée</translation>
    </message>
    <message>
        <source>the {n} records it added are removed</source>
        <translation>les {n} fiches ajoutées sont supprimées</translation>
    </message>
    <message>
        <source>the {n} record it changed gets its values back</source>
        <translation>la fiche modifiée ({n}) retrouve ses valeurs</translation>
    </message>
    <message>
        <source>the {n} records it changed get their values back</source>
        <translation>les {n} fiches modifiées retrouvent leurs valeurs</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({date})? {added}; {changed}. A backup is made first.</source>
        <translation>Annuler l&apos;importation de {file} ({date}) ? {added} ; {changed}. Une sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Importation non annulée</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Recent i&amp;mports…</source>
        <translation>Importations &amp;récentes…</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>“{action}” was removed from the undo history.</source>
        <translation>« {action} » a été retiré de l&apos;historique des annulations.</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurer {name}</translation>
    </message>
    <message>
        <source>Accept application of {name}</source>
        <translation>Accepter la candidature de {name}</translation>
    </message>
    <message>
        <source>Decline application of {name}</source>
        <translation>Refuser la candidature de {name}</translation>
    </message>
    <message>
        <source>Request information from {name}</source>
        <translation>Demander des informations à {name}</translation>
    </message>
    <message>
        <source>Withdraw application of {name}</source>
        <translation>Retirer la candidature de {name}</translation>
    </message>
    <message>
        <source>Review application of {name}</source>
        <translation>Examiner la candidature de {name}</translation>
    </message>
    <message>
        <source>Change organisation settings</source>
        <translation>Modifier les paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete {n} record</source>
        <translation>Supprimer {n} fiche</translation>
    </message>
    <message>
        <source>Delete {n} records</source>
        <translation>Supprimer {n} fiches</translation>
    </message>
    <message>
        <source>Restore {n} record</source>
        <translation>Restaurer {n} fiche</translation>
    </message>
    <message>
        <source>Restore {n} records</source>
        <translation>Restaurer {n} fiches</translation>
    </message>
    <message>
        <source>Restore earlier version of {name}</source>
        <translation>Rétablir une version antérieure de {name}</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}</source>
        <translation>Fusionner {merged} dans {kept}</translation>
    </message>
</context>
<context>
    <name>VersionRestore</name>
    <message>
        <source>Restore this version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <source>Save or cancel your changes to the form first.</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications du formulaire.</translation>
    </message>
    <message>
        <source>The record already has the values it had on {when}.</source>
        <translation>La fiche a déjà les valeurs qu&apos;elle avait le {when}.</translation>
    </message>
    <message>
        <source>Put back the values this record had on {when}? These fields change (now → then):

{changes}

This is saved as a new change; Edit → Undo takes it back.</source>
        <translation>Rétablir les valeurs que cette fiche avait le {when} ? Ces champs changent (maintenant → alors) :

{changes}

C&apos;est enregistré comme une nouvelle modification ; Édition → Annuler la reprend.</translation>
    </message>
</context>
</TS>
