<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Report</name>
    <message>
        <location filename="../../printables/report.py" line="39" />
        <source>Meeting report</source>
        <translation>Verslag van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="40" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="41" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="42" />
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="43" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="44" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="45" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="46" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="47" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="48" />
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="49" />
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="50" />
        <source>Activity</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="51" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="52" />
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="53" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="54" />
        <source>No results recorded.</source>
        <translation>Geen resultaten vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="55" />
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="56" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="57" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="58" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="59" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="60" />
        <source>No action items were agreed.</source>
        <translation>Er zijn geen actiepunten afgesproken.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="61" />
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="62" />
        <source>Only people who agreed to be named in the report are listed.</source>
        <translation>Alleen wie heeft ingestemd om in het verslag genoemd te worden, staat in deze lijst.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="65" />
        <source>Nobody agreed to be named in the report.</source>
        <translation>Niemand heeft ingestemd om in het verslag genoemd te worden.</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="66" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="67" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="68" />
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="69" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="70" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../printables/report.py" line="71" />
        <source>This section could not be made: {error}</source>
        <translation>Dit onderdeel kon niet worden gemaakt: {error}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/report.py" line="15" />
        <source>No session with id {id}.</source>
        <translation>Er is geen bijeenkomst met id {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="16" />
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="17" />
        <source>Report written: {path} ({pages} pages)</source>
        <translation>Verslag geschreven: {path} ({pages} pagina's)</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="18" />
        <source>--include-emails needs --include-participants.</source>
        <translation>--include-emails werkt alleen samen met --include-participants.</translation>
    </message>
</context>
</TS>