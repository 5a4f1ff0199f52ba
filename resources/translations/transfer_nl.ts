<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ParkedBox</name>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="52" />
            <source>Not saved: kept on this laptop</source>
            <translation>Niet opgeslagen: bewaard op deze laptop</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="61" />
            <source>These edits could not be written to the database (see why) and were set aside so that everything else could be saved. Export them to keep the text.</source>
            <translation>Deze wijzigingen konden niet in de database worden geschreven (zie waarom) en zijn apart gezet, zodat al het andere wel kon worden opgeslagen. Exporteer ze om de tekst te bewaren.</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="68" />
            <source>Typed at (UTC)</source>
            <translation>Getypt om (UTC)</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="68" />
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="68" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="68" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="79" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="81" />
            <source>Try again</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="83" />
            <source>Remove selected</source>
            <translation>Selectie verwijderen</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="84" />
            <source>Possible after the edits were exported</source>
            <translation>Kan nadat de wijzigingen zijn geëxporteerd</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="107" />
            <source>deleted activity</source>
            <translation>verwijderd onderdeel</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="121" />
            <source>Export edits that were not saved</source>
            <translation>Niet-opgeslagen wijzigingen exporteren</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="123" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Tekst (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="133" />
            <source>Not exported: {reason}</source>
            <translation>Niet geëxporteerd: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../work/wt/h1-storage/app/ui/parked_box.py" line="136" />
            <source>%n edit(s) exported to {path}.</source>
            <translation>
                <numerusform>%n wijziging geëxporteerd naar {path}.</numerusform>
                <numerusform>%n wijzigingen geëxporteerd naar {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedPage</name>
        <message>
            <location filename="../work/wt/h1-storage/app/ui/shared_page.py" line="345" />
            <source>Not saved: {reason} Kept below.</source>
            <translation>Niet opgeslagen: {reason} Hieronder bewaard.</translation>
        </message>
    </context>
    <context>
        <name>StorageError</name>
        <message>
            <location filename="../work/wt/h1-storage/app/storage/messages.py" line="49" />
            <source>{name} is already in this session (perhaps imported at the same moment elsewhere). Nothing was imported.</source>
            <translation>{name} staat al in deze bijeenkomst (misschien tegelijk ergens anders geïmporteerd). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/storage/text_rules.py" line="36" />
            <source>The text "{preview}" ({field}) contains a character that cannot be stored (a NUL character or half of an emoji). Nothing was saved.</source>
            <translation>De tekst "{preview}" ({field}) bevat een teken dat niet kan worden opgeslagen (een NUL-teken of een halve emoji). Er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/storage/text_rules.py" line="41" />
            <source>The text "{preview}" ({field}) is {length} characters long; at most {limit} fit. Nothing was saved.</source>
            <translation>De tekst "{preview}" ({field}) is {length} tekens lang; er passen er hoogstens {limit}. Er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/storage/text_rules.py" line="48" />
            <source>{path}: the text "{preview}" ({field}) contains a character that cannot be stored (a NUL character or half of an emoji). Nothing was imported.</source>
            <translation>{path}: de tekst "{preview}" ({field}) bevat een teken dat niet kan worden opgeslagen (een NUL-teken of een halve emoji). Er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../work/wt/h1-storage/app/storage/text_rules.py" line="53" />
            <source>{path}: the text "{preview}" ({field}) is {length} characters long; at most {limit} fit. Nothing was imported.</source>
            <translation>{path}: de tekst "{preview}" ({field}) is {length} tekens lang; er passen er hoogstens {limit}. Er is niets geïmporteerd.</translation>
        </message>
    </context>
</TS>
