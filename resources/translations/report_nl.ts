<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Handout</name>
    <message>
        <location filename="../../printables/handout.py" line="22"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../printables/handout.py" line="23"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../printables/handout.py" line="24"/>
        <source>Activity</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../printables/handout.py" line="25"/>
        <source>page {n}</source>
        <translation>pagina {n}</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <location filename="../../app/activities/paper.py" line="28"/>
        <source>Agenda handout</source>
        <translation>Programma om uit te delen</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="29"/>
        <source>Bingo cards: {title}</source>
        <translation>Bingokaarten: {title}</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="30"/>
        <source>Blank worksheet: {title}</source>
        <translation>Leeg werkblad: {title}</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="31"/>
        <source>Group lists and table cards: {title}</source>
        <translation>Groepslijsten en tafelkaarten: {title}</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="32"/>
        <source>Table schedule and table cards: {title}</source>
        <translation>Tafelschema en tafelkaarten: {title}</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="33"/>
        <source>make the groups first, in the activity&apos;s setup</source>
        <translation>maak eerst de groepen, bij de voorbereiding van het onderdeel</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="34"/>
        <source>no rotation yet: mark people present and open the activity once</source>
        <translation>nog geen tafelschema: duid aanwezigen aan en open het onderdeel één keer</translation>
    </message>
    <message>
        <location filename="../../app/activities/paper.py" line="37"/>
        <source>choose a worksheet first</source>
        <translation>kies eerst een werkblad</translation>
    </message>
</context>
<context>
    <name>PrintablesDialog</name>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="41"/>
        <source>Print materials</source>
        <translation>Materiaal afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="48"/>
        <source>Tick the paper you need for this session.</source>
        <translation>Vink aan welk papier je nodig hebt voor deze sessie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="51"/>
        <source>One PDF with everything</source>
        <translation>Eén PDF met alles</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="52"/>
        <source>One PDF per item, in a folder</source>
        <translation>Eén PDF per onderdeel, in een map</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="54"/>
        <location filename="../../app/ui/printables_dialog.py" line="102"/>
        <source>Make PDF…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="62"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="82"/>
        <source>{title} ({reason})</source>
        <translation>{title} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="102"/>
        <source>Make PDFs…</source>
        <translation>PDF&apos;s maken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="109"/>
        <source>{title} - materials</source>
        <translation>{title} - materiaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="112"/>
        <source>Save materials as</source>
        <translation>Materiaal bewaren als</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="113"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="119"/>
        <source>Folder for the PDFs</source>
        <translation>Map voor de PDF&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="128"/>
        <source>Tick at least one item.</source>
        <translation>Vink minstens één onderdeel aan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="138"/>
        <source>{title}: {error}</source>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="146"/>
        <source>Writing…</source>
        <translation>Bezig met schrijven…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="151"/>
        <source>The materials could not be made: {error}</source>
        <translation>Het materiaal kon niet gemaakt worden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/printables_dialog.py" line="167"/>
        <source>Saved {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/printables_dialog.py" line="170"/>
        <source>%n PDF(s) saved in {folder}</source>
        <translation>
            <numerusform>%n PDF bewaard in {folder}</numerusform>
            <numerusform>%n PDF&apos;s bewaard in {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../printables/report.py" line="41"/>
        <source>Meeting report</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="42"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="43"/>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="44"/>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="45"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="46"/>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="47"/>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="48"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="49"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="50"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="51"/>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="52"/>
        <source>Activity</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="53"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="54"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="55"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="56"/>
        <source>No results recorded.</source>
        <translation>Geen resultaten vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="57"/>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="58"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="59"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="60"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="61"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="62"/>
        <source>No action items were agreed.</source>
        <translation>Er zijn geen actiepunten afgesproken.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="63"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="64"/>
        <source>Only people who agreed to be named in the report are listed.</source>
        <translation>Alleen wie heeft ingestemd om in het verslag genoemd te worden, staat in deze lijst.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="67"/>
        <source>Nobody agreed to be named in the report.</source>
        <translation>Niemand heeft ingestemd om in het verslag genoemd te worden.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="68"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="70"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="72"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="73"/>
        <source>This section could not be made: {error}</source>
        <translation>Dit onderdeel kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="74"/>
        <source>a part of it is too large to fit on a page; see the app for the full text</source>
        <translation>een deel ervan past niet op een pagina; de volledige tekst staat in de app</translation>
    </message>
    <message>
        <location filename="../../app/activities/reporting.py" line="32"/>
        <source>Notes from the note-takers&apos; laptops</source>
        <translation>Notities van de laptops van de notulisten</translation>
    </message>
    <message>
        <location filename="../../app/activities/reporting.py" line="33"/>
        <source>whole activity</source>
        <translation>hele onderdeel</translation>
    </message>
    <message>
        <location filename="../../app/activities/reporting.py" line="34"/>
        <source>{rounds} round(s) at up to {tables} tables: {people} people, {pairs} pairs met.</source>
        <translation>{rounds} ronde(s) aan hoogstens {tables} tafels: {people} mensen, {pairs} duo&apos;s ontmoetten elkaar.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/report/page.py" line="59"/>
        <source>Untick what should stay out of the report</source>
        <translation>Vink uit wat niet in het verslag hoort</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="60"/>
        <source>List participants who agreed to be named</source>
        <translation>Deelnemers met toestemming vermelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="61"/>
        <source>Include their e-mail addresses</source>
        <translation>Ook hun e-mailadressen vermelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="65"/>
        <source>People who did not agree to be named never appear in the report.</source>
        <translation>Wie niet heeft ingestemd om genoemd te worden, komt nooit in het verslag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="70"/>
        <source>Generate report</source>
        <translation>Verslag maken</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="76"/>
        <source>Choose what goes in, then generate the report.</source>
        <translation>Kies wat erin komt en maak dan het verslag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="78"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="79"/>
        <source>Open in PDF viewer</source>
        <translation>Openen in PDF-lezer</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="80"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="91"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="93"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="188"/>
        <source>Writing the report…</source>
        <translation>Het verslag wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/report/page.py" line="213"/>
        <source>Report ready: %n page(s).</source>
        <translation>
            <numerusform>Verslag klaar: %n pagina.</numerusform>
            <numerusform>Verslag klaar: %n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="220"/>
        <source>The report could not be made: {error}</source>
        <translation>Het verslag kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="235"/>
        <source>report</source>
        <comment>part of the suggested file name</comment>
        <translation>verslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="242"/>
        <source>Save report as</source>
        <translation>Verslag opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="243"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="253"/>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="254"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="257"/>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="263"/>
        <source>No PDF viewer could be started; use Save as… instead.</source>
        <translation>Er kon geen PDF-lezer worden gestart; gebruik Opslaan als….</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="264"/>
        <source>Open report</source>
        <translation>Verslag openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="283"/>
        <source>Print report</source>
        <translation>Verslag afdrukken</translation>
    </message>
    <message>
        <location filename="../../app/ui/report/page.py" line="283"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/report.py" line="17"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="18"/>
        <source>Report written: {path} ({pages} pages)</source>
        <translation>Verslag geschreven: {path} ({pages} pagina&apos;s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="19"/>
        <source>--include-emails needs --include-participants.</source>
        <translation>--include-emails werkt alleen samen met --include-participants.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="20"/>
        <source>Skipped {title}: {reason}</source>
        <translation>Overgeslagen: {title}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="21"/>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="22"/>
        <source>Nothing to print for this session.</source>
        <translation>Voor deze sessie is er niets om af te drukken.</translation>
    </message>
</context>
</TS>
