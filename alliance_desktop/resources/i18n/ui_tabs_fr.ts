<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Show decided</source>
        <translation>Afficher les décidées</translation>
    </message>
    <message>
        <source>Also list accepted, declined and withdrawn applications</source>
        <translation>Lister aussi les candidatures acceptées, refusées et retirées</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Search applicants…</source>
        <translation>Rechercher des candidats…</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Waiting for {days} days (more than {limit})</source>
        <translation>En attente depuis {days} jours (plus de {limit})</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>No applications yet. New (Ctrl+N) records one as it arrives.</source>
        <translation>Aucune candidature pour l&apos;instant. Nouveau (Ctrl+N) en enregistre une dès son arrivée.</translation>
    </message>
    <message>
        <source>No application is waiting for a decision.</source>
        <translation>Aucune candidature n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} applications</source>
        <translation>Candidatures affichées : {shown} sur {total}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} pending applications</source>
        <translation>Candidatures en attente affichées : {shown} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <source>De&amp;cline…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Request &amp;information…</source>
        <translation>Demander des &amp;informations…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Search members by name…</source>
        <translation>Rechercher des membres par nom…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>No members yet. New (Ctrl+N) adds one; File → Import… brings in a list.</source>
        <translation>Aucun membre pour l&apos;instant. Nouveau (Ctrl+N) en ajoute un ; Fichier → Importer… importe une liste.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} members</source>
        <translation>Membres affichés : {shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Members and signatories by country</source>
        <translation>Membres et signataires par pays</translation>
    </message>
    <message>
        <source>Click a bar to list that country&apos;s records</source>
        <translation>Cliquez sur une barre pour lister les enregistrements de ce pays</translation>
    </message>
    <message>
        <source>Signatures by year</source>
        <translation>Signatures par année</translation>
    </message>
    <message>
        <source>The charts by country and by year appear here once members or signatures are recorded.</source>
        <translation>Les graphiques par pays et par année s&apos;affichent ici dès que des membres ou des signatures sont enregistrés.</translation>
    </message>
    <message>
        <source>No city or region has joined the Alliance yet</source>
        <translation>Aucune ville ni région n&apos;a encore rejoint l&apos;Alliance</translation>
    </message>
    <message>
        <source>{n} city or region</source>
        <translation>{n} ville ou région</translation>
    </message>
    <message>
        <source>{n} cities and regions</source>
        <translation>{n} villes et régions</translation>
    </message>
    <message>
        <source>{n} country</source>
        <translation>{n} pays</translation>
    </message>
    <message>
        <source>{n} countries</source>
        <translation>{n} pays</translation>
    </message>
    <message>
        <source>{members} from {countries} takes part in the Alliance</source>
        <translation>{members} de {countries} participe à l&apos;Alliance</translation>
    </message>
    <message>
        <source>{members} from {countries} take part in the Alliance</source>
        <translation>{members} de {countries} participent à l&apos;Alliance</translation>
    </message>
    <message>
        <source>Nobody has signed the Declaration against anti-Gypsyism yet</source>
        <translation>Personne n&apos;a encore signé la Déclaration contre l&apos;antitsiganisme</translation>
    </message>
    <message>
        <source>{n} signatory</source>
        <translation>{n} signataire</translation>
    </message>
    <message>
        <source>{n} signatories</source>
        <translation>{n} signataires</translation>
    </message>
    <message>
        <source>{signatories} from {countries} has signed the Declaration</source>
        <translation>{signatories} de {countries} a signé la Déclaration</translation>
    </message>
    <message>
        <source>{signatories} from {countries} have signed the Declaration</source>
        <translation>{signatories} de {countries} ont signé la Déclaration</translation>
    </message>
    <message>
        <source>No applications pending</source>
        <translation>Aucune candidature en attente</translation>
    </message>
    <message>
        <source>{n} application pending</source>
        <translation>{n} candidature en attente</translation>
    </message>
    <message>
        <source>{n} applications pending</source>
        <translation>{n} candidatures en attente</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{applications}, oldest {days}</source>
        <translation>{applications} ; la plus ancienne attend depuis {days}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Cannot open the record</source>
        <translation>Impossible d&apos;ouvrir l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Move “{name}” to the Trash?</source>
        <translation>Placer « {name} » dans la Corbeille ?</translation>
    </message>
    <message>
        <source>Move {n} record to the Trash?</source>
        <translation>Placer {n} enregistrement dans la Corbeille ?</translation>
    </message>
    <message>
        <source>Move {n} records to the Trash?</source>
        <translation>Placer {n} enregistrements dans la Corbeille ?</translation>
    </message>
    <message>
        <source>You can restore it from View → Trash.</source>
        <translation>Restauration possible depuis Affichage → Corbeille.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>RecordFilters</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre par pays</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtre par année</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <source>Only the records with a follow-up due this week or overdue</source>
        <translation>Seulement les fiches ayant un suivi à faire cette semaine ou en retard</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Search names…</source>
        <extracomment>settings name (&quot;members&quot;), set by subclasses where the editing dialog lives: (module, class); imported when first needed first year offered by the year filter</extracomment>
        <translation>Rechercher des noms…</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Affichés : {shown} sur {total}</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message>
        <source>Nothing here yet. New (Ctrl+N) adds a record; File → Import… a list.</source>
        <translation>Rien pour l&apos;instant. Nouveau (Ctrl+N) ajoute un enregistrement ; Fichier → Importer… une liste.</translation>
    </message>
    <message>
        <source>The list could not be read. Refresh (F5) tries again.</source>
        <translation>La liste n&apos;a pas pu être lue. Actualiser (F5) réessaie.</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Rien ne correspond à la recherche et aux filtres.</translation>
    </message>
</context>
<context>
    <name>SavedSearchButton</name>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Save this search and its filters under a name, or run a saved one</source>
        <translation>Enregistrer cette recherche et ses filtres sous un nom, ou relancer une recherche enregistrée</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of this search and its filters:</source>
        <translation>Nom de cette recherche et de ses filtres :</translation>
    </message>
    <message>
        <source>A saved search named “{name}” exists. Replace it?</source>
        <translation>Une recherche enregistrée nommée « {name} » existe. La remplacer ?</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved search “{name}” for everyone?</source>
        <translation>Supprimer la recherche enregistrée « {name} » pour tout le monde ?</translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation>Aucune recherche enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save this search…</source>
        <translation>&amp;Enregistrer cette recherche…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Search signatories, signers…</source>
        <translation>Rechercher des signataires, des élus ayant signé…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
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
        <source>No signatures yet. New (Ctrl+N) records one; File → Import… brings in a list.</source>
        <translation>Aucune signature pour l&apos;instant. Nouveau (Ctrl+N) en enregistre une ; Fichier → Importer… importe une liste.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} signatories</source>
        <translation>Signataires affichés : {shown} sur {total}</translation>
    </message>
</context>
</TS>
