<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more signatories first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as shown (CSV, Excel or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatory is selected. Make certificates for all {count} signatories shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, save or print the certificates of the selected signatories (or of all those shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s texts, who signs it and the logo, for every colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
