<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthorityPicker</name>
    <message>
        <source>Type to search the register; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the authorities matching the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>{country} (former member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country or its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country&apos;s English or French name or its code (FR, DE, EL, UK…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
