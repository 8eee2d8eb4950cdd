<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Alliance Desktop</source>
        <translation>À propos d&apos;Alliance Desktop</translation>
    </message>
    <message>
        <source>Alliance Desktop</source>
        <translation>Alliance Desktop</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>The register of the Alliance of European Cities and Regions for the Inclusion of Roma and Travellers (Congress of Local and Regional Authorities, Council of Europe).</source>
        <translation>Le registre de l&apos;Alliance européenne des villes et des régions pour l&apos;inclusion des Roms et des Gens du voyage (Congrès des pouvoirs locaux et régionaux, Conseil de l&apos;Europe).</translation>
    </message>
    <message>
        <source>Licensed under the European Union Public Licence ({licence}).</source>
        <translation>Distribué sous la licence publique de l&apos;Union européenne ({licence}).</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Database engine:</source>
        <translation>Moteur de base de données :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6 :</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python :</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Alliance Desktop is licensed under the European Union Public Licence ({licence}). It ships the components below, each under its own licence.</source>
        <translation>Alliance Desktop est distribué sous la licence publique de l&apos;Union européenne ({licence}). Il contient les composants ci-dessous, chacun sous sa propre licence.</translation>
    </message>
    <message>
        <source>Alliance Desktop is licensed under the European Union Public Licence ({licence}). The list of the components it ships is missing from this installation.</source>
        <translation>Alliance Desktop est distribué sous la licence publique de l&apos;Union européenne ({licence}). La liste des composants qu&apos;il contient manque à cette installation.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <source>Homepage: {url}</source>
        <translation>Site web : {url}</translation>
    </message>
    <message>
        <source>This component ships no licence text of its own.</source>
        <translation>Ce composant n&apos;est pas livré avec son propre texte de licence.</translation>
    </message>
</context>
</TS>
