<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) · Excel workbook (first sheet)</source>
        <translation>
            <numerusform>%n row · Excel workbook (first sheet)</numerusform>
            <numerusform>%n rows · Excel workbook (first sheet)</numerusform>
        </translation>
    </message>
</context>
</TS>
