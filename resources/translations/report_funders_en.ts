<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>StatementsReport</name>
    <message numerus="yes">
        <source>%n statement(s) not discussed: listed in the appendix.</source>
        <translation>
            <numerusform>%n statement not discussed: listed in the appendix.</numerusform>
            <numerusform>%n statements not discussed: listed in the appendix.</numerusform>
        </translation>
    </message>
</context>
</TS>
