<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Report</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Bijlage</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Also show activities without results</source>
        <translation>Ook onderdelen zonder resultaten tonen</translation>
    </message>
    <message>
        <source>By default an activity without results appears only in the agenda.</source>
        <translation>Standaard staat een onderdeel zonder resultaten alleen in de agenda.</translation>
    </message>
</context>
<context>
    <name>StatementsReport</name>
    <message>
        <source>Statements not discussed</source>
        <translation>Niet besproken stellingen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) not discussed: listed in the appendix.</source>
        <translation>
            <numerusform>%n stelling niet besproken: zie de bijlage.</numerusform>
            <numerusform>%n stellingen niet besproken: zie de bijlage.</numerusform>
        </translation>
    </message>
</context>
</TS>
