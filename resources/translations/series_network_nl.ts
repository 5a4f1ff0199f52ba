<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionsPage</name>
    <message>
        <source>What we agreed last time</source>
        <translation>Wat we vorige keer afspraken</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>What we agreed last time</source>
        <translation>Wat we vorige keer afspraken</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>What we agreed last time</source>
        <translation>Wat we vorige keer afspraken</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>FollowupBeamer</name>
    <message>
        <source>Nothing to follow up from last time.</source>
        <translation>Niets op te volgen van vorige keer.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupList</name>
    <message>
        <source>Agreed in “{title}”:</source>
        <translation>Afgesproken in “{title}”:</translation>
    </message>
    <message>
        <source>Nothing was agreed in “{title}”.</source>
        <translation>In “{title}” werd niets afgesproken.</translation>
    </message>
    <message>
        <source>Status of “{what}”</source>
        <translation>Stand van “{what}”</translation>
    </message>
    <message>
        <source>This meeting has no earlier meeting in a series, so there is nothing to follow up.</source>
        <translation>Deze bijeenkomst heeft geen eerdere bijeenkomst in een reeks, dus er is niets op te volgen.</translation>
    </message>
</context>
<context>
    <name>FollowupReport</name>
    <message>
        <source>Agreed in “{title}”.</source>
        <translation>Afgesproken in “{title}”.</translation>
    </message>
    <message>
        <source>Nothing was agreed at the previous meeting.</source>
        <translation>Op de vorige bijeenkomst werd niets afgesproken.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>FollowupSetup</name>
    <message>
        <source>On the beamer: the actions agreed at the previous meeting of the series, each with its fate (done, in progress, dropped). Change a fate here, on the Actions tab or in the run console: the beamer follows at once.</source>
        <translation>Op de beamer: de acties die op de vorige bijeenkomst van de reeks werden afgesproken, elk met hoe het ermee staat (afgerond, bezig, vervallen). Wijzig dat hier, op het tabblad Acties of in de regiekamer: de beamer volgt meteen.</translation>
    </message>
</context>
<context>
    <name>SeriesReport</name>
    <message>
        <source>Actions and their fate</source>
        <translation>Acties en hoe het ermee staat</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Instemming</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Verdeeldheid</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Er werden geen acties afgesproken.</translation>
    </message>
    <message>
        <source>No reflection on the value of the network was written down.</source>
        <translation>Er werd geen reflectie op de waarde van het netwerk genoteerd.</translation>
    </message>
    <message>
        <source>No statement was voted in more than one meeting.</source>
        <translation>Geen enkele stelling werd op meer dan één bijeenkomst gestemd.</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Andere organisaties</translation>
    </message>
    <message>
        <source>People who came per meeting (registered people when nobody was checked in), by organisation. An organisation is named only where someone of it agreed to be named.</source>
        <translation>Wie er per bijeenkomst kwam (de ingeschrevenen als niemand werd aangemeld), per organisatie. Een organisatie wordt alleen vermeld waar iemand ervan toestemming gaf om vermeld te worden.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Report of the network across its meetings</source>
        <translation>Verslag van het netwerk over zijn bijeenkomsten heen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <source>Statements voted in more than one meeting</source>
        <translation>Stellingen gestemd op meer dan één bijeenkomst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>What the network brings</source>
        <translation>Wat het netwerk oplevert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>SeriesReportAction</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>Series &amp;report…</source>
        <translation>&amp;Reeksverslag…</translation>
    </message>
    <message>
        <source>Series report</source>
        <translation>Reeksverslag</translation>
    </message>
    <message>
        <source>The series report was not written</source>
        <translation>Het reeksverslag werd niet geschreven</translation>
    </message>
    <message>
        <source>This session is not part of a series.</source>
        <translation>Deze sessie hoort niet bij een reeks.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--series makes the report of a whole series: leave out --session and the participant options.</source>
        <translation>--series maakt het verslag van een hele reeks: laat --session en de opties voor deelnemers weg.</translation>
    </message>
    <message>
        <source>Series report written: {path} ({pages} pages)</source>
        <translation>Reeksverslag geschreven: {path} ({pages} pagina’s)</translation>
    </message>
    <message>
        <source>There is no series with id {id}.</source>
        <translation>Er is geen reeks met id {id}.</translation>
    </message>
</context>
<context>
    <name>encounters</name>
    <message numerus="yes">
        <source>Each person meets on average %n people they have not met before in this network.</source>
        <translation>
            <numerusform>Iedereen ontmoet gemiddeld %n persoon die hij of zij nog niet kende in dit netwerk.</numerusform>
            <numerusform>Iedereen ontmoet gemiddeld %n mensen die hij of zij nog niet kende in dit netwerk.</numerusform>
        </translation>
    </message>
</context>
</TS>
