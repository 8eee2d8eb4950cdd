<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>“{running}” is still in progress. Wait until it has finished, or cancel it, then try again.</source>
        <translation>« {running} » est encore en cours. Attendez qu&apos;il se termine, ou annulez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DatabaseFailure</name>
    <message>
        <source>Could not read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Alliance Desktop</source>
        <translation>Alliance Desktop</translation>
    </message>
</context>
<context>
    <name>EnumWords</name>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
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
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About Alliance Desktop</source>
        <translation>À &amp;propos d&apos;Alliance Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Alliance databases (*.sqlite)</source>
        <translation>Bases de données de l&apos;Alliance (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Use File → Open Database to open it.</source>
        <translation>{path} existe déjà. Utilisez Fichier → Ouvrir une base de données pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Alliance databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données de l&apos;Alliance (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>{name} is in use: {user} on {host} has had it open since {since}.

Only one copy can change it at a time. You can open it read-only to look, search and export.</source>
        <translation>{name} est en cours d&apos;utilisation : {user} sur {host} l&apos;a ouverte depuis le {since}.

Une seule copie à la fois peut la modifier. Vous pouvez l&apos;ouvrir en lecture seule pour consulter, rechercher et exporter.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>{name} (read-only) — Alliance Desktop</source>
        <translation>{name} (lecture seule) — Alliance Desktop</translation>
    </message>
    <message>
        <source>Database: {location} (read-only)</source>
        <translation>Base de données : {location} (lecture seule)</translation>
    </message>
    <message>
        <source>Sample data ({name}) — Alliance Desktop</source>
        <translation>Données d&apos;exemple ({name}) — Alliance Desktop</translation>
    </message>
    <message>
        <source>Sample data, not your register: {location}</source>
        <translation>Données d&apos;exemple, pas votre registre : {location}</translation>
    </message>
    <message>
        <source>{name} — Alliance Desktop</source>
        <translation>{name} — Alliance Desktop</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>This database is open read-only{reason}: you can look, search and export, but not change anything.</source>
        <translation>Cette base de données est ouverte en lecture seule{reason} : vous pouvez consulter, rechercher et exporter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>Menus, lists, dialogs and messages, dates and numbers follow the language chosen; certificates and exported lists keep the language you choose for each.</source>
        <translation>Les menus, les listes, les boîtes de dialogue et les messages, les dates et les nombres suivent la langue choisie ; les certificats et les listes exportées gardent la langue choisie pour chacun.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>You have changed this record. Discard your changes?</source>
        <translation>Vous avez modifié cet enregistrement. Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Type the text first</source>
        <translation>Saisissez d&apos;abord le texte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Keep it in the system keyring</source>
        <translation>&amp;Le conserver dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved by the operating system&apos;s keyring, never in a file of ours</source>
        <translation>Conservé par le trousseau du système d&apos;exploitation, jamais dans l&apos;un de nos fichiers</translation>
    </message>
    <message>
        <source>There is no system keyring here: the password will be asked each time.</source>
        <translation>Il n&apos;y a pas de trousseau système ici : le mot de passe sera demandé à chaque fois.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Alliance Desktop</source>
        <translation>Alliance Desktop</translation>
    </message>
</context>
</TS>
