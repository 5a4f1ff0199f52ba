<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>RoomError</name>
    <message>
        <location filename="../../app/room/server.py" line="104"/>
        <source>This laptop is not connected to a network. Connect to the room&apos;s Wi-Fi and open the room again; the session goes on without phones.</source>
        <translation>Deze laptop is met geen enkel netwerk verbonden. Verbind met de wifi van de zaal en open de zaal opnieuw; de bijeenkomst gaat gewoon door zonder telefoons.</translation>
    </message>
    <message>
        <location filename="../../app/room/server.py" line="113"/>
        <source>“{address}” is not an IP address.</source>
        <translation>“{address}” is geen IP-adres.</translation>
    </message>
    <message>
        <location filename="../../app/room/server.py" line="120"/>
        <source>The room cannot open on {address}:{port} ({reason}). Choose another port; the session goes on without phones.</source>
        <translation>De zaal kan niet openen op {address}:{port} ({reason}). Kies een andere poort; de bijeenkomst gaat gewoon door zonder telefoons.</translation>
    </message>
    <message>
        <location filename="../../app/room/server.py" line="131"/>
        <source>The room&apos;s live channel cannot open.</source>
        <translation>Het live kanaal van de zaal kan niet openen.</translation>
    </message>
</context>
<context>
    <name>RoomJoinView</name>
    <message>
        <location filename="../../app/room/join_view.py" line="32"/>
        <source>Join with your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <location filename="../../app/room/join_view.py" line="37"/>
        <source>No camera? Go to {address} and type the code</source>
        <translation>Geen camera? Ga naar {address} en typ de code</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../../app/room/panel.py" line="33"/>
        <source>The network the phones use (the room&apos;s Wi-Fi)</source>
        <translation>Het netwerk dat de telefoons gebruiken (de wifi van de zaal)</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="36"/>
        <source>any free port</source>
        <translation>een vrije poort</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="37"/>
        <location filename="../../app/room/panel.py" line="92"/>
        <source>Open the room</source>
        <translation>Zaal openen</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="39"/>
        <source>Show join screen</source>
        <translation>Toon het meedoe-scherm</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="41"/>
        <location filename="../../app/room/panel.py" line="102"/>
        <source>The room is closed: phones cannot join.</source>
        <translation>De zaal is dicht: telefoons kunnen niet meedoen.</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="45"/>
        <source>Show on the beamer</source>
        <translation>Toon op de beamer</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="56"/>
        <source>Posts waiting for approval:</source>
        <translation>Berichten die op goedkeuring wachten:</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="59"/>
        <source>Bingo calls from phones:</source>
        <translation>Bingo-meldingen van telefoons:</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="92"/>
        <source>Close the room</source>
        <translation>Zaal sluiten</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="97"/>
        <source>Open at {url} · code {code} · {count} phone(s) connected</source>
        <translation>Open op {url} · code {code} · {count} telefoon(s) verbonden</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="107"/>
        <source>Request</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="107"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="118"/>
        <source>The board has no free row left for this post: make room on the sheet, then show it again.</source>
        <translation>Het bord heeft geen vrije regel meer voor dit bericht: maak plaats op het blad en toon het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/room/panel.py" line="122"/>
        <source>Card {number} calls bingo</source>
        <translation>Kaart {number} roept bingo</translation>
    </message>
</context>
<context>
    <name>RunRoom</name>
    <message>
        <location filename="../../app/ui/run/room.py" line="28"/>
        <source>Phones in the room</source>
        <translation>Telefoons in de zaal</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/room.py" line="51"/>
        <source>Take the join screen off</source>
        <translation>Haal het meedoe-scherm weg</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/room.py" line="45"/>
        <source>Code: {code}. Stop with Ctrl+C.</source>
        <translation>Code: {code}. Stoppen met Ctrl+C.</translation>
    </message>
</context>
<context>
    <name>self.panel</name>
    <message>
        <location filename="../../app/ui/run/room.py" line="56"/>
        <source>Show join screen</source>
        <translation>Toon het meedoe-scherm</translation>
    </message>
</context>
</TS>
