<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Report written: {path} (%n page)</numerusform>
            <numerusform>Report written: {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Series report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Series report written: {path} (%n page)</numerusform>
            <numerusform>Series report written: {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
</TS>
