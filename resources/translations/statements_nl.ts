<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>StatementArgumentList</name>
    <message>
        <location filename="../../app/activities/statements/control.py" line="57"/>
        <source>Type an argument and press Enter</source>
        <translation>Typ een argument en druk op Enter</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="59"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="60"/>
        <source>Strongest</source>
        <translation>Sterkste</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="62"/>
        <source>Mark the selected argument as the strongest</source>
        <translation>Markeer het gekozen argument als het sterkste</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="63"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>StatementFileProblem</name>
    <message>
        <location filename="../../app/core/statements.py" line="271"/>
        <source>Line {line} is longer than {max} characters: is it really one statement?</source>
        <translation>Regel {line} is langer dan {max} tekens: is dat echt één stelling?</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="284"/>
        <source>The file has more than {max} statements.</source>
        <translation>Het bestand bevat meer dan {max} stellingen.</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="291"/>
        <source>The file holds no statements.</source>
        <translation>Het bestand bevat geen stellingen.</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="300"/>
        <source>This is not a text file. Save the statements as plain text (.txt), one per line.</source>
        <translation>Dit is geen tekstbestand. Bewaar de stellingen als platte tekst (.txt), één per regel.</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="312"/>
        <source>The file is not text: its encoding is unknown.</source>
        <translation>Het bestand is geen tekst: de codering is onbekend.</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="324"/>
        <source>The file is too large ({size} kB).</source>
        <translation>Het bestand is te groot ({size} kB).</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="330"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="334"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
</context>
<context>
    <name>StatementScale</name>
    <message>
        <location filename="../../app/core/statements.py" line="55"/>
        <location filename="../../app/core/statements.py" line="65"/>
        <source>Agree</source>
        <translation>Eens</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="56"/>
        <source>Doubt</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="57"/>
        <location filename="../../app/core/statements.py" line="67"/>
        <source>Disagree</source>
        <translation>Oneens</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="64"/>
        <source>Fully agree</source>
        <translation>Helemaal eens</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="66"/>
        <source>In between</source>
        <translation>Ertussenin</translation>
    </message>
    <message>
        <location filename="../../app/core/statements.py" line="68"/>
        <source>Fully disagree</source>
        <translation>Helemaal oneens</translation>
    </message>
</context>
<context>
    <name>StatementsBeamer</name>
    <message>
        <location filename="../../app/activities/statements/beamer.py" line="53"/>
        <source>No statements yet: add them on this activity&apos;s page in the workspace.</source>
        <translation>Nog geen stellingen: voeg ze toe op de pagina van deze activiteit in de werkruimte.</translation>
    </message>
</context>
<context>
    <name>StatementsControl</name>
    <message>
        <location filename="../../app/activities/statements/control.py" line="149"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="150"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="159"/>
        <source>Positions</source>
        <translation>Posities</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="167"/>
        <source>Keys: 1, 2, 3… add one; Alt + number takes one away.</source>
        <translation>Toetsen: 1, 2, 3… tellen er één bij; Alt + cijfer haalt er één af.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="172"/>
        <source>Arguments for</source>
        <translation>Argumenten voor</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="174"/>
        <source>Arguments against</source>
        <translation>Argumenten tegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="273"/>
        <source>Statement {n} of {total}</source>
        <translation>Stelling {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="275"/>
        <source>No statements</source>
        <translation>Geen stellingen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="281"/>
        <source>Add statements on this activity&apos;s page in the session workspace.</source>
        <translation>Voeg stellingen toe op de pagina van deze activiteit in de werkruimte van de bijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="297"/>
        <source>+{n} by phone</source>
        <translation>+{n} per telefoon</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="299"/>
        <source>Counted: {total}</source>
        <translation>Geteld: {total}</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="303"/>
        <source>Hide the tally on the beamer</source>
        <translation>Telling op de beamer verbergen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/control.py" line="305"/>
        <source>Show the tally on the beamer</source>
        <translation>Telling op de beamer tonen</translation>
    </message>
</context>
<context>
    <name>StatementsReport</name>
    <message>
        <location filename="../../printables/statements_section.py" line="25"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="26"/>
        <source>Most agreement</source>
        <translation>Meeste instemming</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="27"/>
        <source>Most divided</source>
        <translation>Meest verdeeld</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="28"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="29"/>
        <source>Counted</source>
        <translation>Geteld</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="30"/>
        <source>Agreement</source>
        <translation>Instemming</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="31"/>
        <source>Division</source>
        <translation>Verdeeldheid</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="32"/>
        <source>Arguments for</source>
        <translation>Argumenten voor</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="33"/>
        <source>Arguments against</source>
        <translation>Argumenten tegen</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="34"/>
        <source>strongest</source>
        <translation>sterkste</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="35"/>
        <source>No positions were counted.</source>
        <translation>Er werden geen posities geteld.</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="36"/>
        <source>No arguments noted.</source>
        <translation>Geen argumenten genoteerd.</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="37"/>
        <source>This statement game has no statements.</source>
        <translation>Dit stellingenspel heeft geen stellingen.</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="40"/>
        <source>{voted} of {total} statements discussed, {votes} positions counted.</source>
        <translation>{voted} van {total} stellingen besproken, {votes} posities geteld.</translation>
    </message>
    <message>
        <location filename="../../printables/statements_section.py" line="43"/>
        <source>Agreement: 100% when everyone agrees, 0% when everyone disagrees. Division: 0% when everyone takes the same position, 100% when the room splits evenly over both ends.</source>
        <translation>Instemming: 100% als iedereen het eens is, 0% als iedereen het oneens is. Verdeeldheid: 0% als iedereen dezelfde positie kiest, 100% als de zaal zich gelijk verdeelt over beide uitersten.</translation>
    </message>
</context>
<context>
    <name>StatementsSetup</name>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="51"/>
        <source>Agree / doubt / disagree</source>
        <translation>Eens / twijfel / oneens</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="53"/>
        <source>Line-up from 1 (fully agree) to 5 (fully disagree)</source>
        <translation>Opstelling van 1 (helemaal eens) tot 5 (helemaal oneens)</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="57"/>
        <source>no timer</source>
        <translation>geen timer</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="58"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="60"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="60"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="68"/>
        <source>Add statement</source>
        <translation>Stelling toevoegen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="69"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="70"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="71"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="72"/>
        <source>Import from text file…</source>
        <translation>Importeren uit tekstbestand…</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="73"/>
        <source>Use the default set</source>
        <translation>Standaardreeks gebruiken</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="79"/>
        <source>Positions</source>
        <translation>Posities</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="80"/>
        <source>Timer per statement</source>
        <translation>Timer per stelling</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="89"/>
        <source>A text file holds one statement per line; a line starting with # names the theme of the lines below it.</source>
        <translation>Een tekstbestand bevat één stelling per regel; een regel die begint met # geeft het thema van de regels eronder.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="125"/>
        <source>The default set for the two challenges is used.</source>
        <translation>De standaardreeks voor de twee uitdagingen wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="162"/>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="165"/>
        <source>Could not save the statements: {error}</source>
        <translation>De stellingen konden niet bewaard worden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="209"/>
        <source>{file} was not imported: {problem}</source>
        <translation>{file} werd niet geïmporteerd: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="217"/>
        <source>{file} was not imported: together there would be more than {max}.</source>
        <translation>{file} werd niet geïmporteerd: samen zouden het er meer dan {max} zijn.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="225"/>
        <source>{count} statements imported from {file}.</source>
        <translation>{count} stellingen geïmporteerd uit {file}.</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="233"/>
        <source>Import statements</source>
        <translation>Stellingen importeren</translation>
    </message>
    <message>
        <location filename="../../app/activities/statements/setup.py" line="233"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
