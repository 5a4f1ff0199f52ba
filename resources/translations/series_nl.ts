<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>NewSessionDialog</name>
    <message>
      <source>Series:</source>
      <translation>Reeks:</translation>
    </message>
    <message>
      <source>Stands alone</source>
      <translation>Staat op zichzelf</translation>
    </message>
  </context>
  <context>
    <name>PeopleReviewDialog</name>
    <message numerus="yes">
      <source>%n uncertain matches to review</source>
      <translation>
        <numerusform>%n onzekere overeenkomst na te kijken</numerusform>
        <numerusform>%n onzekere overeenkomsten na te kijken</numerusform>
      </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Different people: keep apart</source>
      <translation>Verschillende mensen: apart houden</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>In an earlier meeting</source>
      <translation>In een eerdere bijeenkomst</translation>
    </message>
    <message>
      <source>In this meeting</source>
      <translation>In deze bijeenkomst</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Later</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Bijeenkomst</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Samenvoegen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Niet opgeslagen</translation>
    </message>
    <message>
      <source>Nothing left to review.</source>
      <translation>Niets meer na te kijken.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisatie</translation>
    </message>
    <message>
      <source>Same person: merge</source>
      <translation>Dezelfde persoon: samenvoegen</translation>
    </message>
    <message>
      <source>Same person?</source>
      <translation>Dezelfde persoon?</translation>
    </message>
    <message>
      <source>Treat “{a}” and “{b}” as the same person in this series? Each meeting keeps its own registration and consent.</source>
      <translation>“{a}” en “{b}” als dezelfde persoon behandelen in deze reeks? Elke bijeenkomst houdt haar eigen inschrijving en toestemming.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
  </context>
  <context>
    <name>PersonMatch</name>
    <message>
      <source>Names differ by one letter, same organisation</source>
      <translation>Namen verschillen één letter, zelfde organisatie</translation>
    </message>
    <message>
      <source>Same e-mail address</source>
      <translation>Zelfde e-mailadres</translation>
    </message>
    <message>
      <source>Same name and organisation</source>
      <translation>Zelfde naam en organisatie</translation>
    </message>
    <message>
      <source>Same name, different e-mail address</source>
      <translation>Zelfde naam, ander e-mailadres</translation>
    </message>
    <message>
      <source>Same name, different organisation</source>
      <translation>Zelfde naam, andere organisatie</translation>
    </message>
    <message>
      <source>Same name, organisation missing on one or both</source>
      <translation>Zelfde naam, organisatie ontbreekt bij een of beide</translation>
    </message>
  </context>
  <context>
    <name>SeriesBox</name>
    <message numerus="yes">
      <source>%n uncertain matches to review</source>
      <translation>
        <numerusform>%n onzekere overeenkomst na te kijken</numerusform>
        <numerusform>%n onzekere overeenkomsten na te kijken</numerusform>
      </translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonimiseren</translation>
    </message>
    <message>
      <source>Anonymise after</source>
      <translation>Anonimiseren na</translation>
    </message>
    <message>
      <source>Anonymise now…</source>
      <translation>Nu anonimiseren…</translation>
    </message>
    <message>
      <source>Copy the agenda of “{title}” into the next meeting?</source>
      <translation>De agenda van “{title}” overnemen in de volgende bijeenkomst?</translation>
    </message>
    <message>
      <source>Meeting {number}</source>
      <translation>Bijeenkomst {number}</translation>
    </message>
    <message>
      <source>Meeting {place} of {count}</source>
      <translation>Bijeenkomst {place} van {count}</translation>
    </message>
    <message>
      <source>Name of the series:</source>
      <translation>Naam van de reeks:</translation>
    </message>
    <message>
      <source>New series</source>
      <translation>Nieuwe reeks</translation>
    </message>
    <message>
      <source>New series…</source>
      <translation>Nieuwe reeks…</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
      <source>Next meeting in this series…</source>
      <translation>Volgende bijeenkomst in deze reeks…</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Niet opgeslagen</translation>
    </message>
    <message>
      <source>Remove the names and e-mail addresses of everyone in every meeting of this series? Counts, organisations and texts stay. This cannot be undone.</source>
      <translation>De namen en e-mailadressen van iedereen in elke bijeenkomst van deze reeks verwijderen? Aantallen, organisaties en teksten blijven. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
      <source>Review people…</source>
      <translation>Mensen nakijken…</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Reeks</translation>
    </message>
    <message>
      <source>Stands alone</source>
      <translation>Staat op zichzelf</translation>
    </message>
    <message>
      <source>Take this meeting out of “{series}”? Its people are no longer linked to the other meetings of the series.</source>
      <translation>Deze bijeenkomst uit “{series}” halen? Haar deelnemers zijn dan niet meer gekoppeld aan de andere bijeenkomsten van de reeks.</translation>
    </message>
    <message>
      <source>The date to anonymise this series ({date}) has passed.</source>
      <translation>De datum om deze reeks te anonimiseren ({date}) is voorbij.</translation>
    </message>
    <message>
      <source>This series has been anonymised.</source>
      <translation>Deze reeks is geanonimiseerd.</translation>
    </message>
    <message>
      <source>Title of the next meeting:</source>
      <translation>Titel van de volgende bijeenkomst:</translation>
    </message>
  </context>
  <context>
    <name>StorageError</name>
    <message>
      <source>There is no series with id {id}.</source>
      <translation>Er is geen reeks met id {id}.</translation>
    </message>
    <message>
      <source>There is no session with id {id}.</source>
      <translation>Er is geen bijeenkomst met id {id}.</translation>
    </message>
    <message>
      <source>These two cannot be merged: {name} and the other are both in the meeting “{title}”, as two participants.</source>
      <translation>Deze twee kunnen niet samengevoegd worden: {name} en de ander staan allebei in de bijeenkomst “{title}”, als twee deelnemers.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>No series with id {id} in the source.</source>
      <translation>Geen reeks met id {id} in de bron.</translation>
    </message>
    <message>
      <source>Say what to do with series: new, list, add or anonymise.</source>
      <translation>Zeg wat er met reeksen moet gebeuren: new, list, add of anonymise.</translation>
    </message>
    <message>
      <source>There is no series with id {id}.</source>
      <translation>Er is geen reeks met id {id}.</translation>
    </message>
    <message>
      <source>series: {title}</source>
      <translation>reeks: {title}</translation>
    </message>
    <message>
      <source>“{series}” anonymised: the names and e-mail addresses of its people are removed.</source>
      <translation>“{series}” geanonimiseerd: de namen en e-mailadressen van haar mensen zijn verwijderd.</translation>
    </message>
    <message>
      <source>“{series}” has no date to anonymise after; nothing was changed (--before-the-date anonymises it now).</source>
      <translation>“{series}” heeft geen datum om na te anonimiseren; er is niets veranderd (--before-the-date anonimiseert nu).</translation>
    </message>
    <message>
      <source>“{series}” is to be anonymised after {date}, which has not passed; nothing was changed (--before-the-date anonymises it now).</source>
      <translation>“{series}” wordt geanonimiseerd na {date}, en die datum is nog niet voorbij; er is niets veranderd (--before-the-date anonimiseert nu).</translation>
    </message>
    <message>
      <source>“{series}” was anonymised before; nothing was changed.</source>
      <translation>“{series}” was al geanonimiseerd; er is niets veranderd.</translation>
    </message>
    <message>
      <source>“{session}” is meeting {place} of “{series}”.</source>
      <translation>“{session}” is bijeenkomst {place} van “{series}”.</translation>
    </message>
  </context>
</TS>
