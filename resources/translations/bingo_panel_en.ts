<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BingoControl</name>
    <message numerus="yes">
        <source>{heard} of %n statement(s) heard · {cards} of {all} cards meet the win rule</source>
        <translation>
            <numerusform>{heard} of %n statement heard · {cards} of {all} cards meet the win rule</numerusform>
            <numerusform>{heard} of %n statements heard · {cards} of {all} cards meet the win rule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoPanel</name>
    <message numerus="yes">
        <source>%n statement(s) match “{query}”: type more words or the number.</source>
        <translation>
            <numerusform>%n statement matches “{query}”: type more words or the number.</numerusform>
            <numerusform>%n statements match “{query}”: type more words or the number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card {number} (check {code}) WINS: %n statement(s) heard.</source>
        <translation>
            <numerusform>Card {number} (check {code}) WINS: %n statement heard.</numerusform>
            <numerusform>Card {number} (check {code}) WINS: %n statements heard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Card {number} (check {code}) does not win yet: %n heard.</source>
        <translation>
            <numerusform>Card {number} (check {code}) does not win yet: %n heard.</numerusform>
            <numerusform>Card {number} (check {code}) does not win yet: %n heard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{heard} of %n statement(s) heard</source>
        <translation>
            <numerusform>{heard} of %n statement heard</numerusform>
            <numerusform>{heard} of %n statements heard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoReport</name>
    <message numerus="yes">
        <source>{heard} of {total} statements were heard; %n winner(s).</source>
        <translation>
            <numerusform>{heard} of {total} statements were heard; %n winner.</numerusform>
            <numerusform>{heard} of {total} statements were heard; %n winners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BingoSetup</name>
    <message numerus="yes">
        <source>%n card(s) of {k} statements each, from a pool of {pool}.</source>
        <translation>
            <numerusform>%n card of {k} statements, from a pool of {pool}.</numerusform>
            <numerusform>%n cards of {k} statements each, from a pool of {pool}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) saved to {path}.</source>
        <translation>
            <numerusform>%n card saved to {path}.</numerusform>
            <numerusform>%n cards saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statement pool: %n statement(s)</source>
        <translation>
            <numerusform>Statement pool: %n statement</numerusform>
            <numerusform>Statement pool: %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) imported.</source>
        <translation>
            <numerusform>%n statement imported.</numerusform>
            <numerusform>%n statements imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) per page</source>
        <translation>
            <numerusform>%n card per page</numerusform>
            <numerusform>%n cards per page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message numerus="yes">
        <source>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</source>
        <translation>
            <numerusform>Nobody is marked present: the rotation seats everyone registered (%n person). Mark people present on the participants page, then make a new rotation.</numerusform>
            <numerusform>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n participant(s) will be imported.</source>
        <translation>
            <numerusform>%n participant will be imported.</numerusform>
            <numerusform>%n participants will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) · encoding {encoding} · separator “{delimiter}”</source>
        <translation>
            <numerusform>%n row · encoding {encoding} · separator “{delimiter}”</numerusform>
            <numerusform>%n rows · encoding {encoding} · separator “{delimiter}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetGreetSetup</name>
    <message numerus="yes">
        <source>%n registered people: {tables}. The rotation is made on the day from the people marked present; nobody meets the same person twice while possible.</source>
        <translation>
            <numerusform>%n registered person: {tables}. The rotation is made on the day from the people marked present; nobody meets the same person twice while possible.</numerusform>
            <numerusform>%n registered people: {tables}. The rotation is made on the day from the people marked present; nobody meets the same person twice while possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) × {minutes} min ≈ {needed} min with changing tables</source>
        <translation>
            <numerusform>%n round × {minutes} min ≈ {needed} min with changing tables</numerusform>
            <numerusform>%n rounds × {minutes} min ≈ {needed} min with changing tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>Delete %n participant(s)?</source>
        <translation>
            <numerusform>Delete %n participant?</numerusform>
            <numerusform>Delete %n participants?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintablesDialog</name>
    <message numerus="yes">
        <source>%n PDF(s) saved in {folder}</source>
        <translation>
            <numerusform>%n PDF saved in {folder}</numerusform>
            <numerusform>%n PDFs saved in {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n round(s) at up to {tables} tables: {people} people, {pairs} pairs met.</source>
        <translation>
            <numerusform>%n round at up to {tables} tables: {people} people, {pairs} pairs met.</numerusform>
            <numerusform>%n rounds at up to {tables} tables: {people} people, {pairs} pairs met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>Report ready: %n page(s).</source>
        <translation>
            <numerusform>Report ready: %n page.</numerusform>
            <numerusform>Report ready: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <source>Open at {url} · code {code} · %n phone(s) connected</source>
        <translation>
            <numerusform>Open at {url} · code {code} · %n phone connected</numerusform>
            <numerusform>Open at {url} · code {code} · %n phones connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message numerus="yes">
        <source>Groups made for %n round(s), {people} people; rounds started: {started}.</source>
        <translation>
            <numerusform>Groups made for %n round, {people} people; rounds started: {started}.</numerusform>
            <numerusform>Groups made for %n rounds, {people} people; rounds started: {started}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message numerus="yes">
        <source>Connection back: %n waiting edit(s) saved.</source>
        <translation>
            <numerusform>Connection back: %n waiting edit saved.</numerusform>
            <numerusform>Connection back: %n waiting edits saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n card(s) written to {path}</source>
        <translation>
            <numerusform>%n card written to {path}</numerusform>
            <numerusform>%n cards written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
