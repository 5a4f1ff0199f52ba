<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BoardPanel</name>
    <message>
        <source>Show on the beamer</source>
        <translation>Toon op de beamer</translation>
    </message>
    <message>
        <source>Posts waiting for approval:</source>
        <translation>Berichten die op goedkeuring wachten:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>The board has no free row left for this post: make room on the sheet, then show it again.</source>
        <translation>Het bord heeft geen vrije regel meer voor dit bericht: maak plaats op het blad en toon het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>PhoneClaims</name>
    <message>
        <source>Bingo calls from phones:</source>
        <translation>Bingo-meldingen van telefoons:</translation>
    </message>
    <message>
        <source>Card {number} calls bingo</source>
        <translation>Kaart {number} roept bingo</translation>
    </message>
</context>
</TS>
