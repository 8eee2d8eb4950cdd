<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Show decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list accepted, declined and withdrawn applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applicants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waiting</source>
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
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {days} days (more than {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. New (Ctrl+N) records one as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} pending applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet. New (Ctrl+N) adds one; File → Import… brings in a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Members and signatories by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list that country&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts by country and by year appear here once members or signatures are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city or region has joined the Alliance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} city or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cities and regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} from {countries} takes part in the Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{members} from {countries} take part in the Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed the Declaration against anti-Gypsyism yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signatories} from {countries} has signed the Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signatories} from {countries} have signed the Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} application pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} applications pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applications}, oldest {days}</source>
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
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{name}” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} record to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} records to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore it from View → Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Search names…</source>
        <extracomment>settings name (&quot;members&quot;), set by subclasses where the editing dialog lives: (module, class); imported when first needed first year offered by the year filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. New (Ctrl+N) adds a record; File → Import… a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read. Refresh (F5) tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search signatories, signers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatures yet. New (Ctrl+N) records one; File → Import… brings in a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} signatories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
