<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>RunBar</name>
    <message>
        <source>Run</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>REHEARSAL — nothing is saved in the session: no actual times, no results</source>
        <translation>REPETITIE — er wordt niets in de bijeenkomst bewaard: geen werkelijke tijden, geen resultaten</translation>
    </message>
    <message>
        <source>Restart activity…</source>
        <translation>Activiteit herstarten…</translation>
    </message>
    <message>
        <source>Start the current activity over: full timer, first round</source>
        <translation>De huidige activiteit opnieuw beginnen: volle tijd, eerste ronde</translation>
    </message>
    <message>
        <source>Restart activity</source>
        <translation>Activiteit herstarten</translation>
    </message>
    <message>
        <source>Start “{title}” over? Its timer goes back to full time and its rounds to the first one. What was saved (votes, notes, marks, groups) stays.</source>
        <translation>“{title}” opnieuw beginnen? De timer gaat terug naar de volle tijd en de rondes naar de eerste. Wat bewaard is (stemmen, notities, aangeduide uitspraken, groepen) blijft.</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>Rehearsal: {title}</source>
        <translation>Repetitie: {title}</translation>
    </message>
</context>
<context>
    <name>RunLaunch</name>
    <message>
        <source>R&amp;ehearse on the beamer (nothing recorded)</source>
        <translation>R&amp;epeteren op de beamer (niets wordt bewaard)</translation>
    </message>
    <message>
        <source>&amp;Clear actual times…</source>
        <translation>&amp;Werkelijke tijden wissen…</translation>
    </message>
    <message>
        <source>Clear actual times</source>
        <translation>Werkelijke tijden wissen</translation>
    </message>
    <message>
        <source>No actual times are recorded yet.</source>
        <translation>Er zijn nog geen werkelijke tijden bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Forget every recorded actual start and end of this session (activities with a time: %n)? The console, the agenda and the report then show no actual times until the session runs again. This cannot be undone.</source>
        <translation>
            <numerusform>Alle bewaarde werkelijke begin- en eindtijden van deze bijeenkomst vergeten (%n activiteit met een tijd)? De console, de agenda en het verslag tonen dan geen werkelijke tijden tot de bijeenkomst opnieuw loopt. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Alle bewaarde werkelijke begin- en eindtijden van deze bijeenkomst vergeten (%n activiteiten met een tijd)? De console, de agenda en het verslag tonen dan geen werkelijke tijden tot de bijeenkomst opnieuw loopt. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actual times cleared (activities: %n).</source>
        <translation>
            <numerusform>Werkelijke tijden gewist (%n activiteit).</numerusform>
            <numerusform>Werkelijke tijden gewist (%n activiteiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>Bijeenkomst presenteren</translation>
    </message>
    <message>
        <source>--run needs --session ID.</source>
        <translation>--run heeft --session ID nodig.</translation>
    </message>
    <message>
        <source>There is no session {id}.</source>
        <translation>Er is geen bijeenkomst {id}.</translation>
    </message>
</context>
</TS>
