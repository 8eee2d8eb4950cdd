<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthorityPicker</name>
    <message>
        <source>Type to search the register; empty for none</source>
        <translation>Tapez pour chercher dans le registre ; vide pour aucune</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>List the authorities matching the text</source>
        <translation>Lister les collectivités correspondant au texte</translation>
    </message>
    <message>
        <source>Find authorities</source>
        <translation>Chercher des collectivités</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>{country} (former member)</source>
        <translation>{country} (ancien membre)</translation>
    </message>
    <message>
        <source>Type a country or its code</source>
        <translation>Tapez un pays ou son code</translation>
    </message>
    <message>
        <source>Type a country&apos;s English or French name or its code (FR, DE, EL, UK…)</source>
        <translation>Tapez le nom français ou anglais d&apos;un pays, ou son code (FR, DE, EL, UK…)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
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
        <translation>Problème dans le champ {label}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Click a label to start printing there</source>
        <translation>Cliquez sur une étiquette pour commencer l&apos;impression à cet endroit</translation>
    </message>
</context>
</TS>
