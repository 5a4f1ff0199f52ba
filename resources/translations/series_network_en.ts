<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FollowupBeamer</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>encounters</name>
    <message numerus="yes">
        <source>Each person meets on average %n people they have not met before in this network.</source>
        <translation>
            <numerusform>Each person meets on average %n person they have not met before in this network.</numerusform>
            <numerusform>Each person meets on average %n people they have not met before in this network.</numerusform>
        </translation>
    </message>
</context>
</TS>
