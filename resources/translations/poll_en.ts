<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PollBeamer</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollControl</name>
    <message numerus="yes">
        <source>%n answer(s) in all</source>
        <translation>
            <numerusform>%n answer in all</numerusform>
            <numerusform>%n answers in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from phones</source>
        <translation>
            <numerusform>%n from a phone</numerusform>
            <numerusform>%n from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed in</source>
        <translation>
            <numerusform>%n typed in</numerusform>
            <numerusform>%n typed in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollReport</name>
    <message numerus="yes">
        <source>%n answer(s) in all.</source>
        <translation>
            <numerusform>%n answer in all.</numerusform>
            <numerusform>%n answers in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %n were typed in on the console.</source>
        <translation>
            <numerusform>Of these, %n was typed in on the console.</numerusform>
            <numerusform>Of these, %n were typed in on the console.</numerusform>
        </translation>
    </message>
</context>
</TS>
