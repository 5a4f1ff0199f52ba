<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AgendaList</name>
    <message>
      <source>Drag an activity, or press Alt+Up / Alt+Down, to move it</source>
      <translation>Sleep een activiteit, of druk Alt+Omhoog / Alt+Omlaag, om ze te verplaatsen</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <source>Add after the selected one</source>
      <translation>Toevoegen na de geselecteerde</translation>
    </message>
    <message>
      <source>New activity:</source>
      <translation>Nieuwe activiteit:</translation>
    </message>
    <message>
      <source>{duration} (set by hand)</source>
      <translation>{duration} (met de hand ingesteld)</translation>
    </message>
    <message>
      <source>“{title}” holds results (notes, votes, groups). Remove it with everything noted in it?</source>
      <translation>“{title}” bevat resultaten (notities, stemmen, groepen). Verwijderen met alles wat erin genoteerd is?</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>dd-mm-yyyy</source>
      <translation>dd-mm-jjjj</translation>
    </message>
    <message>
      <source>Pick the date on a calendar</source>
      <translation>Kies de datum op een kalender</translation>
    </message>
  </context>
  <context>
    <name>DateInput</name>
    <message>
      <source>“{text}” is not a date: type it as dd-mm-yyyy or yyyy-mm-dd</source>
      <translation>“{text}” is geen datum: typ ze als dd-mm-jjjj of jjjj-mm-dd</translation>
    </message>
    <message>
      <source>{text} does not exist on the calendar</source>
      <translation>{text} bestaat niet op de kalender</translation>
    </message>
    <message>
      <source>“{text}” is not a time: type it as 13:30</source>
      <translation>“{text}” is geen tijdstip: typ het als 13:30</translation>
    </message>
    <message>
      <source>(not saved)</source>
      <translation>(niet bewaard)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>New session</source>
      <translation>Nieuwe sessie</translation>
    </message>
  </context>
  <context>
    <name>PlannedMinutes</name>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>set by hand</source>
      <translation>met de hand ingesteld</translation>
    </message>
    <message>
      <source>Automatic: {duration}</source>
      <translation>Automatisch: {duration}</translation>
    </message>
    <message>
      <source>follows the rounds</source>
      <translation>volgt de rondes</translation>
    </message>
  </context>
  <context>
    <name>ReadyLine</name>
    <message>
      <source>Ready for the day?</source>
      <translation>Klaar voor de dag?</translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s) imported</source>
      <translation>
        <numerusform>%n deelnemer geïmporteerd</numerusform>
        <numerusform>%n deelnemers geïmporteerd</numerusform>
      </translation>
    </message>
    <message>
      <source>No participants yet</source>
      <translation>Nog geen deelnemers</translation>
    </message>
    <message>
      <source>Import participants…</source>
      <translation>Deelnemers importeren…</translation>
    </message>
    <message>
      <source>Groups made: {title}</source>
      <translation>Groepen gemaakt: {title}</translation>
    </message>
    <message>
      <source>No groups yet: {title}</source>
      <translation>Nog geen groepen: {title}</translation>
    </message>
    <message>
      <source>Make the groups…</source>
      <translation>Groepen maken…</translation>
    </message>
    <message>
      <source>Not printed since the last change: {items}</source>
      <translation>Niet afgedrukt sinds de laatste wijziging: {items}</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Afdrukken…</translation>
    </message>
    <message>
      <source>All paper printed since the last change</source>
      <translation>Alle papier afgedrukt sinds de laatste wijziging</translation>
    </message>
    <message numerus="yes">
      <source>Still missing: %n thing(s)</source>
      <translation>
        <numerusform>Nog te doen: %n ding</numerusform>
        <numerusform>Nog te doen: %n dingen</numerusform>
      </translation>
    </message>
    <message>
      <source>Everything is ready for the day.</source>
      <translation>Alles is klaar voor de dag.</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <source>Prepare a new day</source>
      <translation>Een nieuwe dag voorbereiden</translation>
    </message>
    <message>
      <source>Start from a template: its agenda is ready and every part can be changed. Or start blank, or open another database file.</source>
      <translation>Begin van een sjabloon: de agenda staat klaar en elk onderdeel kan je aanpassen. Of begin leeg, of open een ander databasebestand.</translation>
    </message>
    <message>
      <source>Blank session</source>
      <translation>Lege sessie</translation>
    </message>
    <message>
      <source>Open a database file…</source>
      <translation>Een databasebestand openen…</translation>
    </message>
  </context>
  <context>
    <name>TemplateCard</name>
    <message>
      <source>Make a session from this template and open it</source>
      <translation>Maak een sessie van dit sjabloon en open ze</translation>
    </message>
  </context>
  <context>
    <name>TimeField</name>
    <message>
      <source>hh:mm</source>
      <translation>uu:mm</translation>
    </message>
  </context>
</TS>
