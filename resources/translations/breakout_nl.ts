<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>BreakoutControl</name>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="108" />
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="112" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="113" />
        <source>Who sits where</source>
        <translation>Wie zit waar</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="114" />
        <source>Plenary: key points</source>
        <translation>Plenair: kernpunten</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="128" />
        <source>Make groups for rounds not started</source>
        <translation>Groepen maken voor rondes die nog niet begonnen zijn</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="156" />
        <source>Groups in this round: {groups} · rounds started: {started} of {rounds}</source>
        <translation>Groepen in deze ronde: {groups} · rondes begonnen: {started} van {rounds}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="162" />
        <source>No groups yet for this round.</source>
        <translation>Nog geen groepen voor deze ronde.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="167" />
        <source>Table {n}: {names}</source>
        <translation>Tafel {n}: {names}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="187" />
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="213" />
        <source>Making groups…</source>
        <translation>Groepen maken…</translation>
    </message>
</context>
<context>
    <name>BreakoutReport</name>
    <message>
        <location filename="../../app/activities/breakout/report.py" line="20" />
        <source>Key points</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/report.py" line="21" />
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/report.py" line="22" />
        <source>Table {n}</source>
        <translation>Tafel {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/report.py" line="23" />
        <source>No notes were taken.</source>
        <translation>Er zijn geen aantekeningen gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/report.py" line="24" />
        <source>Groups: {groups} · people: {people}</source>
        <translation>Groepen: {groups} · mensen: {people}</translation>
    </message>
</context>
<context>
    <name>GroupPrintables</name>
    <message>
        <location filename="../../printables/groups.py" line="22" />
        <source>Round {n}: who sits where</source>
        <translation>Ronde {n}: wie zit waar</translation>
    </message>
    <message>
        <location filename="../../printables/groups.py" line="23" />
        <source>Table {n}</source>
        <translation>Tafel {n}</translation>
    </message>
    <message>
        <location filename="../../printables/groups.py" line="24" />
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location filename="../../printables/groups.py" line="25" />
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="50" />
        <source>What did this group say?</source>
        <translation>Wat zei deze groep?</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="55" />
        <source>Key point for the plenary</source>
        <translation>Kernpunt voor het plenaire deel</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="82" />
        <source>Someone else wrote here too: both texts are kept, edit them together.</source>
        <translation>Iemand anders schreef hier ook: beide teksten zijn bewaard, werk ze samen bij.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/control.py" line="93" />
        <source>Not saved yet: {error}</source>
        <translation>Nog niet opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>PlenaryPage</name>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="233" />
        <source>No key points marked yet.</source>
        <translation>Nog geen kernpunten aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="237" />
        <source>Round {r}, table {g}: key points</source>
        <translation>Ronde {r}, tafel {g}: kernpunten</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="247" />
        <source>{n} of {count}</source>
        <translation>{n} van {count}</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="118" />
        <source>Round {n} of {count}</source>
        <translation>Ronde {n} van {count}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="121" />
        <source>(no questions set for this round)</source>
        <translation>(geen vragen ingesteld voor deze ronde)</translation>
    </message>
</context>
<context>
    <name>RoundEditor</name>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="41" />
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="46" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="47" />
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="49" />
        <source>One question per line</source>
        <translation>Eén vraag per regel</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="52" />
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="165" />
        <source>Round {n}: who sits where</source>
        <translation>Ronde {n}: wie zit waar</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="168" />
        <source>The groups have not been made yet.</source>
        <translation>De groepen zijn nog niet gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="187" />
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/beamer.py" line="203" />
        <source>Table {n}</source>
        <translation>Tafel {n}</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="72" />
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="76" />
        <source>Number of groups</source>
        <translation>Aantal groepen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="91" />
        <source>Add a round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="93" />
        <source>Remove the last round</source>
        <translation>Laatste ronde verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="102" />
        <source>Use these questions</source>
        <translation>Deze vragen gebruiken</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="104" />
        <source>Ready-made questions:</source>
        <translation>Kant-en-klare vragen:</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="111" />
        <source>Make groups (rounds not started)</source>
        <translation>Groepen maken (rondes die nog niet begonnen zijn)</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="114" />
        <source>Print group lists and table cards…</source>
        <translation>Groepslijsten en tafelkaarten afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="135" />
        <source>Table hosts (stay at their table every round)</source>
        <translation>Tafelgastheren en -vrouwen (blijven elke ronde aan hun tafel)</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="143" />
        <source>table </source>
        <translation>tafel </translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="144" />
        <source>Set host</source>
        <translation>Gastheer/-vrouw instellen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="146" />
        <source>Remove host</source>
        <translation>Gastheer/-vrouw verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="157" />
        <source>Keep apart (never at one table)</source>
        <translation>Uit elkaar houden (nooit aan één tafel)</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="163" />
        <source>Keep apart</source>
        <translation>Uit elkaar houden</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="165" />
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="177" />
        <source>{a} and {b}</source>
        <translation>{a} en {b}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="179" />
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="199" />
        <source>{name} at table {n}</source>
        <translation>{name} aan tafel {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="201" />
        <source>No hosts.</source>
        <translation>Geen gastheren of -vrouwen.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="255" />
        <source>Making groups…</source>
        <translation>Groepen maken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="271" />
        <source>No groups made yet.</source>
        <translation>Nog geen groepen gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="274" />
        <source>Groups made for {rounds} rounds, {people} people; {started} rounds started.</source>
        <translation>Groepen gemaakt voor {rounds} rondes, {people} mensen; {started} rondes begonnen.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="278" />
        <source>Nobody meets anyone twice and colleagues sit apart.</source>
        <translation>Niemand ontmoet iemand twee keer en collega’s zitten apart.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="284" />
        <source>Save group lists</source>
        <translation>Groepslijsten opslaan</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="284" />
        <source>groups.pdf</source>
        <translation>groepen.pdf</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="284" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="296" />
        <source>Make the groups first, then print them.</source>
        <translation>Maak eerst de groepen, druk ze daarna af.</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="317" />
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/activities/breakout/setup.py" line="322" />
        <source>Could not save the PDF: {error}</source>
        <translation>De PDF kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../../app/core/groups.py" line="82" />
        <source>There must be at least one group.</source>
        <translation>Er moet minstens één groep zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="85" />
        <source>{groups} groups need at least {groups} people; there are {people}.</source>
        <translation>{groups} groepen hebben minstens {groups} mensen nodig; er zijn er {people}.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="91" />
        <source>A group needs at least two people.</source>
        <translation>Een groep heeft minstens twee mensen nodig.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="192" />
        <source>Round {round}: {a} and {b} had to sit together although they should not meet.</source>
        <translation>Ronde {round}: {a} en {b} moesten samen aan tafel, hoewel ze elkaar niet zouden treffen.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="196" />
        <source>{count} times two people of the same organisation share a table.</source>
        <translation>{count} keer zitten twee mensen van dezelfde organisatie aan één tafel.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="200" />
        <source>{count} times two people meet again.</source>
        <translation>{count} keer treffen twee mensen elkaar opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="207" />
        <source>There is nobody to put in groups.</source>
        <translation>Er is niemand om in groepen te verdelen.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="209" />
        <source>There must be at least one round.</source>
        <translation>Er moet minstens één ronde zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="212" />
        <source>{locked} rounds have started, but only {rounds} are planned.</source>
        <translation>{locked} rondes zijn begonnen, maar er zijn er maar {rounds} gepland.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="223" />
        <source>{person} hosts table {table}, but there are only {groups} tables.</source>
        <translation>{person} is gastheer/-vrouw van tafel {table}, maar er zijn maar {groups} tafels.</translation>
    </message>
    <message>
        <location filename="../../app/core/groups.py" line="230" />
        <source>Table {table} has {hosts} hosts but seats only {size}.</source>
        <translation>Tafel {table} heeft {hosts} gastheren/-vrouwen, maar slechts {size} plaatsen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups.py" line="39" />
        <source>Nobody is registered in session {id}.</source>
        <translation>Niemand is aangemeld voor bijeenkomst {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups.py" line="41" />
        <source>Nobody in session {id} is marked present (use --everyone for all registered people).</source>
        <translation>Niemand in bijeenkomst {id} is als aanwezig gemarkeerd (gebruik --everyone voor alle aangemelde mensen).</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups.py" line="60" />
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
</context>
</TS>