<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BreakoutSetup</name>
    <message numerus="yes">
        <source>Groups made for %n round(s), {people} people; rounds started: {started}.</source>
        <translation>
            <numerusform>Groups made for %n round, {people} people; rounds started: {started}.</numerusform>
            <numerusform>Groups made for %n rounds, {people} people; rounds started: {started}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetGreetControl</name>
    <message numerus="yes">
        <source>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</source>
        <translation>
            <numerusform>Nobody is marked present: the rotation seats everyone registered (%n person). Mark people present on the participants page, then make a new rotation.</numerusform>
            <numerusform>Nobody is marked present: the rotation seats everyone registered (%n people). Mark people present on the participants page, then make a new rotation.</numerusform>
        </translation>
    </message>
</context>
</TS>
