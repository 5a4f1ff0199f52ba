<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MeetGreetSetup</name>
    <message>
        <source>Shown under the timer, for example: Talk to someone you do not know yet</source>
        <translation>Staat onder de timer, bijvoorbeeld: Praat met iemand die je nog niet kent</translation>
    </message>
</context>
<context>
    <name>Printables</name>
    <message>
        <source>Blank worksheet, A3: {title}</source>
        <translation>Leeg werkblad, A3: {title}</translation>
    </message>
    <message>
        <source>Filled worksheet: {title}</source>
        <translation>Ingevuld werkblad: {title}</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
</context>
<context>
    <name>PrintablesDialog</name>
    <message>
        <source>One PDF with everything ticked</source>
        <translation>Eén pdf met alles wat aangevinkt is</translation>
    </message>
    <message>
        <source>One PDF per item, in the folder</source>
        <translation>Eén pdf per onderdeel, in de map</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Save PDFs</source>
        <translation>Pdf's opslaan</translation>
    </message>
    <message>
        <source>Choose an existing folder to save in.</source>
        <translation>Kies een bestaande map om in op te slaan.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} bestaat al in {folder}. Vervangen?</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>JSON document</source>
        <translation>JSON-document</translation>
    </message>
</context>
</TS>
