<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BreakoutSetup</name>
    <message>
        <source>Add a round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Could not save the PDF: {error}</source>
        <translation>De PDF kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message numerus="yes">
        <source>Groups made for %n round(s), {people} people; rounds started: {started}.</source>
        <translation>
            <numerusform>Groepen gemaakt voor %n ronde, {people} mensen; rondes begonnen: {started}.</numerusform>
            <numerusform>Groepen gemaakt voor %n rondes, {people} mensen; rondes begonnen: {started}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Uit elkaar houden</translation>
    </message>
    <message>
        <source>Keep apart (never at one table)</source>
        <translation>Uit elkaar houden (nooit aan één tafel)</translation>
    </message>
    <message>
        <source>Make groups (rounds not started)</source>
        <translation>Groepen maken (rondes die nog niet begonnen zijn)</translation>
    </message>
    <message>
        <source>Make the groups first, then print them.</source>
        <translation>Maak eerst de groepen, druk ze daarna af.</translation>
    </message>
    <message>
        <source>Making groups…</source>
        <translation>Groepen maken…</translation>
    </message>
    <message>
        <source>No groups made yet.</source>
        <translation>Nog geen groepen gemaakt.</translation>
    </message>
    <message>
        <source>No hosts.</source>
        <translation>Geen gastheren of -vrouwen.</translation>
    </message>
    <message>
        <source>Nobody meets anyone twice and colleagues sit apart.</source>
        <translation>Niemand ontmoet iemand twee keer en collega’s zitten apart.</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <source>Print group lists and table cards…</source>
        <translation>Groepslijsten en tafelkaarten afdrukken…</translation>
    </message>
    <message>
        <source>Ready-made questions:</source>
        <translation>Kant-en-klare vragen:</translation>
    </message>
    <message>
        <source>Remove host</source>
        <translation>Gastheer/-vrouw verwijderen</translation>
    </message>
    <message>
        <source>Remove the last round</source>
        <translation>Laatste ronde verwijderen</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>Set host</source>
        <translation>Gastheer/-vrouw instellen</translation>
    </message>
    <message>
        <source>Table cards per table</source>
        <translation>Tafelkaarten per tafel</translation>
    </message>
    <message>
        <source>Table hosts (stay at their table every round)</source>
        <translation>Tafelgastheren en -vrouwen (blijven elke ronde aan hun tafel)</translation>
    </message>
    <message>
        <source>Use these questions</source>
        <translation>Deze vragen gebruiken</translation>
    </message>
    <message>
        <source>table </source>
        <translation>tafel </translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} en {b}</translation>
    </message>
    <message>
        <source>{name} at table {n}</source>
        <translation>{name} aan tafel {n}</translation>
    </message>
</context>
<context>
    <name>MeetGreetBeamer</name>
    <message>
        <source>Find your table</source>
        <translation>Zoek je tafel</translation>
    </message>
    <message>
        <source>Round {k} of {n}: go to your next table</source>
        <translation>Ronde {k} van {n}: ga naar je volgende tafel</translation>
    </message>
    <message>
        <source>Switch!</source>
        <translation>Wisselen!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank je wel!</translation>
    </message>
    <message>
        <source>That was the last round.</source>
        <translation>Dat was de laatste ronde.</translation>
    </message>
</context>
<context>
    <name>MeetGreetControl</name>
    <message>
        <source>All rounds done. Next moves on in the agenda.</source>
        <translation>Alle rondes gedaan. Volgende gaat door in het programma.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>End round now</source>
        <translation>Ronde nu beëindigen</translation>
    </message>
    <message>
        <source>Fewer than two people are marked present: mark people present on the participants page, then make a new rotation.</source>
        <translation>Minder dan twee mensen staan op aanwezig: zet mensen op aanwezig bij Deelnemers en maak dan een nieuwe indeling.</translation>
    </message>
    <message>
        <source>Free mingling. Next starts the timer, then moves on.</source>
        <translation>Vrij rondlopen. Volgende start de timer en gaat daarna door.</translation>
    </message>
    <message>
        <source>New rotation</source>
        <translation>Nieuwe indeling</translation>
    </message>
    <message>
        <source>New rotation with present people</source>
        <translation>Nieuwe indeling met de aanwezigen</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</source>
        <translation>
            <numerusform>Niemand is als aanwezig aangeduid: de rotatie plaatst iedereen die ingeschreven is (%n persoon). Duid aanwezigen aan op de deelnemerspagina en maak dan een nieuwe rotatie.</numerusform>
            <numerusform>Niemand is als aanwezig aangeduid: de rotatie plaatst iedereen die ingeschreven is (%n mensen). Duid aanwezigen aan op de deelnemerspagina en maak dan een nieuwe rotatie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the rotation (arrived later): {names}</source>
        <translation>Niet in de indeling (later binnengekomen): {names}</translation>
    </message>
    <message>
        <source>Print schedule and table cards…</source>
        <translation>Tafelschema en tafelkaarten afdrukken…</translation>
    </message>
    <message>
        <source>Start next round</source>
        <translation>Volgende ronde starten</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <source>The rounds held so far stay as they were; the coming rounds get new tables for everyone present now, avoiding people who already met. Go ahead?</source>
        <translation>De rondes die al geweest zijn blijven zoals ze waren; de komende rondes krijgen nieuwe tafels voor iedereen die nu aanwezig is, zonder mensen die elkaar al spraken opnieuw samen te zetten. Doorgaan?</translation>
    </message>
    <message>
        <source>Type a name to find someone's table</source>
        <translation>Typ een naam om iemands tafel te vinden</translation>
    </message>
    <message>
        <source>now table {t}</source>
        <translation>nu tafel {t}</translation>
    </message>
    <message>
        <source>round {k}: table {t}</source>
        <translation>ronde {k}: tafel {t}</translation>
    </message>
    <message>
        <source>{round} is over: the beamer says “Switch!”.</source>
        <translation>{round} is voorbij: de beamer toont “Wisselen!”.</translation>
    </message>
    <message>
        <source>{round}: ready. Next starts the round.</source>
        <translation>{round}: klaar. Volgende start de ronde.</translation>
    </message>
    <message>
        <source>{round}: running.</source>
        <translation>{round}: loopt.</translation>
    </message>
</context>
<context>
    <name>MeetGreetRuntime</name>
    <message>
        <source>Round {k} of {n}</source>
        <translation>Ronde {k} van {n}</translation>
    </message>
</context>
</TS>
