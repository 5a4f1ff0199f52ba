<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>RunSafety</name>
    <message>
        <location filename="../../app/ui/run/resume.py" line="80" />
        <source>Tafelronde stopped unexpectedly during “{title}”. Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}”. Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="83" />
        <source>Tafelronde stopped unexpectedly during “{title}” (timer paused at {time}). Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}” (timer gepauzeerd op {time}). Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="88" />
        <source>Tafelronde stopped unexpectedly during “{title}” (timer now at {time}). Resume there?</source>
        <translation>Tafelronde stopte onverwacht tijdens “{title}” (timer staat nu op {time}). Daar verdergaan?</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="95" />
        <source>Resume</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="104" />
        <source>Resume there</source>
        <translation>Daar verdergaan</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="106" />
        <source>Start from the welcome page</source>
        <translation>Beginnen bij de welkomstpagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/run/resume.py" line="142" />
        <source>The automatic backup failed ({reason}); the meeting is saved as usual.</source>
        <translation>De automatische reservekopie is mislukt ({reason}); de bijeenkomst wordt gewoon opgeslagen.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="5" />
        <source>{path} is read-only, so Tafelronde cannot save in it. It was left untouched.</source>
        <translation>{path} is alleen-lezen, dus Tafelronde kan er niet in opslaan. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="9" />
        <source>The folder {folder} is read-only, so Tafelronde cannot save a database there.</source>
        <translation>De map {folder} is alleen-lezen, dus Tafelronde kan daar geen database opslaan.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="13" />
        <source>{path} does not exist, so it cannot be opened read-only.</source>
        <translation>{path} bestaat niet, dus het kan niet alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="17" />
        <source>{path} was made by another version of Tafelronde and cannot be opened read-only.</source>
        <translation>{path} is gemaakt door een andere versie van Tafelronde en kan niet alleen-lezen worden geopend.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="21" />
        <source>{path} is incomplete (copied only partly?). It was left untouched.</source>
        <translation>{path} is onvolledig (maar half gekopieerd?). Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="25" />
        <source>{path} is damaged ({reason}). It was left untouched.</source>
        <translation>{path} is beschadigd ({reason}). Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="29" />
        <source>{path} is already open in another Tafelronde window ({host}, since {since}).</source>
        <translation>{path} is al geopend in een ander Tafelronde-venster ({host}, sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="33" />
        <source>{path} is not a Tafelronde session file ({reason}).</source>
        <translation>{path} is geen Tafelronde-bijeenkomstbestand ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="37" />
        <source>{path} is from a newer Tafelronde (format {found}; this one reads {supported}).</source>
        <translation>{path} komt van een nieuwere Tafelronde (formaat {found}; deze versie leest {supported}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/safety_messages.py" line="41" />
        <source>There is no session with number {session_id}.</source>
        <translation>Er is geen bijeenkomst met nummer {session_id}.</translation>
    </message>
</context>
</TS>