<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DuplicateActions</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Authorities and persons entered twice, to merge (and unmerge)</source>
        <translation>Autorités et personnes saisies deux fois, à fusionner (fusion réversible)</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>{name} ({detail})</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>{name}, {country}</source>
        <translation>{name}, {country}</translation>
    </message>
    <message>
        <source>names {score} % alike</source>
        <translation>noms semblables à {score}&#xa0;%</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même adresse électronique</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Names alike at &amp;least:</source>
        <translation>Noms semblables à au &amp;moins :</translation>
    </message>
    <message>
        <source>Pairs with the same e-mail or website are listed whatever their names</source>
        <translation>Les paires ayant la même adresse électronique ou le même site web sont listées quels que soient leurs noms</translation>
    </message>
    <message>
        <source>Authorities and persons</source>
        <translation>Autorités et personnes</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Make the two records one (Unmerge puts them back)</source>
        <translation>Faire des deux fiches une seule (« Annuler la fusion » les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <source>The two records are different: do not offer this pair again</source>
        <translation>Les deux fiches sont différentes : ne plus proposer cette paire</translation>
    </message>
    <message>
        <source>{n} likely duplicate</source>
        <translation>{n} doublon probable</translation>
    </message>
    <message>
        <source>{n} likely duplicates</source>
        <translation>{n} doublons probables</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>Aucun doublon probable trouvé.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two persons</source>
        <translation>Fusionner deux personnes</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <source>Choose the record to keep and, for each field, the value it keeps. Everything linked to the other record moves onto it and the other record is removed. Unmerge, in the kept record&apos;s History tab, puts both back as they were.</source>
        <translation>Choisissez la fiche à conserver et, pour chaque champ, la valeur qu&apos;elle garde. Tout ce qui est lié à l&apos;autre fiche lui est rattaché et l&apos;autre fiche est supprimée. « Annuler la fusion », dans l&apos;onglet Historique de la fiche conservée, rétablit les deux fiches telles qu&apos;elles étaient.</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <source>Both are members: which membership stays?</source>
        <translation>Les deux sont membres : quelle adhésion conserver ?</translation>
    </message>
    <message>
        <source>Participant no. {number} ({name})</source>
        <translation>Participant n°{number} ({name})</translation>
    </message>
    <message>
        <source>The other membership is removed; its participant number is written in the audit trail and comes back with Unmerge.</source>
        <translation>L&apos;autre adhésion est supprimée ; son numéro de participant est inscrit dans le journal d&apos;audit et revient avec « Annuler la fusion ».</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>{name}
changed {date}</source>
        <translation>{name}
modifiée le {date}</translation>
    </message>
    <message>
        <source>member, participant no. {number}</source>
        <translation>membre, participant n°{number}</translation>
    </message>
    <message>
        <source>{n} membership</source>
        <translation>{n} adhésion</translation>
    </message>
    <message>
        <source>{n} memberships</source>
        <translation>{n} adhésions</translation>
    </message>
    <message>
        <source>{n} signature</source>
        <translation>{n} signature</translation>
    </message>
    <message>
        <source>{n} signatures</source>
        <translation>{n} signatures</translation>
    </message>
    <message>
        <source>{n} application</source>
        <translation>{n} candidature</translation>
    </message>
    <message>
        <source>{n} applications</source>
        <translation>{n} candidatures</translation>
    </message>
    <message>
        <source>{n} contact person</source>
        <translation>{n} personne de contact</translation>
    </message>
    <message>
        <source>{n} contact persons</source>
        <translation>{n} personnes de contact</translation>
    </message>
    <message>
        <source>{n} certificate issued</source>
        <translation>{n} certificat délivré</translation>
    </message>
    <message>
        <source>{n} certificates issued</source>
        <translation>{n} certificats délivrés</translation>
    </message>
    <message>
        <source>{n} follow-up</source>
        <translation>{n} suivi</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} suivis</translation>
    </message>
    <message>
        <source>focal point of {n} member</source>
        <translation>point focal de {n} membre</translation>
    </message>
    <message>
        <source>focal point of {n} members</source>
        <translation>point focal de {n} membres</translation>
    </message>
    <message>
        <source>contact of {n} application</source>
        <translation>contact de {n} candidature</translation>
    </message>
    <message>
        <source>contact of {n} applications</source>
        <translation>contact de {n} candidatures</translation>
    </message>
    <message>
        <source>Moves from “{name}” onto the kept record: {what}.</source>
        <translation>Rattaché de « {name} » à la fiche conservée : {what}.</translation>
    </message>
    <message>
        <source>Nothing is linked to “{name}”: only its values are merged.</source>
        <translation>Rien n&apos;est lié à « {name} » : seules ses valeurs sont fusionnées.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
</context>
</TS>
