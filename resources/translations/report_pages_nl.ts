<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Verslag geschreven: {path} (%n pagina)</numerusform>
            <numerusform>Verslag geschreven: {path} (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Series report written: {path} (%n page(s))</source>
        <translation>
            <numerusform>Reeksverslag geschreven: {path} (%n pagina)</numerusform>
            <numerusform>Reeksverslag geschreven: {path} (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
</context>
</TS>
