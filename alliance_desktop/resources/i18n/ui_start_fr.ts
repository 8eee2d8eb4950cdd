<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to Alliance Desktop</source>
        <translation>Bienvenue dans Alliance Desktop</translation>
    </message>
    <message>
        <source>This register is empty. Bring in the list you keep today, open a register that already exists, or look around with sample data first.</source>
        <translation>Ce registre est vide. Reprenez la liste que vous tenez aujourd&apos;hui, ouvrez un registre qui existe déjà, ou découvrez d&apos;abord l&apos;application avec des données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Importer une liste…</translation>
    </message>
    <message>
        <source>Members, signatories or applications from an Excel or CSV file</source>
        <translation>Membres, signataires ou candidatures d&apos;un fichier Excel ou CSV</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <source>A register file a colleague gave you, or one kept on another drive</source>
        <translation>Un fichier de registre transmis par un collègue, ou conservé sur un autre lecteur</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Essayer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>Opens a separate demo register; your own register stays empty and untouched</source>
        <translation>Ouvre un registre de démonstration distinct ; votre registre reste vide et intact</translation>
    </message>
    <message>
        <source>Start with an empty register</source>
        <translation>Commencer avec un registre vide</translation>
    </message>
    <message>
        <source>Enter the first member yourself (Members tab, Edit → New…)</source>
        <translation>Saisissez vous-même le premier membre (onglet Membres, Édition → Nouveau…)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Your register is kept in: {location}</source>
        <translation>Votre registre est conservé dans : {location}</translation>
    </message>
</context>
</TS>
