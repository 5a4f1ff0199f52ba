<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BingoControl</name>
    <message numerus="yes">
        <source>{heard} of %n statement(s) heard · {cards} of {all} cards meet the win rule</source>
        <translation>
            <numerusform>{heard} van %n uitspraak gehoord · {cards} van {all} kaarten voldoen aan de winregel</numerusform>
            <numerusform>{heard} van %n uitspraken gehoord · {cards} van {all} kaarten voldoen aan de winregel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoPanel</name>
    <message numerus="yes">
        <source>%n statement(s) match “{query}”: type more words or the number.</source>
        <translation>
            <numerusform>%n uitspraak past bij “{query}”: typ meer woorden of het nummer.</numerusform>
            <numerusform>%n uitspraken passen bij “{query}”: typ meer woorden of het nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Card </source>
        <translation>Kaart </translation>
    </message>
    <message numerus="yes">
        <source>Card {number} (check {code}) WINS: %n statement(s) heard.</source>
        <translation>
            <numerusform>Kaart {number} (controle {code}) WINT: %n uitspraak gehoord.</numerusform>
            <numerusform>Kaart {number} (controle {code}) WINT: %n uitspraken gehoord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card {number} (check {code}) does not win yet: %n heard.</source>
        <translation>
            <numerusform>Kaart {number} (controle {code}) wint nog niet: %n gehoord.</numerusform>
            <numerusform>Kaart {number} (controle {code}) wint nog niet: %n gehoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Confirm winner</source>
        <translation>Winnaar bevestigen</translation>
    </message>
    <message>
        <source>Heard at {time}: {text}</source>
        <translation>Gehoord om {time}: {text}</translation>
    </message>
    <message>
        <source>Heard: number or words, Enter</source>
        <translation>Gehoord: nummer of woorden, Enter</translation>
    </message>
    <message>
        <source>No statement matches “{query}”.</source>
        <translation>Geen uitspraak past bij “{query}”.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Show the winner on the beamer</source>
        <translation>Winnaar op de beamer tonen</translation>
    </message>
    <message>
        <source>Taken back: {text}</source>
        <translation>Teruggenomen: {text}</translation>
    </message>
    <message>
        <source>There is no card {number}.</source>
        <translation>Er is geen kaart {number}.</translation>
    </message>
    <message>
        <source>Undo last mark</source>
        <translation>Laatste aanduiding ongedaan maken</translation>
    </message>
    <message>
        <source>Winner confirmed: card {card}.</source>
        <translation>Winnaar bevestigd: kaart {card}.</translation>
    </message>
    <message>
        <source>Winner's name</source>
        <translation>Naam van de winnaar</translation>
    </message>
    <message>
        <source>Winner: card {card} · {name}</source>
        <translation>Winnaar: kaart {card} · {name}</translation>
    </message>
    <message numerus="yes">
        <source>{heard} of %n statement(s) heard</source>
        <translation>
            <numerusform>{heard} van %n uitspraak gehoord</numerusform>
            <numerusform>{heard} van %n uitspraken gehoord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoReport</name>
    <message numerus="yes">
        <source>{heard} of {total} statements were heard; %n winner(s).</source>
        <translation>
            <numerusform>{heard} van de {total} uitspraken werden gehoord; %n winnaar.</numerusform>
            <numerusform>{heard} van de {total} uitspraken werden gehoord; %n winnaars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoSetup</name>
    <message numerus="yes">
        <source>%n card(s) of {k} statements each, from a pool of {pool}.</source>
        <translation>
            <numerusform>%n kaart met {k} uitspraken, uit een pool van {pool}.</numerusform>
            <numerusform>%n kaarten met elk {k} uitspraken, uit een pool van {pool}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}.</source>
        <translation>
            <numerusform>%n kaart bewaard in {path}.</numerusform>
            <numerusform>%n kaarten bewaard in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message numerus="yes">
        <source>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</source>
        <translation>
            <numerusform>Niemand is als aanwezig aangeduid: de rotatie plaatst iedereen die ingeschreven is (%n persoon). Duid aanwezigen aan op de deelnemerspagina en maak dan een nieuwe rotatie.</numerusform>
            <numerusform>Niemand is als aanwezig aangeduid: de rotatie plaatst iedereen die ingeschreven is (%n mensen). Duid aanwezigen aan op de deelnemerspagina en maak dan een nieuwe rotatie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n participant(s) will be imported.</source>
        <translation>
            <numerusform>%n deelnemer wordt geïmporteerd.</numerusform>
            <numerusform>%n deelnemers worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) · encoding {encoding} · separator “{delimiter}”</source>
        <translation>
            <numerusform>%n rij · codering {encoding} · scheidingsteken “{delimiter}”</numerusform>
            <numerusform>%n rijen · codering {encoding} · scheidingsteken “{delimiter}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetGreetSetup</name>
    <message numerus="yes">
        <source>%n registered people: {tables}. The rotation is made on the day from the people marked present; nobody meets the same person twice while possible.</source>
        <translation>
            <numerusform>%n ingeschreven persoon: {tables}. De rotatie wordt op de dag gemaakt met wie aanwezig is; niemand ontmoet dezelfde persoon twee keer zolang dat kan.</numerusform>
            <numerusform>%n ingeschreven mensen: {tables}. De rotatie wordt op de dag gemaakt met wie aanwezig is; niemand ontmoet dezelfde persoon twee keer zolang dat kan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) × {minutes} min ≈ {needed} min with changing tables</source>
        <translation>
            <numerusform>%n ronde × {minutes} min ≈ {needed} min met het wisselen van tafel</numerusform>
            <numerusform>%n rondes × {minutes} min ≈ {needed} min met het wisselen van tafel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tafel</numerusform>
            <numerusform>%n tafels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>Content language:</source>
        <translation>Taal van de inhoud:</translation>
    </message>
    <message>
        <source>The language of the statements, questions, instructions and bingo pool on the beamer, on phones and in the report, whatever language the app speaks</source>
        <translation>De taal van de stellingen, vragen, instructies en bingo-uitspraken op de beamer, op gsm's en in het verslag, in welke taal de app ook spreekt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Content language:</source>
        <translation>Taal van de inhoud:</translation>
    </message>
    <message>
        <source>The language of the statements, questions, instructions and bingo pool on the beamer, on phones and in the report, whatever language the app speaks</source>
        <translation>De taal van de stellingen, vragen, instructies en bingo-uitspraken op de beamer, op gsm's en in het verslag, in welke taal de app ook spreekt</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>%n deelnemer verwijderen?</numerusform>
            <numerusform>%n deelnemers verwijderen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n round(s) at up to {tables} tables: {people} people, {pairs} pairs met.</source>
        <translation>
            <numerusform>%n ronde aan hoogstens {tables} tafels: {people} mensen, {pairs} duo's ontmoetten elkaar.</numerusform>
            <numerusform>%n rondes aan hoogstens {tables} tafels: {people} mensen, {pairs} duo's ontmoetten elkaar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <source>Open at {url} · code {code} · %n phone(s) connected</source>
        <translation>
            <numerusform>Open op {url} · code {code} · %n gsm verbonden</numerusform>
            <numerusform>Open op {url} · code {code} · %n gsm's verbonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunBingo</name>
    <message>
        <source>Bingo</source>
        <translation>Bingo</translation>
    </message>
    <message>
        <source>Bingo panel (F9)</source>
        <translation>Bingopaneel (F9)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message numerus="yes">
        <source>Groups made for %n round(s), {people} people; rounds started: {started}.</source>
        <translation>
            <numerusform>Groepen gemaakt voor %n ronde, {people} mensen; rondes begonnen: {started}.</numerusform>
            <numerusform>Groepen gemaakt voor %n rondes, {people} mensen; rondes begonnen: {started}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinnerScreen</name>
    <message>
        <source>BINGO!</source>
        <translation>BINGO!</translation>
    </message>
    <message>
        <source>Card {card}</source>
        <translation>Kaart {card}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n card(s) written to {path}</source>
        <translation>
            <numerusform>%n kaart geschreven naar {path}</numerusform>
            <numerusform>%n kaarten geschreven naar {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n deelnemer geïmporteerd.</numerusform>
            <numerusform>%n deelnemers geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
</TS>
