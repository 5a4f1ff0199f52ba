<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="25"/>
        <source>Changed by someone else</source>
        <translation>Intussen door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="31"/>
        <source>While you were editing “{field}”, someone else saved it. Nothing was overwritten. Choose a text, or edit the merged text below.</source>
        <translation>Terwijl je “{field}” bewerkte, heeft iemand anders het opgeslagen. Er is niets overschreven. Kies een tekst, of bewerk hieronder de samengevoegde tekst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="37"/>
        <source>Your text</source>
        <translation>Jouw tekst</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="38"/>
        <source>Saved meanwhile by someone else</source>
        <translation>Intussen opgeslagen door iemand anders</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="43"/>
        <source>Keep my text</source>
        <translation>Mijn tekst houden</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="44"/>
        <source>Keep their text</source>
        <translation>Hun tekst houden</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="49"/>
        <source>Merged text (both texts to start with)</source>
        <translation>Samengevoegde tekst (begint met beide teksten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conflict_dialog.py" line="54"/>
        <source>Save merged text</source>
        <translation>Samengevoegde tekst opslaan</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="40"/>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="45"/>
        <source>Fill in the PostgreSQL server of the room, or paste a full address. The password is never saved; leave it empty to use PGPASSWORD or .pgpass.</source>
        <translation>Vul de PostgreSQL-server van de zaal in, of plak een volledig adres. Het wachtwoord wordt nooit bewaard; laat het leeg om PGPASSWORD of .pgpass te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="63"/>
        <source>Address (overrides the fields below)</source>
        <translation>Adres (gaat voor de velden hieronder)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="64"/>
        <source>Server (host name or IP address)</source>
        <translation>Server (hostnaam of IP-adres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="65"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="66"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="67"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="68"/>
        <source>Password (not saved)</source>
        <translation>Wachtwoord (wordt niet bewaard)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="70"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="118"/>
        <source>Fill in an address or a server first.</source>
        <translation>Vul eerst een adres of een server in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="121"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="131"/>
        <source>Connected. Server version {version}.</source>
        <translation>Verbonden. Serverversie {version}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="144"/>
        <source>No connection: {reason}</source>
        <translation>Geen verbinding: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/connect_dialog.py" line="153"/>
        <source>Shared &amp;database…</source>
        <translation>Gedeelde &amp;database…</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../../app/widgets/live.py" line="152"/>
        <source>Offline: the shared database cannot be reached. What you type is kept on this laptop and saved as soon as the connection is back.</source>
        <translation>Offline: de gedeelde database is niet bereikbaar. Wat je typt, blijft op deze laptop bewaard en wordt opgeslagen zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>SessionWorkspace</name>
    <message>
        <location filename="../../app/ui/shared_page.py" line="50"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <location filename="../../app/ui/shared_page.py" line="96"/>
        <source>Database: {name}. This laptop: {laptop}.</source>
        <translation>Database: {name}. Deze laptop: {laptop}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="103"/>
        <source>Another Tafelronde uses this file too: show its changes here</source>
        <translation>Een andere Tafelronde gebruikt dit bestand ook: toon hier zijn wijzigingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="123"/>
        <source>Note-takers</source>
        <translation>Notulisten</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="127"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="127"/>
        <source>Activity</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="127"/>
        <source>Group or worksheet</source>
        <translation>Groep of werkblad</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="138"/>
        <source>The laptop id shown on that laptop&apos;s Shared tab</source>
        <translation>De laptopcode die op het tabblad Gedeeld van die laptop staat</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="141"/>
        <source>e.g. group-3 (empty: the whole activity)</source>
        <translation>bijv. group-3 (leeg: het hele onderdeel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="142"/>
        <source>Make note-taker</source>
        <translation>Maak notulist</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="144"/>
        <source>Remove laptop</source>
        <translation>Laptop verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="159"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="205"/>
        <source>Choose a laptop id and an activity first.</source>
        <translation>Kies eerst een laptopcode en een onderdeel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="229"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="251"/>
        <source>This laptop is a note-taker: it shows only its part.</source>
        <translation>Deze laptop is notulist: hij toont alleen zijn eigen deel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="253"/>
        <source>This laptop sees everything (facilitator).</source>
        <translation>Deze laptop ziet alles (gespreksleider).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="328"/>
        <source>Not saved yet: someone else changed this note. Your text stays here.</source>
        <translation>Nog niet opgeslagen: iemand anders heeft deze notitie gewijzigd. Je tekst blijft hier staan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="333"/>
        <source>Kept on this laptop; saved as soon as the connection is back.</source>
        <translation>Bewaard op deze laptop; wordt opgeslagen zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="340"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared_page.py" line="375"/>
        <source>{tab} (offline)</source>
        <translation>{tab} (offline)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shared_page.py" line="387"/>
        <source>Connection back: %n waiting edit(s) saved.</source>
        <translation>
            <numerusform>Verbinding terug: %n wachtende wijziging opgeslagen.</numerusform>
            <numerusform>Verbinding terug: %n wachtende wijzigingen opgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/addresses.py" line="13"/>
        <source>The server {host} did not answer within {seconds} seconds. Check the address, that this laptop is on the room&apos;s network and that the database server is running.</source>
        <translation>De server {host} antwoordde niet binnen {seconds} seconden. Controleer het adres, of deze laptop op het netwerk van de zaal zit en of de databaseserver draait.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/copy.py" line="14"/>
        <source>No session with id {id} in the source.</source>
        <translation>Geen sessie met id {id} in de bron.</translation>
    </message>
    <message>
        <location filename="../../app/cli/copy.py" line="15"/>
        <source>copied: {title}</source>
        <translation>gekopieerd: {title}</translation>
    </message>
    <message>
        <location filename="../../app/cli/copy.py" line="16"/>
        <source>replaced: {title}</source>
        <translation>vervangen: {title}</translation>
    </message>
    <message>
        <location filename="../../app/cli/copy.py" line="17"/>
        <source>already there, skipped (use --replace): {title}</source>
        <translation>al aanwezig, overgeslagen (gebruik --replace): {title}</translation>
    </message>
</context>
</TS>
