<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>RoomPanel</name>
    <message>
        <source>Phones pick their name from the list</source>
        <translation>Telefoons kiezen hun naam uit de lijst</translation>
    </message>
    <message>
        <source>Only people who agreed to show their name are listed; each sees where to sit</source>
        <translation>Alleen wie toestemming gaf om de naam te tonen staat in de lijst; ieder ziet waar hij of zij zit</translation>
    </message>
    <message>
        <source>The choice was not saved. {reason}</source>
        <translation>De keuze is niet bewaard. {reason}</translation>
    </message>
</context>
</TS>
