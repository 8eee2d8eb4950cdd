<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DueFollowUpsWindow</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Due this week and overdue</source>
        <translation>À faire cette semaine et en retard</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Tous les suivis ouverts</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>Done today, by you</source>
        <translation>Fait aujourd’hui, par vous</translation>
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
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>{follow_ups}, {overdue}</source>
        <translation>{follow_ups}, dont {overdue}</translation>
    </message>
    <message>
        <source>Follow-up not marked done</source>
        <translation>Suivi non marqué comme fait</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>&amp;Follow-ups due…</source>
        <translation>&amp;Suivis à faire…</translation>
    </message>
    <message>
        <source>The follow-ups due this week and those overdue, on every record</source>
        <translation>Les suivis à faire cette semaine et ceux en retard, sur toutes les fiches</translation>
    </message>
    <message>
        <source>Show the overdue follow-ups</source>
        <translation>Afficher les suivis en retard</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Due on *</source>
        <translation>&amp;Échéance *</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;What to do *</source>
        <translation>&amp;À faire *</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>e.g. Ask again for the council&apos;s decision</source>
        <translation>p. ex. Redemander la délibération du conseil</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>The colleague who will do it; empty: anyone</source>
        <translation>Le collègue qui s’en charge ; vide : n’importe qui</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu’il faut faire.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date} par {user}</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source>When information is requested from an applicant, a follow-up is proposed to check that the answer came. The user sees it and can change or decline it.</source>
        <translation>Quand des informations sont demandées à un candidat, un suivi est proposé pour vérifier que la réponse est arrivée. L’utilisateur le voit et peut le modifier ou le refuser.</translation>
    </message>
    <message>
        <source>Follow-up &amp;due after:</source>
        <translation>&amp;Échéance du suivi après :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days before the follow-up is due</source>
        <translation>Jours avant l’échéance du suivi</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>S&amp;uivis</translation>
    </message>
</context>
<context>
    <name>FollowUpsLine</name>
    <message>
        <source>No follow-up due this week</source>
        <translation>Aucun suivi à faire cette semaine</translation>
    </message>
    <message>
        <source>{n} follow-up due this week</source>
        <translation>{n} suivi à faire cette semaine</translation>
    </message>
    <message>
        <source>{n} follow-ups due this week</source>
        <translation>{n} suivis à faire cette semaine</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>{due}, {overdue}</source>
        <translation>{due}, {overdue}</translation>
    </message>
    <message>
        <source>{n} follow-up overdue</source>
        <translation>{n} suivi en retard</translation>
    </message>
    <message>
        <source>{n} follow-ups overdue</source>
        <translation>{n} suivis en retard</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>A&amp;jouter un suivi…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>No follow-up yet: add one to be reminded of what this record is waiting for.</source>
        <translation>Aucun suivi pour l’instant : ajoutez-en un pour ne pas oublier ce que cette fiche attend.</translation>
    </message>
    <message>
        <source>Not done after all: open it again</source>
        <translation>Pas fait finalement : le rouvrir</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Chan&amp;ger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mar&amp;quer comme fait</translation>
    </message>
    <message>
        <source>Done today, by you</source>
        <translation>Fait aujourd’hui, par vous</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Suivi non ajouté</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Suivi non modifié</translation>
    </message>
    <message>
        <source>Follow-up not reopened</source>
        <translation>Suivi non rouvert</translation>
    </message>
    <message>
        <source>Follow-up not marked done</source>
        <translation>Suivi non marqué comme fait</translation>
    </message>
    <message>
        <source>Delete the follow-up “{what}”?</source>
        <translation>Supprimer le suivi « {what} » ?</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Supprimer le suivi</translation>
    </message>
    <message>
        <source>Follow-up not deleted</source>
        <translation>Suivi non supprimé</translation>
    </message>
    <message>
        <source>Follow-ups ({n})</source>
        <translation>Suivis ({n})</translation>
    </message>
</context>
<context>
    <name>InformationProposal</name>
    <message>
        <source>Check that {name} has sent the information requested: {note}</source>
        <translation>Vérifier que {name} a envoyé les informations demandées : {note}</translation>
    </message>
    <message>
        <source>Information was requested. Be reminded in {days} days if the answer has not come? Change the follow-up as you need, or choose Cancel to add none.</source>
        <translation>Des informations ont été demandées. Vous le rappeler dans {days} jours si la réponse n’est pas arrivée ? Modifiez le suivi si besoin, ou choisissez Annuler pour n’en ajouter aucun.</translation>
    </message>
    <message>
        <source>Follow-up proposed</source>
        <translation>Suivi proposé</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Suivi non ajouté</translation>
    </message>
</context>
</TS>
