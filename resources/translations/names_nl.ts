<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Particle (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) · Excel workbook (first sheet)</source>
        <translation>
            <numerusform>%n rij · Excel-werkmap (eerste blad)</numerusform>
            <numerusform>%n rijen · Excel-werkmap (eerste blad)</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>Onbekend veld “{field}”; de velden zijn: {fields}.</translation>
    </message>
    <message>
        <source>The column “{column}” has no name in any row (empty or “anonymous”): choose the column that holds the names (in the import dialog, or with --column full_name=HEADER).</source>
        <translation>De kolom “{column}” bevat in geen enkele rij een naam (leeg of “anonymous”): kies de kolom met de namen (in het importvenster, of met --column full_name=KOLOMKOP).</translation>
    </message>
    <message>
        <source>The file has no column “{header}”; its columns are: {headers}.</source>
        <translation>Het bestand heeft geen kolom “{header}”; de kolommen zijn: {headers}.</translation>
    </message>
</context>
<context>
    <name>NameOrderBox</name>
    <message>
        <source>Dutch practice sorts “Zoë van der Öztürk” under Ö; Flemish practice sorts “Lies Van den Berghe” under V. Used on the participants list, phones, lists and the report.</source>
        <translation>Nederlands gebruik sorteert “Zoë van der Öztürk” onder de Ö; Vlaams gebruik sorteert “Lies Van den Berghe” onder de V. Geldt voor de deelnemerslijst, telefoons, lijsten en het verslag.</translation>
    </message>
    <message>
        <source>Sort names by:</source>
        <translation>Namen sorteren op:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Last name without particle (Dutch practice)</source>
        <translation>Achternaam zonder tussenvoegsel (Nederlands gebruik)</translation>
    </message>
    <message>
        <source>Particle and last name (Flemish practice)</source>
        <translation>Tussenvoegsel en achternaam (Vlaams gebruik)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--column {text}: write it as FIELD=HEADER (or FIELD= to ignore a field).</source>
        <translation>--column {text}: schrijf het als VELD=KOLOMKOP (of VELD= om een veld te negeren).</translation>
    </message>
</context>
</TS>
