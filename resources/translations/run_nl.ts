<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BeamerView</name>
    <message>
        <location filename="../../app/activities/meet_greet/beamer.py" line="62"/>
        <source>Switch!</source>
        <translation>Wisselen!</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/beamer.py" line="64"/>
        <source>Round {k} of {n}: go to your next table</source>
        <translation>Ronde {k} van {n}: ga naar je volgende tafel</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/beamer.py" line="76"/>
        <source>Find your table</source>
        <translation>Zoek je tafel</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/beamer.py" line="79"/>
        <source>Thank you!</source>
        <translation>Dank je wel!</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/beamer.py" line="80"/>
        <source>That was the last round.</source>
        <translation>Dat was de laatste ronde.</translation>
    </message>
</context>
<context>
    <name>BeamerWindow</name>
    <message>
        <location filename="../../app/ui/beamer/window.py" line="45"/>
        <source>Tafelronde – beamer</source>
        <translation>Tafelronde – beamer</translation>
    </message>
    <message>
        <location filename="../../app/ui/beamer/window.py" line="53"/>
        <location filename="../../app/ui/beamer/window.py" line="103"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>ConsoleLayout</name>
    <message>
        <location filename="../../app/ui/run/panels.py" line="32"/>
        <source>Double-click an activity to go there</source>
        <translation>Dubbelklik op een onderdeel om ernaartoe te gaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="47"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="48"/>
        <source>PageUp, Left</source>
        <translation>PageUp, pijl links</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="49"/>
        <source>Next / start ▶</source>
        <translation>Volgende / start ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="50"/>
        <source>PageDown, Right, Space</source>
        <translation>PageDown, pijl rechts, spatie</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="51"/>
        <source>Black screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="53"/>
        <source>B or .</source>
        <translation>B of .</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="54"/>
        <source>Pause screen</source>
        <translation>Pauzescherm</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="58"/>
        <source>Message on the pause screen, e.g. Back at 11:15</source>
        <translation>Tekst op het pauzescherm, bijv. Om 11:15 verder</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="61"/>
        <source>Beamer full screen (F5)</source>
        <translation>Beamer schermvullend (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="70"/>
        <source>What the beamer shows</source>
        <translation>Wat de beamer laat zien</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="95"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/panels.py" line="111"/>
        <source>Press Next to start the first activity.</source>
        <translation>Druk op Volgende om het eerste onderdeel te starten.</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="46"/>
        <source>Type a name to find someone&apos;s table</source>
        <translation>Typ een naam om iemands tafel te vinden</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="52"/>
        <source>New rotation with present people</source>
        <translation>Nieuwe indeling met de aanwezigen</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="54"/>
        <source>Print schedule and table cards…</source>
        <translation>Tafelschema en tafelkaarten afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="79"/>
        <source>Free mingling. Next starts the timer, then moves on.</source>
        <translation>Vrij rondlopen. Volgende start de timer en gaat daarna door.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="82"/>
        <source>{round}: ready. Next starts the round.</source>
        <translation>{round}: klaar. Volgende start de ronde.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="83"/>
        <source>{round}: running.</source>
        <translation>{round}: loopt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="84"/>
        <source>{round} is over: the beamer says “Switch!”.</source>
        <translation>{round} is voorbij: de beamer toont “Wisselen!”.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="85"/>
        <source>All rounds done. Next moves on in the agenda.</source>
        <translation>Alle rondes gedaan. Volgende gaat door in het programma.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="89"/>
        <source>Start round</source>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="89"/>
        <source>End round now</source>
        <translation>Ronde nu beëindigen</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="90"/>
        <source>Start next round</source>
        <translation>Volgende ronde starten</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="90"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="98"/>
        <source>Fewer than two people are marked present: mark people present on the participants page, then make a new rotation.</source>
        <translation>Minder dan twee mensen staan op aanwezig: zet mensen op aanwezig bij Deelnemers en maak dan een nieuwe indeling.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="105"/>
        <source>Not in the rotation (arrived later): {names}</source>
        <translation>Niet in de indeling (later binnengekomen): {names}</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="117"/>
        <source>round {k}: table {t}</source>
        <translation>ronde {k}: tafel {t}</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="123"/>
        <source>now table {t}</source>
        <translation>nu tafel {t}</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="129"/>
        <source>New rotation</source>
        <translation>Nieuwe indeling</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="131"/>
        <source>The rounds held so far stay as they were; the coming rounds get new tables for everyone present now, avoiding people who already met. Go ahead?</source>
        <translation>De rondes die al geweest zijn blijven zoals ze waren; de komende rondes krijgen nieuwe tafels voor iedereen die nu aanwezig is, zonder mensen die elkaar al spraken opnieuw samen te zetten. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="143"/>
        <source>Save rotation schedule</source>
        <translation>Tafelschema opslaan</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/control.py" line="143"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MeetGreetPrinting</name>
    <message>
        <location filename="../../app/activities/meet_greet/printing.py" line="32"/>
        <source>Nothing to print</source>
        <translation>Niets af te drukken</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/printing.py" line="33"/>
        <source>There is no rotation yet: mark people present first.</source>
        <translation>Er is nog geen indeling: zet eerst mensen op aanwezig.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/printing.py" line="47"/>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/printing.py" line="48"/>
        <source>The schedule could not be saved: {error}</source>
        <translation>Het tafelschema kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>MeetGreetSetup</name>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="43"/>
        <source>Free mingling with a timer</source>
        <translation>Vrij rondlopen met een timer</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="44"/>
        <source>Speed dating: rounds at numbered tables</source>
        <translation>Speeddaten: rondes aan genummerde tafels</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="54"/>
        <source>Pairs</source>
        <translation>Tweetallen</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="55"/>
        <source>Trios</source>
        <translation>Drietallen</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="59"/>
        <source>Shown under the timer, e.g. Meet someone new</source>
        <translation>Staat onder de timer, bijv. Maak kennis met iemand nieuws</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="70"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="71"/>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="72"/>
        <source>Minutes per round</source>
        <translation>Minuten per ronde</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="73"/>
        <source>Tables of</source>
        <translation>Tafels van</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="74"/>
        <source>Instruction</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="75"/>
        <source>Warning colour</source>
        <translation>Waarschuwingskleur</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="111"/>
        <source>The timer runs for the planned {minutes} minutes; Next starts it on the day.</source>
        <translation>De timer loopt de geplande {minutes} minuten; op de dag start Volgende hem.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="116"/>
        <source>{rounds} rounds × {minutes} min ≈ {needed} min with changing tables</source>
        <translation>{rounds} rondes × {minutes} min ≈ {needed} min met het wisselen van tafel</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="122"/>
        <source>more than the {planned} minutes planned</source>
        <translation>meer dan de geplande {planned} minuten</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="132"/>
        <source>{people} registered people: {tables} tables. The rotation is made on the day from the people marked present; nobody meets the same person twice while possible.</source>
        <translation>{people} aangemelde mensen: {tables} tafels. De indeling wordt op de dag gemaakt uit de aanwezigen; niemand ontmoet iemand twee keer zolang dat te vermijden is.</translation>
    </message>
    <message>
        <location filename="../../app/activities/meet_greet/setup.py" line="158"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <location filename="../../app/ui/run/console.py" line="96"/>
        <source>Run: {title}</source>
        <translation>Uitvoeren: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="99"/>
        <location filename="../../app/ui/run/console.py" line="175"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="175"/>
        <source>Thank you!</source>
        <translation>Dank je wel!</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="177"/>
        <source>No activity running.</source>
        <translation>Er loopt geen onderdeel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="201"/>
        <source>This activity could not be opened; its title is shown.</source>
        <translation>Dit onderdeel kon niet worden geopend; de titel wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="239"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="289"/>
        <source>planned {planned} · actual {actual}</source>
        <translation>gepland {planned} · werkelijk {actual}</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="303"/>
        <source>Session: {actual} of {planned} planned</source>
        <translation>Bijeenkomst: {actual} van {planned} gepland</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="310"/>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="310"/>
        <source>Finished</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="315"/>
        <source>{title}: {actual} of {planned}</source>
        <translation>{title}: {actual} van {planned}</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="322"/>
        <source>{time} over</source>
        <translation>{time} over tijd</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="339"/>
        <source>On schedule</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="341"/>
        <source>{time} behind schedule</source>
        <translation>{time} achter op schema</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/console.py" line="342"/>
        <source>{time} ahead of schedule</source>
        <translation>{time} voor op schema</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <location filename="../../app/activities/meet_greet/runtime.py" line="216"/>
        <source>Round {k} of {n}</source>
        <translation>Ronde {k} van {n}</translation>
    </message>
</context>
<context>
    <name>SegmentSetup</name>
    <message>
        <location filename="../../app/activities/segment/setup.py" line="26"/>
        <source>Optional, e.g. the question of the talk</source>
        <translation>Optioneel, bijv. de vraag van het praatje</translation>
    </message>
    <message>
        <location filename="../../app/activities/segment/setup.py" line="29"/>
        <source>On the beamer: the title, the time left (the planned minutes, started when the run console enters this item) and this caption under it.</source>
        <translation>Op de beamer: de titel, de resterende tijd (de geplande minuten, gestart zodra het presenteren bij dit onderdeel komt) en dit bijschrift eronder.</translation>
    </message>
    <message>
        <location filename="../../app/activities/segment/setup.py" line="41"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location filename="../../app/activities/segment/setup.py" line="42"/>
        <source>Warning colour</source>
        <translation>Waarschuwingskleur</translation>
    </message>
    <message>
        <location filename="../../app/activities/segment/setup.py" line="68"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>TimerControls</name>
    <message>
        <location filename="../../app/widgets/timer.py" line="273"/>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="274"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="275"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="296"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="298"/>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="300"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>TimerSetup</name>
    <message>
        <location filename="../../app/widgets/timer.py" line="48"/>
        <source> s before the end</source>
        <translation> s voor het einde</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timer.py" line="49"/>
        <source>no warning colour</source>
        <translation>geen waarschuwingskleur</translation>
    </message>
</context>
</TS>
