<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Bingo</name>
    <message>
        <source>The database is read-only and this bingo has no cards yet. Print them once from a database that can be written, so the cards can be checked when someone calls bingo.</source>
        <translation>De database is alleen-lezen en deze bingo heeft nog geen kaarten. Druk ze één keer af vanuit een database waarin geschreven kan worden, zodat de kaarten gecontroleerd kunnen worden als iemand bingo roept.</translation>
    </message>
    <message>
        <source>The database is read-only: at most {max} cards of this bingo can be printed again (more would not be known when someone calls bingo).</source>
        <translation>De database is alleen-lezen: van deze bingo kunnen hoogstens {max} kaarten opnieuw worden afgedrukt (meer zouden niet bekend zijn als iemand bingo roept).</translation>
    </message>
</context>
<context>
    <name>OutputError</name>
    <message>
        <source>There is not enough room on the disk to write {path}. Nothing was written; a previous file of that name is unchanged.</source>
        <translation>Er is niet genoeg ruimte op de schijf om {path} te schrijven. Er is niets geschreven; een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
    <message>
        <source>Tafelronde may not write {path} (no permission, a read-only disk or folder, or the file is open in another program). Nothing was written.</source>
        <translation>Tafelronde mag {path} niet schrijven (geen toestemming, een alleen-lezen schijf of map, of het bestand is geopend in een ander programma). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Kan {path} niet schrijven: de map bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write {path}: that is a folder.</source>
        <translation>Kan {path} niet schrijven: dat is een map.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written; a previous file of that name is unchanged.</source>
        <translation>Kan {path} niet schrijven: {reason}. Er is niets geschreven; een eerder bestand met die naam is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The database {name} is full: there is no room left on the disk. Nothing of this change was saved; what was saved before is intact.</source>
        <translation>De database {name} is vol: er is geen ruimte meer op de schijf. Niets van deze wijziging is opgeslagen; wat eerder was opgeslagen is intact.</translation>
    </message>
    <message>
        <source>The database {name} is read-only. Nothing of this change was saved.</source>
        <translation>De database {name} is alleen-lezen. Niets van deze wijziging is opgeslagen.</translation>
    </message>
    <message>
        <source>The database {name} refused the change ({kind}). Nothing of this change was saved.</source>
        <translation>De database {name} weigerde de wijziging ({kind}). Niets van deze wijziging is opgeslagen.</translation>
    </message>
</context>
</TS>
