<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Bingo</name>
    <message>
        <location filename="../../app/core/bingo.py" line="34"/>
        <source>Grid 4 × 4</source>
        <translation>Rooster 4 × 4</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="35"/>
        <source>Grid 5 × 5</source>
        <translation>Rooster 5 × 5</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="36"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="39"/>
        <source>A number of statements crossed</source>
        <translation>Een aantal uitspraken geschrapt</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="40"/>
        <source>A full row, column or diagonal</source>
        <translation>Een volle rij, kolom of diagonaal</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="41"/>
        <source>The full card</source>
        <translation>De volle kaart</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="75"/>
        <source>A list card needs at least one line.</source>
        <translation>Een lijstkaart heeft minstens één regel nodig.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="77"/>
        <source>Unknown card layout: {name}</source>
        <translation>Onbekende kaartindeling: {name}</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="91"/>
        <source>Unknown win rule: {kind}</source>
        <translation>Onbekende winregel: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="94"/>
        <source>A list card has no lines; choose another rule.</source>
        <translation>Een lijstkaart heeft geen rijen; kies een andere winregel.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="98"/>
        <source>The number to cross must be at least 1.</source>
        <translation>Het aantal te schrappen uitspraken moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="101"/>
        <source>A card has only {cells} statements; the target is {n}.</source>
        <translation>Een kaart heeft maar {cells} uitspraken; het doel is {n}.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="159"/>
        <source>The pool has {n} statements; a card needs {k}.</source>
        <translation>De pool heeft {n} uitspraken; een kaart heeft er {k} nodig.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="165"/>
        <source>This pool allows at most {max} different cards.</source>
        <translation>Met deze pool kunnen hoogstens {max} verschillende kaarten gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo.py" line="301"/>
        <source>Could not make enough different cards.</source>
        <translation>Er konden niet genoeg verschillende kaarten gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo_pool.py" line="74"/>
        <source>A statement cannot be empty.</source>
        <translation>Een uitspraak mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo_pool.py" line="76"/>
        <source>A statement can have at most 140 characters.</source>
        <translation>Een uitspraak mag hoogstens 140 tekens lang zijn.</translation>
    </message>
    <message>
        <location filename="../../app/core/bingo_pool.py" line="99"/>
        <source>Already in the pool.</source>
        <translation>Staat al in de pool.</translation>
    </message>
</context>
<context>
    <name>BingoBeamer</name>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="61"/>
        <source>Sector bingo</source>
        <translation>Sectorbingo</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="63"/>
        <source>statements heard</source>
        <translation>uitspraken gehoord</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="70"/>
        <source>Just heard:</source>
        <translation>Net gehoord:</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="71"/>
        <source>Listen well: nothing crossed yet.</source>
        <translation>Luister goed: nog niets geschrapt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="81"/>
        <source>1 card can call BINGO</source>
        <translation>1 kaart mag BINGO roepen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="83"/>
        <source>{n} cards can call BINGO</source>
        <translation>{n} kaarten mogen BINGO roepen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/beamer.py" line="89"/>
        <source>Winner: card {card:03d}</source>
        <translation>Winnaar: kaart {card:03d}</translation>
    </message>
</context>
<context>
    <name>BingoCards</name>
    <message>
        <location filename="../../printables/bingo_cards.py" line="31"/>
        <source>Sector bingo</source>
        <translation>Sectorbingo</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="32"/>
        <source>Card {number}</source>
        <translation>Kaart {number}</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="33"/>
        <source>check {code}</source>
        <translation>controle {code}</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="34"/>
        <source>FREE</source>
        <translation>VRIJ</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="35"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="36"/>
        <source>Cross out every statement you hear today. {n} crossed? Call BINGO!</source>
        <translation>Schrap elke uitspraak die je vandaag hoort. {n} geschrapt? Roep BINGO!</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="39"/>
        <source>Cross out what you hear. A full row, column or diagonal? Call BINGO!</source>
        <translation>Schrap wat je hoort. Een volle rij, kolom of diagonaal? Roep BINGO!</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="42"/>
        <source>Cross out what you hear. The whole card? Call BINGO!</source>
        <translation>Schrap wat je hoort. De hele kaart vol? Roep BINGO!</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="43"/>
        <source>Write your own card</source>
        <translation>Schrijf je eigen kaart</translation>
    </message>
    <message>
        <location filename="../../printables/bingo_cards.py" line="44"/>
        <source>Write down what you expect to hear today, then cross it out when you do.</source>
        <translation>Noteer wat je vandaag verwacht te horen en schrap het zodra je het hoort.</translation>
    </message>
</context>
<context>
    <name>BingoControl</name>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="71"/>
        <source>Number or words of a statement, Enter marks it (Ctrl+F)</source>
        <translation>Nummer of woorden van een uitspraak, Enter schrapt ze (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="84"/>
        <source>Undo last mark (Ctrl+Z)</source>
        <translation>Laatste schrapping ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="86"/>
        <source>Unmark selected</source>
        <translation>Selectie niet meer schrappen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="97"/>
        <source>Someone called bingo? Check the card:</source>
        <translation>Iemand riep bingo? Controleer de kaart:</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="101"/>
        <source>Card </source>
        <translation>Kaart </translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="102"/>
        <source>Check card</source>
        <translation>Kaart controleren</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="117"/>
        <source>Winner&apos;s name</source>
        <translation>Naam van de winnaar</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="118"/>
        <source>Confirm winner</source>
        <translation>Winnaar bevestigen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="124"/>
        <source>Winners</source>
        <translation>Winnaars</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="138"/>
        <source>{heard} of {total} statements heard · {cards} of {all} cards meet the win rule</source>
        <translation>{heard} van {total} uitspraken gehoord · {cards} van {all} kaarten halen de winregel</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="163"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="164"/>
        <source>{time} · card {card:03d} · {name}</source>
        <translation>{time} · kaart {card:03d} · {name}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="181"/>
        <source>Heard at {time}: {text}</source>
        <translation>Gehoord om {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="201"/>
        <source>No statement matches “{query}”.</source>
        <translation>Geen enkele uitspraak past bij “{query}”.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="204"/>
        <source>{n} statements match “{query}”; type more words or the number.</source>
        <translation>{n} uitspraken passen bij “{query}”; typ meer woorden of het nummer.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="212"/>
        <source>Nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="215"/>
        <source>Taken back: {text}</source>
        <translation>Teruggenomen: {text}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="232"/>
        <source>There is no card {number:03d}.</source>
        <translation>Er is geen kaart {number:03d}.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="241"/>
        <source>Card {number:03d} (check {code}) WINS: {heard} statements heard.</source>
        <translation>Kaart {number:03d} (controle {code}) WINT: {heard} uitspraken gehoord.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/control.py" line="243"/>
        <source>Card {number:03d} (check {code}) does not win yet: {heard} heard.</source>
        <translation>Kaart {number:03d} (controle {code}) wint nog niet: {heard} gehoord.</translation>
    </message>
</context>
<context>
    <name>BingoReport</name>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="23"/>
        <source>{heard} of {total} statements were heard; {winners} winner(s).</source>
        <translation>{heard} van {total} uitspraken werden gehoord; {winners} winnaar(s).</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="26"/>
        <source>Heard, in order</source>
        <translation>Gehoord, in volgorde</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="27"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="28"/>
        <source>Statement</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="29"/>
        <source>Most heard</source>
        <translation>Meest gehoord</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="30"/>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="31"/>
        <source>Winners</source>
        <translation>Winnaars</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="32"/>
        <source>card {card:03d}</source>
        <translation>kaart {card:03d}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="33"/>
        <source>No statements were marked as heard.</source>
        <translation>Er werden geen uitspraken als gehoord aangeduid.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/report.py" line="34"/>
        <source>Never heard</source>
        <translation>Nooit gehoord</translation>
    </message>
</context>
<context>
    <name>BingoSetup</name>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="71"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="72"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="73"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="74"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="75"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="76"/>
        <source>Import text file…</source>
        <translation>Tekstbestand importeren…</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="77"/>
        <source>Reset to default</source>
        <translation>Standaardpool terugzetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/activities/bingo/setup.py" line="99"/>
        <source>Statement pool: %n statement(s)</source>
        <translation>
            <numerusform>Uitsprakenpool: %n uitspraak</numerusform>
            <numerusform>Uitsprakenpool: %n uitspraken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="100"/>
        <source> (edited for this session)</source>
        <translation> (aangepast voor deze bijeenkomst)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="100"/>
        <source> (default)</source>
        <translation> (standaard)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="114"/>
        <source>Statement:</source>
        <translation>Uitspraak:</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="125"/>
        <source>Add a statement</source>
        <translation>Uitspraak toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="144"/>
        <source>Edit the statement</source>
        <translation>Uitspraak bewerken</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="171"/>
        <source>Import statements</source>
        <translation>Uitspraken importeren</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="171"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="178"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Kon {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="185"/>
        <source>line {n}: {why}</source>
        <translation>regel {n}: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/activities/bingo/setup.py" line="187"/>
        <source>%n statement(s) imported.</source>
        <translation>
            <numerusform>%n uitspraak geïmporteerd.</numerusform>
            <numerusform>%n uitspraken geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="189"/>
        <source>Skipped: {lines}</source>
        <translation>Overgeslagen: {lines}</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="194"/>
        <source>Reset the pool</source>
        <translation>Pool terugzetten</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="195"/>
        <source>Replace this session&apos;s statements by the default pool?</source>
        <translation>De uitspraken van deze bijeenkomst vervangen door de standaardpool?</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="199"/>
        <source>The default pool is back.</source>
        <translation>De standaardpool is terug.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="209"/>
        <source>Free centre cell (5 × 5)</source>
        <translation>Vrij middenvak (5 × 5)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="217"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/activities/bingo/setup.py" line="220"/>
        <source>%n card(s) per page</source>
        <translation>
            <numerusform>%n kaart per pagina</numerusform>
            <numerusform>%n kaarten per pagina</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="221"/>
        <source>Print participants&apos; names on the cards</source>
        <translation>Namen van deelnemers op de kaarten drukken</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="222"/>
        <source>Add a blank “write your own” card</source>
        <translation>Een lege kaart “schrijf je eigen” toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="223"/>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="225"/>
        <source>Win rule</source>
        <translation>Winregel</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="226"/>
        <source>Statements to cross</source>
        <translation>Te schrappen uitspraken</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="227"/>
        <source>Number of cards</source>
        <translation>Aantal kaarten</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="228"/>
        <source>Per A4 page</source>
        <translation>Per A4-pagina</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="235"/>
        <source>Print cards…</source>
        <translation>Kaarten afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="297"/>
        <source>{cards} cards of {k} statements each, from a pool of {pool}.</source>
        <translation>{cards} kaarten met elk {k} uitspraken, uit een pool van {pool}.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="305"/>
        <source>Save bingo cards</source>
        <translation>Bingokaarten opslaan</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="305"/>
        <source>bingo-cards.pdf</source>
        <translation>bingokaarten.pdf</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="306"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="334"/>
        <source>{n} cards saved to {path}.</source>
        <translation>{n} kaarten opgeslagen in {path}.</translation>
    </message>
    <message>
        <location filename="../../app/activities/bingo/setup.py" line="341"/>
        <source>The cards could not be saved: {reason}</source>
        <translation>De kaarten konden niet opgeslagen worden: {reason}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/bingo.py" line="41"/>
        <source>The number of cards must be between 1 and {max}.</source>
        <translation>Het aantal kaarten moet tussen 1 en {max} liggen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/bingo.py" line="51"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/bingo.py" line="63"/>
        <source>Session {id} has no bingo in its agenda.</source>
        <translation>Bijeenkomst {id} heeft geen bingo in de agenda.</translation>
    </message>
    <message>
        <location filename="../../app/cli/bingo.py" line="75"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/bingo.py" line="79"/>
        <source>{n} cards written to {path}</source>
        <translation>{n} kaarten geschreven naar {path}</translation>
    </message>
</context>
</TS>
