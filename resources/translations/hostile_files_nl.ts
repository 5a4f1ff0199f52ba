<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../app/core/participant_import.py" line="176"/>
        <source>Line {row} has more than {max} columns.</source>
        <translation>Regel {row} heeft meer dan {max} kolommen.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="299"/>
        <source>Row {row}, column “{column}”: the text holds characters that reverse its direction (such as U+202E), which are refused.</source>
        <translation>Rij {row}, kolom “{column}”: de tekst bevat tekens die de schrijfrichting omkeren (zoals U+202E); die worden geweigerd.</translation>
    </message>
    <message>
        <location filename="../../app/core/participant_import.py" line="310"/>
        <source>Row {row}, column “{column}”: “{text}” looks garbled (probably “{fixed}”): the file was converted to another encoding somewhere. Save it again as UTF-8.</source>
        <translation>Rij {row}, kolom “{column}”: “{text}” ziet er verminkt uit (waarschijnlijk “{fixed}”): het bestand is ergens naar een andere tekencodering omgezet. Sla het opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="27"/>
        <source>The Excel file unpacks to {found} MB, more than the {max} MB a list can be: it was not opened.</source>
        <translation>Het Excel-bestand pakt uit tot {found} MB, meer dan de {max} MB die een lijst mag zijn: het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="32"/>
        <source>The Excel file holds {found} parts, more than {max}: it was not opened.</source>
        <translation>Het Excel-bestand bevat {found} onderdelen, meer dan {max}: het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="36"/>
        <source>The Excel file is packed suspiciously tightly (a part unpacks to {ratio} times its size; at most {max} is accepted): it was not opened.</source>
        <translation>Het Excel-bestand is verdacht sterk ingepakt (een onderdeel pakt uit tot {ratio} keer zijn grootte; hooguit {max} wordt aanvaard): het is niet geopend.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="44"/>
        <source>The Excel file is damaged and cannot be read ({reason}).</source>
        <translation>Het Excel-bestand is beschadigd en kan niet gelezen worden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="47"/>
        <source>The Excel file declares XML entities or a DTD, which are refused for safety: save it again from Excel or export it as CSV.</source>
        <translation>Het Excel-bestand declareert XML-entiteiten of een DTD; die worden voor de veiligheid geweigerd. Sla het opnieuw op vanuit Excel of exporteer het als CSV.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="52"/>
        <source>The Excel file has no worksheet.</source>
        <translation>Het Excel-bestand heeft geen werkblad.</translation>
    </message>
    <message>
        <location filename="../../app/core/xlsx_reader.py" line="53"/>
        <source>Row {row} has a value in column {column}; at most {max} columns are read.</source>
        <translation>Rij {row} heeft een waarde in kolom {column}; er worden hooguit {max} kolommen gelezen.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../app/storage/session_reader.py" line="64"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} kan niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="32"/>
        <source>{path} is too large for a session file ({found} MB unpacked; at most {max} MB). Nothing was imported.</source>
        <translation>{path} is te groot voor een sessiebestand ({found} MB uitgepakt; hooguit {max} MB). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="37"/>
        <source>{path} is not a session file: the archive holds {found} files (at most {max}). Nothing was imported.</source>
        <translation>{path} is geen sessiebestand: het archief bevat {found} bestanden (hooguit {max}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="42"/>
        <source>{path} holds more than {max} records and lists, more than any session file. Nothing was imported.</source>
        <translation>{path} bevat meer dan {max} records en lijsten, meer dan welk sessiebestand ook. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="46"/>
        <source>{path} is nested more than {max} levels deep, which no session file is. Nothing was imported.</source>
        <translation>{path} is meer dan {max} niveaus diep genest, wat geen sessiebestand is. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="50"/>
        <source>{path} is not a usable session file: it holds a number that cannot be stored ({number}). Nothing was imported.</source>
        <translation>{path} is geen bruikbaar sessiebestand: het bevat een getal dat niet bewaard kan worden ({number}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="54"/>
        <source>{path} is not a usable session file: “{field}” is {value}, outside the range 0 to {max}. Nothing was imported.</source>
        <translation>{path} is geen bruikbaar sessiebestand: “{field}” is {value}, buiten het bereik 0 tot {max}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="58"/>
        <source>{path} is not a Tafelronde session file (it is damaged at line {line}, column {column}).</source>
        <translation>{path} is geen Tafelronde-sessiebestand (het is beschadigd op regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/session_reader.py" line="62"/>
        <source>{path} is not a Tafelronde session file (it is not UTF-8 text).</source>
        <translation>{path} is geen Tafelronde-sessiebestand (het is geen UTF-8-tekst).</translation>
    </message>
</context>
<context>
    <name>TemplateError</name>
    <message>
        <location filename="../../app/core/templates.py" line="75"/>
        <source>{source}: the file does not hold a template object</source>
        <translation>{source}: het bestand bevat geen sjabloonobject</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="81"/>
        <source>{source}: this is not a Tafelronde template</source>
        <translation>{source}: dit is geen Tafelronde-sjabloon</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="95"/>
        <source>{source}: 'key' must be a short text</source>
        <translation>{source}: 'key' moet een korte tekst zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="100"/>
        <source>{source}: the key “{key}” may hold only lower-case letters a-z, digits, '-' and '_' (it names the template's file).</source>
        <translation>{source}: de sleutel “{key}” mag alleen kleine letters a-z, cijfers, '-' en '_' bevatten (hij bepaalt de bestandsnaam van het sjabloon).</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="111"/>
        <source>{source}: 'title' is missing or too long</source>
        <translation>{source}: 'title' ontbreekt of is te lang</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="117"/>
        <source>{source}: 'capacity' must be a whole number 0-100000</source>
        <translation>{source}: 'capacity' moet een geheel getal van 0 tot 100000 zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="123"/>
        <source>{source}: 'activities' must be a list</source>
        <translation>{source}: 'activities' moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="128"/>
        <source>{source}: more than {max} activities</source>
        <translation>{source}: meer dan {max} activiteiten</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="136"/>
        <source>{source}: activity {number} is not an object</source>
        <translation>{source}: activiteit {number} is geen object</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="143"/>
        <source>{source}: activity {number} has no 'kind'</source>
        <translation>{source}: activiteit {number} heeft geen 'kind'</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="150"/>
        <source>{source}: activity {number}: 'minutes' must be a whole number from 0 to 1440</source>
        <translation>{source}: activiteit {number}: 'minutes' moet een geheel getal van 0 tot 1440 zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="160"/>
        <source>{source}: activity {number}: 'config' must be an object</source>
        <translation>{source}: activiteit {number}: 'config' moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="196"/>
        <source>{source} is nested more than {max} levels deep, which no template is.</source>
        <translation>{source} is meer dan {max} niveaus diep genest, wat geen sjabloon is.</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="199"/>
        <source>{source} holds a number that cannot be used ({number}).</source>
        <translation>{source} bevat een getal dat niet gebruikt kan worden ({number}).</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="220"/>
        <source>{source} is too large for a template (more than {max} kB).</source>
        <translation>{source} is te groot voor een sjabloon (meer dan {max} kB).</translation>
    </message>
    <message>
        <location filename="../../app/core/templates.py" line="264"/>
        <source>{source}: refused, it would be written outside {folder}</source>
        <translation>{source}: geweigerd, het zou buiten {folder} geschreven worden</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/template.py" line="18"/>
        <source>Template “{title}” imported as {key}.</source>
        <translation>Sjabloon “{title}” geïmporteerd als {key}.</translation>
    </message>
</context>
</TS>
