<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="38"/>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een reservekopie</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="43"/>
        <source>Backups of {name}, newest first. Tafelronde makes one when the file is opened, every five minutes while a session runs, and before every update of the file.</source>
        <translation>Reservekopieën van {name}, nieuwste eerst. Tafelronde maakt er een bij het openen van het bestand, elke vijf minuten tijdens een bijeenkomst en vóór elke bijwerking van het bestand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="52"/>
        <source>Made at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="52"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="52"/>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="52"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="65"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="75"/>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen reservekopieën van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="78"/>
        <source>Open as a new file</source>
        <translation>Openen als nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="81"/>
        <source>Replace the current database</source>
        <translation>De huidige database vervangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="83"/>
        <source>The current database is backed up first, so this can be undone.</source>
        <translation>Van de huidige database wordt eerst een reservekopie gemaakt, dus dit kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="99"/>
        <source>on opening</source>
        <translation>bij het openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="100"/>
        <source>during the session</source>
        <translation>tijdens de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="101"/>
        <source>before an update</source>
        <translation>vóór een bijwerking</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/backup_dialog.py" line="102"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
</context>
<context>
    <name>OpenProblem</name>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="42"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="43"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="44"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="45"/>
        <source>Open anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="46"/>
        <source>Choose a backup…</source>
        <translation>Kies een reservekopie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="47"/>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="48"/>
        <source>You can open it read-only: you can look at everything and print or export it, but not change it.</source>
        <translation>U kunt het alleen-lezen openen: u kunt alles bekijken, afdrukken en exporteren, maar niets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="53"/>
        <source>There are {count} backups of this file, the newest from {time}. Restore one as a new file? The damaged file stays as it is.</source>
        <translation>Er zijn {count} reservekopieën van dit bestand, de nieuwste van {time}. Eén terugzetten als nieuw bestand? Het beschadigde bestand blijft zoals het is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/open_flow.py" line="58"/>
        <source>Two windows changing the same session overwrite each other&apos;s work. Open it read-only here, or close the other window first.</source>
        <translation>Twee vensters die dezelfde bijeenkomst wijzigen, overschrijven elkaars werk. Open het hier alleen-lezen, of sluit eerst het andere venster.</translation>
    </message>
</context>
<context>
    <name>RunSafety</name>
    <message>
        <location filename="../../app/ui/run/resume.py" line="80"/>
        <source>Tafelronde stopped unexpectedly during “{title}”. Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}”. Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="83"/>
        <source>Tafelronde stopped unexpectedly during “{title}” (timer paused at {time}). Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}” (timer gepauzeerd op {time}). Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="88"/>
        <source>Tafelronde stopped unexpectedly during “{title}” (timer now at {time}). Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}” (timer staat nu op {time}). Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="95"/>
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="106"/>
        <source>Resume there</source>
        <translation>Daar verdergaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="108"/>
        <source>Start from the welcome page</source>
        <translation>Beginnen bij de welkomstpagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="144"/>
        <source>The automatic backup failed ({reason}); the meeting is saved as usual.</source>
        <translation>De automatische reservekopie is mislukt ({reason}); de bijeenkomst wordt gewoon opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="25"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Terugzetten uit een reservekopie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="26"/>
        <source>E&amp;xport session file…</source>
        <translation>Bijeenkomstbestand e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="27"/>
        <source>I&amp;mport session file…</source>
        <translation>Bijeenkomstbestand i&amp;mporteren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="28"/>
        <source>Backups are made of database files. This database is on a server, which keeps its own.</source>
        <translation>Reservekopieën worden gemaakt van databasebestanden. Deze database staat op een server, die zijn eigen reservekopieën bijhoudt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="32"/>
        <source>Select or open a session first.</source>
        <translation>Selecteer of open eerst een bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="33"/>
        <source>Tafelronde session files (*.tafelronde)</source>
        <translation>Tafelronde-bijeenkomstbestanden (*.tafelronde)</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="34"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="35"/>
        <source>Tafelronde databases (*.sqlite *.db)</source>
        <translation>Tafelronde-databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="36"/>
        <source>Session saved as {path}</source>
        <translation>Bijeenkomst opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="37"/>
        <source>“{title}” was added to the sessions.</source>
        <translation>“{title}” is toegevoegd aan de bijeenkomsten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="38"/>
        <source>“{title}” was imported before; nothing was added twice.</source>
        <translation>“{title}” was al eerder geïmporteerd; er is niets dubbel toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="39"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/safety/actions.py" line="40"/>
        <source>Where to save the restored database?</source>
        <translation>Waar moet de teruggezette database komen?</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../../app/cli/session_file.py" line="11"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/session_file.py" line="12"/>
        <source>This session was imported before: session {id}.</source>
        <translation>Deze bijeenkomst is al eerder geïmporteerd: bijeenkomst {id}.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="5"/>
        <source>{path} is read-only, so Tafelronde cannot save in it. It was left untouched.</source>
        <translation>{path} is alleen-lezen, dus Tafelronde kan er niet in opslaan. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="9"/>
        <source>The folder {folder} is read-only, so Tafelronde cannot save a database there.</source>
        <translation>De map {folder} is alleen-lezen, dus Tafelronde kan daar geen database opslaan.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="13"/>
        <source>{path} does not exist, so it cannot be opened read-only.</source>
        <translation>{path} bestaat niet, dus het kan niet alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="17"/>
        <source>{path} was made by another version of Tafelronde and cannot be opened read-only.</source>
        <translation>{path} is gemaakt door een andere versie van Tafelronde en kan niet alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="21"/>
        <source>{path} is incomplete (copied only partly?). It was left untouched.</source>
        <translation>{path} is onvolledig (maar half gekopieerd?). Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="25"/>
        <source>{path} is damaged ({reason}). It was left untouched.</source>
        <translation>{path} is beschadigd ({reason}). Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="29"/>
        <source>{path} is already open in another Tafelronde window ({host}, since {since}).</source>
        <translation>{path} is al geopend in een ander Tafelronde-venster ({host}, sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="33"/>
        <source>{path} is not a Tafelronde session file ({reason}).</source>
        <translation>{path} is geen Tafelronde-bijeenkomstbestand ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="37"/>
        <source>{path} is from a newer Tafelronde (format {found}; this one reads {supported}).</source>
        <translation>{path} komt van een nieuwere Tafelronde (formaat {found}; deze versie leest {supported}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="41"/>
        <source>There is no session with number {session_id}.</source>
        <translation>Er is geen bijeenkomst met nummer {session_id}.</translation>
    </message>
</context>
</TS>
