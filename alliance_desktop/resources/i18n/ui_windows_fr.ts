<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries the filters keep (all of them, not only those shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} entries are shown; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonGroupModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact, with no authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focal point of {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact for the application of {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer for {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact at {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSearchPanel</name>
    <message>
        <source>Name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or e-mail of a focal point, contact or signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an e-mail address. Records sharing an e-mail address are one person: exporting or erasing covers them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this person, as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank this person&apos;s data and their traces in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of applications declined or withdrawn more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contact to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contacts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
{json}
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}? Their name, e-mail, phone and notes are blanked, also in the history; the application stays. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}?

{n} record(s) hold this person:
{roles}

Their name, e-mail, phone and notes are blanked in all of them, also in the history; memberships, applications and signatures stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased from {n} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} older backup(s) still hold it until they are thinned away; a restore of one erases it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashWindow</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected records back (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deleted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
