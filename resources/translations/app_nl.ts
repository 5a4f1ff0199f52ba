<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="26" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="27" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="28" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="29" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="34" />
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="40" />
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/actions.py" line="42" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../app/activities/registry.py" line="41" />
        <source>Talk or break</source>
        <translation>Toelichting of pauze</translation>
    </message>
    <message>
        <location filename="../../app/activities/registry.py" line="44" />
        <source>Meet and greet</source>
        <translation>Kennismaken</translation>
    </message>
    <message>
        <location filename="../../app/activities/registry.py" line="47" />
        <source>Breakout rounds</source>
        <translation>Groepsgesprekken</translation>
    </message>
    <message>
        <location filename="../../app/activities/registry.py" line="52" />
        <source>Sector bingo</source>
        <translation>Sectorbingo</translation>
    </message>
    <message>
        <location filename="../../app/activities/registry.py" line="57" />
        <source>Statement game</source>
        <translation>Stellingenspel</translation>
    </message>
    <message>
        <location filename="../../app/activities/registry.py" line="62" />
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="52" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="54" />
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="56" />
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="58" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="79" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="84" />
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="85" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="86" />
        <source>Planned:</source>
        <translation>Gepland:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="100" />
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="118" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="126" />
        <source>Total {duration}</source>
        <translation>Totaal {duration}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="128" />
        <source>planned end {time}</source>
        <translation>gepland einde {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="169" />
        <source>Activity</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="208" />
        <source>Remove activity</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agenda.py" line="209" />
        <source>Remove “{title}” and everything noted in it?</source>
        <translation>“{title}” verwijderen, met alles wat erin genoteerd is?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="34" />
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="35" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="36" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="37" />
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="38" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="39" />
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="40" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="41" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="42" />
        <source>Consent to be named</source>
        <translation>Toestemming voor vermelding</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53" />
        <source>Import {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="84" />
        <source>{rows} rows · encoding {encoding} · separator “{delimiter}”</source>
        <translation>{rows} rijen · codering {encoding} · scheidingsteken “{delimiter}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="91" />
        <source>Leave out duplicates</source>
        <translation>Dubbele inschrijvingen weglaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="97" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="101" />
        <source>Check which column holds what (first row).</source>
        <translation>Controleer welke kolom wat bevat (eerste rij).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="121" />
        <source>Each kind of column can be chosen only once.</source>
        <translation>Elke soort kolom kan maar één keer gekozen worden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127" />
        <source>Nothing will be imported.</source>
        <translation>Er wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="133" />
        <source>{count} participants will be imported.</source>
        <translation>{count} deelnemers worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="138" />
        <source>Possible duplicates in rows: {rows}.</source>
        <translation>Mogelijk dubbel in rijen: {rows}.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../app/core/participant_import.py" line="128" />
        <source>The file is not text: its encoding is unknown.</source>
        <translation>Het bestand is geen tekst: de codering is onbekend.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="135" />
        <location filename="../../app/core/participant_import.py" line="191" />
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="138" />
        <source>This is not a CSV file (it holds binary data).</source>
        <translation>Dit is geen CSV-bestand (het bevat binaire gegevens).</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="157" />
        <source>The CSV file is malformed at line {line}: check the quotes (") on that line.</source>
        <translation>Het CSV-bestand is fout opgebouwd op regel {line}: controleer de aanhalingstekens (") op die regel.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="175" />
        <source>This is not a readable Excel (.xlsx) file.</source>
        <translation>Dit is geen leesbaar Excel-bestand (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="194" />
        <source>The file has more than {max} rows.</source>
        <translation>Het bestand heeft meer dan {max} rijen.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="206" />
        <source>The file is too large ({size} MB).</source>
        <translation>Het bestand is te groot ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="212" />
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="224" />
        <source>No column holds names. Choose which column is the name (or first/last name).</source>
        <translation>Geen enkele kolom bevat namen. Kies welke kolom de naam is (of voornaam/achternaam).</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="233" />
        <source>Row {row} has {found} columns, the header has {expected}.</source>
        <translation>Rij {row} heeft {found} kolommen, de kopregel heeft er {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="247" />
        <source>Row {row}, column “{column}”: the text is longer than {max} characters.</source>
        <translation>Rij {row}, kolom “{column}”: de tekst is langer dan {max} tekens.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="257" />
        <source>Row {row}, column “{column}”: invalid control characters.</source>
        <translation>Rij {row}, kolom “{column}”: ongeldige stuurtekens.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="272" />
        <source>Row {row} has no name.</source>
        <translation>Rij {row} heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="277" />
        <source>Row {row}: “{email}” is not an e-mail address.</source>
        <translation>Rij {row}: “{email}” is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="291" />
        <source>The file has a header but no participants.</source>
        <translation>Het bestand heeft een kopregel maar geen deelnemers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="38" />
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60" />
        <source>&amp;New session…</source>
        <translation>&amp;Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63" />
        <source>&amp;Open database file…</source>
        <translation>Database&amp;bestand openen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71" />
        <source>Save session as &amp;template…</source>
        <translation>Bijeenkomst bewaren als &amp;sjabloon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73" />
        <source>&amp;Export template…</source>
        <translation>Sjabloon &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74" />
        <source>&amp;Import template…</source>
        <translation>Sjabloon &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>&amp;Session</source>
        <translation>Bij&amp;eenkomst</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>&amp;Run on the beamer</source>
        <translation>&amp;Presenteren op de beamer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85" />
        <source>&amp;Print materials…</source>
        <translation>Materiaal af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>&amp;About Tafelronde</source>
        <translation>&amp;Over Tafelronde</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110" />
        <source>Cannot open the database</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113" />
        <source>No database is open. Use File › Open database file… to choose one.</source>
        <translation>Er is geen database open. Kies er een via Bestand › Databasebestand openen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133" />
        <source>Open or create a database</source>
        <translation>Database openen of aanmaken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source>Tafelronde databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tafelronde-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198" />
        <source>Everything is saved.</source>
        <translation>Alles is bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210" />
        <source>Save as template</source>
        <translation>Bewaren als sjabloon</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210" />
        <source>Template name:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>Template saved.</source>
        <translation>Sjabloon bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230" />
        <source>Export template</source>
        <translation>Sjabloon exporteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231" />
        <location filename="../../app/ui/main_window.py" line="244" />
        <source>Tafelronde templates (*.json)</source>
        <translation>Tafelronde-sjablonen (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244" />
        <location filename="../../app/ui/main_window.py" line="251" />
        <location filename="../../app/ui/main_window.py" line="254" />
        <source>Import template</source>
        <translation>Sjabloon importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255" />
        <source>“{title}” is now available under New session.</source>
        <translation>“{title}” staat nu bij Nieuwe bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273" />
        <source>Run session</source>
        <translation>Bijeenkomst presenteren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294" />
        <source>The new language applies after a restart.</source>
        <translation>De nieuwe taal geldt na een herstart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300" />
        <source>About Tafelronde</source>
        <translation>Over Tafelronde</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301" />
        <source>Tafelronde {version}
Run network and sector meetings in the room.</source>
        <translation>Tafelronde {version}
Netwerk- en sectorbijeenkomsten leiden in de zaal.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="26" />
        <source>New session</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="29" />
        <source>Blank session</source>
        <translation>Lege bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="40" />
        <source>e.g. Network meeting, 15 October</source>
        <translation>bv. Netwerkbijeenkomst, 15 oktober</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="47" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="48" />
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="49" />
        <source>Starts at:</source>
        <translation>Begint om:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_session_dialog.py" line="56" />
        <source>Start from:</source>
        <translation>Begin met:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="49" />
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="55" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="56" />
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="57" />
        <source>Starts at:</source>
        <translation>Begint om:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="58" />
        <source>Venue:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="59" />
        <source>Organisers:</source>
        <translation>Organisatoren:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="60" />
        <source>Capacity:</source>
        <translation>Capaciteit:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="64" />
        <source>All changes saved</source>
        <translation>Alle wijzigingen bewaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="65" />
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="75" />
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="81" />
        <source>Untitled session</source>
        <translation>Bijeenkomst zonder titel</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="29" />
        <source>registered</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="30" />
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="31" />
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="35" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="36" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="37" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="38" />
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="39" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="40" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="42" />
        <source>Named in report</source>
        <translation>Vermeld in verslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="47" />
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="57" />
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="59" />
        <source>Mark present</source>
        <translation>Aanwezig melden</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="61" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="63" />
        <source>Import list…</source>
        <translation>Lijst importeren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="84" />
        <source>{registered} registered, {waiting} on the waiting list, {present} present</source>
        <translation>{registered} ingeschreven, {waiting} op de wachtlijst, {present} aanwezig</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="90" />
        <source>capacity {capacity}</source>
        <translation>capaciteit {capacity}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="102" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="123" />
        <source>Delete participants</source>
        <translation>Deelnemers verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="124" />
        <source>Delete {count} participant(s)?</source>
        <translation>{count} deelnemer(s) verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="135" />
        <source>Import registration list</source>
        <translation>Inschrijvingslijst importeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="137" />
        <source>Registration lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Inschrijvingslijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/participants.py" line="147" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../app/activities/base.py" line="85" />
        <source>“{kind}” has no settings page yet. It can already be planned in the agenda.</source>
        <translation>“{kind}” heeft nog geen instellingenpagina. Je kunt het al wel in de agenda plannen.</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <location filename="../../app/ui/session_list.py" line="30" />
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="33" />
        <source>Search by title, venue or date…</source>
        <translation>Zoeken op titel, locatie of datum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="37" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="37" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="37" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="45" />
        <source>No sessions yet. Click “New session” to start from a template.</source>
        <translation>Nog geen bijeenkomsten. Klik op “Nieuwe bijeenkomst” om met een sjabloon te beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="49" />
        <source>New session…</source>
        <translation>Nieuwe bijeenkomst…</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="51" />
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="53" />
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="55" />
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="57" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="113" />
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="124" />
        <source>Rename session</source>
        <translation>Bijeenkomst hernoemen</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="124" />
        <source>New title:</source>
        <translation>Nieuwe titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="138" />
        <source>Delete session</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/session_list.py" line="140" />
        <source>Delete “{title}” with all its participants, notes and results? This cannot be undone.</source>
        <translation>“{title}” verwijderen, met alle deelnemers, notities en resultaten? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>SessionWorkspace</name>
    <message>
        <location filename="../../app/ui/workspace.py" line="18" />
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="19" />
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="37" />
        <source>← All sessions</source>
        <translation>← Alle bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="39" />
        <source>Run session ▶</source>
        <translation>Presenteren ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="41" />
        <source>Open the run console and the beamer window (Ctrl+R)</source>
        <translation>Open de regiekamer en het beamervenster (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="50" />
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="51" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="52" />
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace.py" line="53" />
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/messages.py" line="5" />
        <source>This item no longer exists; it was probably deleted elsewhere.</source>
        <translation>Dit item bestaat niet meer; het is waarschijnlijk elders verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="9" />
        <source>This is not a valid database address: {url}</source>
        <translation>Dit is geen geldig databaseadres: {url}</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="13" />
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="17" />
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="21" />
        <source>{path} is not a Tafelronde database. It was left untouched.</source>
        <translation>{path} is geen Tafelronde-database. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="25" />
        <source>Tafelronde works with SQLite or PostgreSQL, not {backend}.</source>
        <translation>Tafelronde werkt met SQLite of PostgreSQL, niet met {backend}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="29" />
        <source>{path} is damaged or not a Tafelronde database ({reason}). It was left untouched.</source>
        <translation>{path} is beschadigd of geen Tafelronde-database ({reason}). Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="33" />
        <source>{path} belongs to another program. It was left untouched.</source>
        <translation>{path} hoort bij een ander programma. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="37" />
        <source>This database was made by a newer version of Tafelronde. Update the app to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Tafelronde. Werk de app bij om ze te openen.</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="41" />
        <source>The database {name} cannot be opened: {reason}</source>
        <translation>De database {name} kan niet geopend worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage/messages.py" line="45" />
        <source>Someone else changed this in the meantime.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>TemplateError</name>
    <message>
        <location filename="../../app/core/templates.py" line="51" />
        <source>{source}: {what}</source>
        <translation>{source}: {what}</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="63" />
        <source>{source} was made by a newer version of Tafelronde.</source>
        <translation>{source} is gemaakt met een nieuwere versie van Tafelronde.</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="124" />
        <source>{source} is not valid JSON (line {line}).</source>
        <translation>{source} is geen geldige JSON (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="136" />
        <source>{source} cannot be read.</source>
        <translation>{source} kan niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/sessions.py" line="42" />
        <source>Unknown template: {key}. Known: {known}</source>
        <translation>Onbekend sjabloon: {key}. Bekend: {known}</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="14" />
        <source>There is no session with id {id}.</source>
        <translation>Er is geen bijeenkomst met nummer {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/importing.py" line="51" />
        <source>already in the session</source>
        <translation>staat al in de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../app/cli/importing.py" line="53" />
        <source>the same as row {row}</source>
        <translation>is dezelfde als rij {row}</translation>
    </message>
    <message>
        <location filename="../../app/cli/importing.py" line="56" />
        <source>{file}: row {row} is {where}. Nothing was imported (use --skip-duplicates to leave duplicates out).</source>
        <translation>{file}: rij {row} {where}. Er is niets geïmporteerd (gebruik --skip-duplicates om dubbele weg te laten).</translation>
    </message>
    <message>
        <location filename="../../app/cli/importing.py" line="64" />
        <source>{count} participants imported.</source>
        <translation>{count} deelnemers geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
</context>
</TS>