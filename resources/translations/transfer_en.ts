<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ParkedBox</name>
    <message numerus="yes">
        <source>%n edit(s) exported to {path}.</source>
        <translation>
            <numerusform>%n edit exported to {path}.</numerusform>
            <numerusform>%n edits exported to {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
