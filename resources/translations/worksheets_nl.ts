<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="21"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="22"/>
        <source>to start</source>
        <translation>op te starten</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="23"/>
        <source>not relevant</source>
        <translation>niet van toepassing</translation>
    </message>
</context>
<context>
    <name>WorksheetBeamer</name>
    <message>
        <location filename="../../app/activities/worksheet/beamer.py" line="56"/>
        <source>This worksheet definition could not be found.</source>
        <translation>Dit werkblad is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/beamer_html.py" line="23"/>
        <source>nothing yet</source>
        <translation>nog niets</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/beamer_html.py" line="24"/>
        <source>Not placed yet:</source>
        <translation>Nog niet geplaatst:</translation>
    </message>
</context>
<context>
    <name>WorksheetControl</name>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="40"/>
        <source>The worksheet “{key}” cannot be found. Choose another one in the setup.</source>
        <translation>Het werkblad “{key}” is niet gevonden. Kies een ander werkblad bij de voorbereiding.</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="87"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="93"/>
        <source>Copy:</source>
        <translation>Exemplaar:</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="95"/>
        <source>One copy of the worksheet per group</source>
        <translation>Eén exemplaar van het werkblad per groep</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="99"/>
        <source>Name of this copy, e.g. Group 1</source>
        <translation>Naam van dit exemplaar, bv. Groep 1</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="102"/>
        <source>Add copy</source>
        <translation>Exemplaar toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="103"/>
        <location filename="../../app/activities/worksheet/control.py" line="192"/>
        <source>Remove copy</source>
        <translation>Exemplaar verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="104"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="105"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="106"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="107"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Opnieuw (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="124"/>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="153"/>
        <source>Not saved yet: {error}</source>
        <translation>Nog niet bewaard: {error}</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="161"/>
        <source>Copy {n}</source>
        <translation>Exemplaar {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="182"/>
        <source>Group {n}</source>
        <translation>Groep {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/control.py" line="193"/>
        <source>Remove “{name}” and everything typed in it?</source>
        <translation>“{name}” verwijderen, met alles wat erin getypt is?</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <location filename="../../app/activities/worksheet/editors.py" line="127"/>
        <location filename="../../app/activities/worksheet/editors_more.py" line="47"/>
        <source>One item per line</source>
        <translation>Eén item per regel</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors.py" line="207"/>
        <source>Own item</source>
        <translation>Eigen item</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors.py" line="213"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors.py" line="218"/>
        <source>Remove this item</source>
        <translation>Dit item verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors.py" line="223"/>
        <source>Add own item</source>
        <translation>Eigen item toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="40"/>
        <source>Remove this group</source>
        <translation>Deze groep verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="55"/>
        <source>Add {group}</source>
        <translation>{group} toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="105"/>
        <source>Why they belong together</source>
        <translation>Waarom ze bij elkaar horen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="108"/>
        <source>Remove this link</source>
        <translation>Deze verbinding verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="113"/>
        <source>Add link</source>
        <translation>Verbinding toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="157"/>
        <source>Own option</source>
        <translation>Eigen voorstel</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="159"/>
        <source>Remove this option</source>
        <translation>Dit voorstel verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="169"/>
        <source>Count one more</source>
        <translation>Eén erbij tellen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/editors_more.py" line="176"/>
        <source>Add option</source>
        <translation>Voorstel toevoegen</translation>
    </message>
</context>
<context>
    <name>WorksheetError</name>
    <message>
        <location filename="../../app/core/worksheets.py" line="81"/>
        <source>{file}, field &apos;{field}&apos;</source>
        <translation>{file}, veld &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="94"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="105"/>
        <source>the file does not hold a worksheet object</source>
        <translation>het bestand bevat geen werkblad</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="110"/>
        <source>this is not a Tafelronde worksheet</source>
        <translation>dit is geen werkblad van Tafelronde</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="115"/>
        <source>made by a newer version of Tafelronde</source>
        <translation>gemaakt met een nieuwere versie van Tafelronde</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="123"/>
        <source>&apos;code&apos; must be a short text</source>
        <translation>&apos;code&apos; moet een korte tekst zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="130"/>
        <source>&apos;fields&apos; must list 1 to {high} fields</source>
        <translation>&apos;fields&apos; moet 1 tot {high} velden bevatten</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="145"/>
        <source>the key is used twice</source>
        <translation>de sleutel komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="157"/>
        <source>{where}: cannot be read ({error})</source>
        <translation>{where}: kan niet gelezen worden ({error})</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="163"/>
        <source>{where}: not valid JSON (line {line}, column {column})</source>
        <translation>{where}: geen geldige JSON (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheets.py" line="173"/>
        <source>{where}: the key &apos;{key}&apos; must match the file name</source>
        <translation>{where}: de sleutel &apos;{key}&apos; moet gelijk zijn aan de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="69"/>
        <source>&apos;{name}&apos; must be a text or {{&quot;nl&quot;: …, &quot;en&quot;: …}}</source>
        <translation>&apos;{name}&apos; moet een tekst zijn of {{&quot;nl&quot;: …, &quot;en&quot;: …}}</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="78"/>
        <source>&apos;{name}&apos; must be a list of {low} to {high} texts</source>
        <translation>&apos;{name}&apos; moet een lijst van {low} tot {high} teksten zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="90"/>
        <source>&apos;{name}&apos; must be a whole number from {low} to {high}</source>
        <translation>&apos;{name}&apos; moet een geheel getal van {low} tot {high} zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="103"/>
        <source>&apos;{name}&apos; must be lower-case letters, digits or _ (starting with a letter)</source>
        <translation>&apos;{name}&apos; mag alleen kleine letters, cijfers of _ bevatten (en begint met een letter)</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="154"/>
        <source>&apos;{name}&apos; must be a list of {low} to {high} keyed options</source>
        <translation>&apos;{name}&apos; moet een lijst van {low} tot {high} keuzes met sleutel zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="165"/>
        <source>each of &apos;{name}&apos; needs a key and a label</source>
        <translation>elk item van &apos;{name}&apos; heeft een sleutel en een label nodig</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="170"/>
        <source>keys in &apos;{name}&apos; repeat</source>
        <translation>sleutels in &apos;{name}&apos; komen dubbel voor</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="177"/>
        <source>a field must be an object</source>
        <translation>een veld moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="182"/>
        <source>unknown type {type}; known: {known}</source>
        <translation>onbekend type {type}; bekend: {known}</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="194"/>
        <source>&apos;allow_extra&apos; must be true or false</source>
        <translation>&apos;allow_extra&apos; moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="228"/>
        <source>&apos;steps&apos; must list 1 to 20 steps</source>
        <translation>&apos;steps&apos; moet 1 tot 20 stappen bevatten</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="232"/>
        <source>each step needs a title</source>
        <translation>elke stap heeft een titel nodig</translation>
    </message>
    <message>
        <location filename="../../app/core/worksheet_fields.py" line="248"/>
        <source>&apos;{name}&apos; must hold a label and terms</source>
        <translation>&apos;{name}&apos; moet een label en termen bevatten</translation>
    </message>
</context>
<context>
    <name>WorksheetPrint</name>
    <message>
        <location filename="../../printables/worksheets.py" line="431"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="432"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="433"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="434"/>
        <source>Why they belong together</source>
        <translation>Waarom ze bij elkaar horen</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="435"/>
        <source>Tally</source>
        <translation>Turven</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="436"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../printables/worksheets.py" line="437"/>
        <source>page</source>
        <translation>pagina</translation>
    </message>
</context>
<context>
    <name>WorksheetReport</name>
    <message>
        <location filename="../../app/activities/worksheet/report.py" line="18"/>
        <source>The worksheet “{key}” could not be found.</source>
        <translation>Het werkblad “{key}” is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/report.py" line="19"/>
        <source>Nothing was filled in.</source>
        <translation>Er werd niets ingevuld.</translation>
    </message>
</context>
<context>
    <name>WorksheetRuntime</name>
    <message>
        <location filename="../../app/activities/worksheet/runtime.py" line="178"/>
        <source>the database did not answer ({error})</source>
        <translation>de database antwoordde niet ({error})</translation>
    </message>
</context>
<context>
    <name>WorksheetSetup</name>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="45"/>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="56"/>
        <source>Copies (for example one per group); double-click to rename:</source>
        <translation>Exemplaren (bijvoorbeeld één per groep); dubbelklik om de naam te wijzigen:</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="62"/>
        <source>Add copy</source>
        <translation>Exemplaar toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="63"/>
        <source>Remove copy</source>
        <translation>Exemplaar verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="65"/>
        <source>Print blank A4…</source>
        <translation>Leeg afdrukken op A4…</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="66"/>
        <source>Print blank A3…</source>
        <translation>Leeg afdrukken op A3…</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="67"/>
        <source>Print filled…</source>
        <translation>Ingevuld afdrukken…</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="82"/>
        <source>These worksheet files could not be used:</source>
        <translation>Deze werkbladbestanden konden niet gebruikt worden:</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="96"/>
        <source>Copy {n}</source>
        <translation>Exemplaar {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="117"/>
        <location filename="../../app/activities/worksheet/setup.py" line="119"/>
        <source>Group {n}</source>
        <translation>Groep {n}</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="147"/>
        <source>Save worksheet as PDF</source>
        <translation>Werkblad bewaren als PDF</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="147"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="161"/>
        <source>Writing the PDF…</source>
        <translation>De PDF wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="170"/>
        <source>Saved {path}</source>
        <translation>{path} bewaard</translation>
    </message>
    <message>
        <location filename="../../app/activities/worksheet/setup.py" line="174"/>
        <source>The PDF could not be written: {error}</source>
        <translation>De PDF kon niet gemaakt worden: {error}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/worksheet.py" line="40"/>
        <source>Name a worksheet, or use --list to see them.</source>
        <translation>Noem een werkblad, of bekijk ze met --list.</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="45"/>
        <source>Unknown worksheet: {key}. Known: {known}</source>
        <translation>Onbekend werkblad: {key}. Bekend: {known}</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="51"/>
        <source>Choose either --blank or --session ID.</source>
        <translation>Kies --blank of --session ID.</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="53"/>
        <source>Say where to write the PDF with -o FILE.</source>
        <translation>Zeg met -o BESTAND waar de PDF moet komen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="58"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="78"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="83"/>
        <source>Worksheet written to {path}</source>
        <translation>Werkblad geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../app/cli/worksheet.py" line="103"/>
        <source>Session {id} has no worksheet {key} in its agenda.</source>
        <translation>Bijeenkomst {id} heeft geen werkblad {key} in de agenda.</translation>
    </message>
</context>
</TS>
