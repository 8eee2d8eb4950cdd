<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official name, as the authority writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latin-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the application to an authority already in the register, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Deputy Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceived by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment &amp;letter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} is already a member of the Alliance (no. {number}). Link this application to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} is already in the register. Link this application to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {authority}, member no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {authority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application — {name} ({country})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on {date}: {name} is member no. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“As signed” prints each certificate in the language its signatory signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with every certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF file per signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — certificate {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} certificates — now showing {name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateJobDialog</name>
    <message>
        <source>Folder for the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing certificates for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved or registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved to {path} and registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate file(s) saved in {folder} and registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) sent to the printer and registered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePrinting</name>
    <message>
        <source>The certificates could not be prepared for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used. Check that it is ready and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped before every page was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · unchanged: %3 · look like records already there: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until these problems are corrected in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesPage</name>
    <message>
        <source>Already in the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows look like records already there, or like other rows of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %s of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this row instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice for row %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for row %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records will be added and %2 updated; %3 rows are skipped and %4 are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the database is made first. The whole file is imported at once: if anything fails, or you press Cancel, nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current version; the changes made in this window are lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseWait</name>
    <message>
        <source>another program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by {user} on {host} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database… ({holder})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (Excel, any program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF list (to print or send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rows shown (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The columns shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column (to import again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;  (Excel in most of Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file whose first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications (web form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which is right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can be read in several ways. Choose the one whose names are spelt correctly:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>How the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that names look right; change the reading if they don&apos;t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, sheet “%1”: %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows of %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An unexpected error stopped the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. The database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRegisterBox</name>
    <message>
        <source>Issued before (register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates issued before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field each column of the file fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives %s; the same for every row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official name, as the authority writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in Latin letters when the official name is in another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latin-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated number of Roma and Travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roma population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or year of the estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roma population note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are given in order; a deleted member&apos;s number is never given again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant n&amp;o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ft on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Adviser on Roma inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point&apos;s function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no. {number} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({country}) already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open member no. {number}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the existing {name} a member (keeping its stored details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new authority anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of signature as every colleague prints it. These settings are stored in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard &amp;texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the Declaration&apos;s standard texts and signers (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG picture printed at the top of the certificate instead of the ring of stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo: the ring of stars is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 5 MB; use a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some texts will not print well:

{problems}

Save them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved:

{errors}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Details</source>
        <extracomment>What the record is called in messages (&quot;member&quot;, &quot;signature&quot;…); set by subclasses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is in the Trash. Restore it from the Trash to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” was deleted by {who} since you opened it, so your changes cannot be saved. It can be restored from the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” was changed by {who} since you opened it, so your changes were not saved. Reload to see the current version (your changes here will be lost), or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you (in another window or on another computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of the Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city or region that signed; leave empty when an elected representative signed in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before 9 March 2017, the first signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town, or the event where it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language version of the Declaration signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the authority unless you choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned when saved, e.g. DAG-2018-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature {number} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given when the signature was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({country}) already exists. Link this signature to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {authority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority in the register is called “{name}”. Save the signature without an authority? (Add the authority as a member first to link it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <source>Who signs the certificate, from left to right (at most {count}). The name may stay empty for a signature by hand above the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <source>Status and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the applicant a member with the next participant number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the application, giving the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the application as under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in&amp;formation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that information was asked from the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant withdrew the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions become available once the application is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linked to authorities already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made before the import: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;French&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
