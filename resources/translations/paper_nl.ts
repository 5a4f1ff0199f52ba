<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BingoBeamer</name>
    <message>
        <source>BINGO! Card {card} won</source>
        <translation>BINGO voor kaart {card}</translation>
    </message>
    <message>
        <source>BINGO! {name} won (card {card})</source>
        <translation>BINGO voor {name} (kaart {card})</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) can call BINGO</source>
        <translation>
            <numerusform>%n kaart mag BINGO roepen</numerusform>
            <numerusform>%n kaarten mogen BINGO roepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more card(s) can call BINGO</source>
        <translation>
            <numerusform>nog %n kaart mag BINGO roepen</numerusform>
            <numerusform>nog %n kaarten mogen BINGO roepen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n winner(s) so far</source>
        <translation>
            <numerusform>%n winnaar tot nu toe</numerusform>
            <numerusform>%n winnaars tot nu toe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakoutControl</name>
    <message>
        <source>Names A to Z</source>
        <translation>Namen A tot Z</translation>
    </message>
</context>
<context>
    <name>GroupPrintables</name>
    <message>
        <source>Find your name: the numbers are your table in each round.</source>
        <translation>Zoek je naam: per ronde staat erachter aan welke tafel je zit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Who sits where: names A to Z</source>
        <translation>Wie zit waar: namen van A tot Z</translation>
    </message>
    <message>
        <source>fold here</source>
        <translation>hier vouwen</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <source>Round {n}: find your name, then your table</source>
        <translation>Ronde {n}: zoek je naam, dan je tafel</translation>
    </message>
    <message>
        <source>The groups have not been made yet.</source>
        <translation>De groepen zijn nog niet gemaakt.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Table cards per table</source>
        <translation>Tafelkaarten per tafel</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Table {n}</source>
        <translation>Tafel {n}</translation>
    </message>
</context>
</TS>
