<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>QuestionsBeamer</name>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionsControl</name>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for approval</source>
            <translation>
                <numerusform>%n waiting for approval</numerusform>
                <numerusform>%n waiting for approval</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionsReport</name>
        <message numerus="yes">
            <source>%n question(s) asked; {answered} answered.</source>
            <translation>
                <numerusform>%n question asked; {answered} answered.</numerusform>
                <numerusform>%n questions asked; {answered} answered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) hidden or never approved are left out.</source>
            <translation>
                <numerusform>%n question hidden or never approved is left out.</numerusform>
                <numerusform>%n questions hidden or never approved are left out.</numerusform>
            </translation>
        </message>
    </context>
</TS>
