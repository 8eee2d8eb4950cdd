<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLogModel</name>
    <message>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (n° {number})</translation>
    </message>
    <message>
        <source>{field}: {change}</source>
        <translation>{field} : {change}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search names and changes…</source>
        <translation>Rechercher des noms et des modifications…</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the entries the filters keep (all of them, not only those shown)</source>
        <translation>Écrire les entrées retenues par les filtres (toutes, pas seulement celles affichées)</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>La dernière entrée (%n) est affichée ; affinez les filtres pour voir les plus anciennes.</numerusform>
            <numerusform>Les %n dernières entrées sont affichées ; affinez les filtres pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entry written to {path}.</source>
        <translation>1 entrée écrite dans {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {path}.</source>
        <translation>
            <numerusform>%n entrée écrite dans {path}.</numerusform>
            <numerusform>%n entrées écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Écriture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
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
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Effacement de données personnelles</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Délivrance d&apos;un certificat</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Modification des paramètres</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>Restauration de la base depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Earlier version restored</source>
        <translation>Version antérieure rétablie</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Roma population</source>
        <translation>Population rom</translation>
    </message>
    <message>
        <source>Roma population note</source>
        <translation>Note sur la population rom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Date d&apos;adhésion</translation>
    </message>
    <message>
        <source>Participant no.</source>
        <translation>Participant n°</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Place or event</source>
        <translation>Lieu ou événement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>N° de certificat</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Applicant&apos;s Latin-script name</source>
        <translation>Nom du candidat en alphabet latin</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue via</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom de la personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s function</source>
        <translation>Fonction de la personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel de la personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s language</source>
        <translation>Langue de la personne de contact</translation>
    </message>
    <message>
        <source>Commitment letter received</source>
        <translation>Lettre d&apos;engagement reçue</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reprise</translation>
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
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup made at</source>
        <translation>Sauvegarde faite le</translation>
    </message>
    <message>
        <source>Entries carried over</source>
        <translation>Entrées reprises</translation>
    </message>
    <message>
        <source>Replaced file kept as</source>
        <translation>Fichier remplacé conservé sous</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation>Importation n°</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Rétablies</translation>
    </message>
    <message>
        <source>Version of</source>
        <translation>Version du</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>from {file}, replaced by a restore</source>
        <translation>de {file}, remplacé par une restauration</translation>
    </message>
    <message>
        <source>(changed; the values are not kept)</source>
        <translation>(modifié ; les valeurs ne sont pas conservées)</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>link removed</source>
        <translation>lien supprimé</translation>
    </message>
    <message>
        <source>linked to another record</source>
        <translation>lié à une autre fiche</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>Historique de cette fiche</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Rétablir cette version…</translation>
    </message>
    <message>
        <source>Put back the values the record had after the change selected</source>
        <translation>Rétablir les valeurs que la fiche avait après la modification choisie</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Unmerged</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>Marked as not duplicates</source>
        <translation>Marqué comme non-doublon</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation>Fusionné avec</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Membership removed (participant no.)</source>
        <translation>Adhésion supprimée (participant n°)</translation>
    </message>
    <message>
        <source>Not a duplicate of</source>
        <translation>N&apos;est pas un doublon de</translation>
    </message>
</context>
<context>
    <name>PersonGroupModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Appears as</source>
        <translation>Apparaît comme</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>contact, with no authority</source>
        <translation>contact, sans collectivité</translation>
    </message>
    <message>
        <source>focal point of {where}</source>
        <translation>point focal de {where}</translation>
    </message>
    <message>
        <source>contact for the application of {where}</source>
        <translation>contact pour la candidature de {where}</translation>
    </message>
    <message>
        <source>signer for {where}</source>
        <translation>signataire pour {where}</translation>
    </message>
    <message>
        <source>contact at {where}</source>
        <translation>contact de {where}</translation>
    </message>
</context>
<context>
    <name>PersonSearchPanel</name>
    <message>
        <source>Name or e-mail</source>
        <translation>Nom ou e-mail</translation>
    </message>
    <message>
        <source>Name or e-mail of a focal point, contact or signer…</source>
        <translation>Nom ou e-mail d&apos;un point focal, d&apos;un contact ou d&apos;un signataire…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Type a name or an e-mail address. Records sharing an e-mail address are one person: exporting or erasing covers them all.</source>
        <translation>Saisissez un nom ou une adresse e-mail. Les fiches qui partagent une adresse e-mail sont une même personne : l&apos;exportation ou l&apos;effacement les couvre toutes.</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Personne n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>1 person found</source>
        <translation>1 personne trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n people found</source>
        <translation>
            <numerusform>%n personne trouvée</numerusform>
            <numerusform>%n personnes trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée le</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Everything stored about this person, as a file</source>
        <translation>Tout ce qui est enregistré sur cette personne, dans un fichier</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <source>Blank this person&apos;s data and their traces in the history</source>
        <translation>Vider les données de cette personne et leurs traces dans l&apos;historique</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Decided more than</source>
        <translation>Décision il y a plus de</translation>
    </message>
    <message>
        <source>Contacts of applications declined or withdrawn more than</source>
        <translation>Contacts des candidatures refusées ou retirées il y a plus de</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Contacts à examiner</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>Retention re&amp;view</source>
        <translation>Durées de con&amp;servation</translation>
    </message>
    <message numerus="yes">
        <source>Erase {name}?

%n record(s) hold this person:
{roles}

Their name, e-mail, phone and notes are blanked in all of them, also in the history; memberships, applications and signatures stay. This cannot be undone.</source>
        <translation>
            <numerusform>Effacer {name} ?

%n fiche contient cette personne :
{roles}

Son nom, son e-mail, son téléphone et ses notes y sont vidés, y compris dans l&apos;historique ; les adhésions, candidatures et signatures restent. Cette opération est irréversible.</numerusform>
            <numerusform>Effacer {name} ?

%n fiches contiennent cette personne :
{roles}

Son nom, son e-mail, son téléphone et ses notes sont vidés dans chacune d&apos;elles, y compris dans l&apos;historique ; les adhésions, candidatures et signatures restent. Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data was erased from %n records.</source>
        <translation>
            <numerusform>Les données personnelles ont été effacées de %n fiche.</numerusform>
            <numerusform>Les données personnelles ont été effacées de %n fiches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) still hold it until they are thinned away; a restore of one erases it again.</source>
        <translation>
            <numerusform>%n sauvegarde plus ancienne les contient encore jusqu&apos;à sa suppression automatique ; une restauration de celle-ci les efface à nouveau.</numerusform>
            <numerusform>%n sauvegardes plus anciennes les contiennent encore jusqu&apos;à leur suppression automatique ; la restauration de l&apos;une d&apos;elles les efface à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is due for review.</source>
        <translation>Aucun contact n&apos;est à examiner.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>1 contact to review</source>
        <translation>1 contact à examiner</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts to review</source>
        <translation>
            <numerusform>%n contact à examiner</numerusform>
            <numerusform>%n contacts à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Written:
{json}
{text}</source>
        <translation>Fichiers écrits :
{json}
{text}</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase {name}? Their name, e-mail, phone and notes are blanked, also in the history; the application stays. This cannot be undone.</source>
        <translation>Effacer {name} ? Son nom, son e-mail, son téléphone et ses notes sont vidés, y compris dans l&apos;historique ; la candidature reste. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>Les données personnelles ont été effacées.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
</context>
<context>
    <name>TrashWindow</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected records back (Ctrl+R)</source>
        <translation>Remettre en place les fiches sélectionnées (Ctrl+R)</translation>
    </message>
    <message>
        <source>1 deleted record</source>
        <translation>1 fiche supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records</source>
        <translation>
            <numerusform>%n fiche supprimée</numerusform>
            <numerusform>%n fiches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>UnmergeBar</name>
    <message>
        <source>Unmerge…</source>
        <translation>Annuler la fusion…</translation>
    </message>
    <message>
        <source>Put back both records and everything linked to them as before the merge</source>
        <translation>Rétablir les deux fiches et tout ce qui leur était lié, comme avant la fusion</translation>
    </message>
    <message>
        <source>Merged with “{name}” on {when} by {who}.</source>
        <translation>Fusionné avec « {name} » le {when} par {who}.</translation>
    </message>
    <message>
        <source>Put “{name}” back as a record of its own, with everything that was linked to it, and this record&apos;s values as they were before the merge? Changes typed in this form and not saved are dropped.</source>
        <translation>Rétablir « {name} » comme fiche distincte, avec tout ce qui lui était lié, et les valeurs de cette fiche telles qu&apos;elles étaient avant la fusion ? Les modifications saisies dans ce formulaire et non enregistrées seront perdues.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Not unmerged</source>
        <translation>Fusion non annulée</translation>
    </message>
</context>
</TS>
