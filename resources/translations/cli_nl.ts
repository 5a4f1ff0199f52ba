<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/agenda.py" line="29"/>
        <source>Name the session with --session ID.</source>
        <translation>Geef de sessie op met --session ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="30"/>
        <source>Unknown activity kind: {kind}. Known: {known}</source>
        <translation>Onbekende soort activiteit: {kind}. Bekend: {known}</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="31"/>
        <source>--minutes must be a whole number of minutes from 1 to {max}, not {value}.</source>
        <translation>--minutes moet een geheel aantal minuten van 1 tot {max} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="34"/>
        <source>--rounds must be a whole number from 1 to {max}, not {value}.</source>
        <translation>--rounds moet een geheel getal van 1 tot {max} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="37"/>
        <source>--rounds is only for a breakout, not for {kind}.</source>
        <translation>--rounds is er alleen voor groepsgesprekken (breakout), niet voor {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="38"/>
        <source>The title may not hold control characters or direction marks (one line of text).</source>
        <translation>De titel mag geen stuurtekens of richtingstekens bevatten (één regel tekst).</translation>
    </message>
    <message>
        <location filename="../../app/cli/agenda.py" line="41"/>
        <source>The title is longer than {max} characters.</source>
        <translation>De titel is langer dan {max} tekens.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessions.py" line="23"/>
        <source>--start must be a time of day as HH:MM (for example 09:30), not “{value}”.</source>
        <translation>--start moet een tijdstip zijn als UU:MM (bijvoorbeeld 09:30), niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessions.py" line="26"/>
        <source>--date must be a date as YYYY-MM-DD (for example 2027-03-18), not “{value}”.</source>
        <translation>--date moet een datum zijn als JJJJ-MM-DD (bijvoorbeeld 2027-03-18), niet “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sessions.py" line="29"/>
        <source>{option} must be one line of text of at most {max} characters, without control characters or direction marks.</source>
        <translation>{option} moet één regel tekst van hoogstens {max} tekens zijn, zonder stuurtekens of richtingstekens.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups_save.py" line="21"/>
        <source>Session {id} has no breakout in its agenda: add one with `tafelronde agenda --session {id} add breakout`.</source>
        <translation>Sessie {id} heeft geen groepsgesprekken op de agenda: voeg ze toe met `tafelronde agenda --session {id} add breakout`.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups_save.py" line="26"/>
        <source>Session {id} has several breakouts ({ids}): say which with --activity ID.</source>
        <translation>Sessie {id} heeft meer dan één activiteit met groepsgesprekken ({ids}): kies er een met --activity ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups_save.py" line="29"/>
        <source>Activity {activity} is not a breakout of session {id} (its breakouts: {ids}).</source>
        <translation>Activiteit {activity} is geen activiteit met groepsgesprekken van sessie {id} (die zijn: {ids}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups_save.py" line="32"/>
        <source>--activity goes with --save.</source>
        <translation>--activity hoort bij --save.</translation>
    </message>
    <message>
        <location filename="../../app/cli/groups_save.py" line="33"/>
        <source>Saved as the groups of “{title}” (activity {activity}).</source>
        <translation>Opgeslagen als de groepen van “{title}” (activiteit {activity}).</translation>
    </message>
</context>
</TS>
