<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BingoBeamer</name>
    <message numerus="yes">
        <source>%n card(s) can call BINGO</source>
        <translation>
            <numerusform>%n card can call BINGO</numerusform>
            <numerusform>%n cards can call BINGO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more card(s) can call BINGO</source>
        <translation>
            <numerusform>%n more card can call BINGO</numerusform>
            <numerusform>%n more cards can call BINGO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n winner(s) so far</source>
        <translation>
            <numerusform>%n winner so far</numerusform>
            <numerusform>%n winners so far</numerusform>
        </translation>
    </message>
</context>
</TS>
