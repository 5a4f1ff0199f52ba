<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConnectDialog</name>
    <message>
        <source>This is a note-taker login: it reads the session without e-mail addresses and writes notes only.</source>
        <translation>Dit is een notulistenlogin: hij leest de bijeenkomst zonder e-mailadressen en schrijft alleen notities.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Logins exist only on a PostgreSQL server; {name} is not one. A SQLite file is protected by the laptop's own user account.</source>
        <translation>Logins bestaan alleen op een PostgreSQL-server; {name} is dat niet. Een SQLite-bestand wordt beschermd door de eigen gebruikersaccount van de laptop.</translation>
    </message>
    <message>
        <source>The login {login} cannot be used for a room role: it is the administrator, a superuser, the database's owner or used for both roles. Choose another name.</source>
        <translation>De login {login} kan niet voor een rol in de zaal worden gebruikt: het is de beheerder, een superuser, de eigenaar van de database of hij is voor beide rollen gekozen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Setting up the logins on {name} failed, nothing was changed: {reason}</source>
        <translation>Het instellen van de logins op {name} is mislukt, er is niets veranderd: {reason}</translation>
    </message>
    <message>
        <source>This laptop is a note-taker for another group or table: it cannot write these notes. Nothing was saved.</source>
        <translation>Deze laptop is notulist voor een andere groep of tafel: hij kan deze notities niet schrijven. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This laptop is a note-taker: it can write notes only, not the activity's other results. Nothing was saved.</source>
        <translation>Deze laptop is notulist: hij kan alleen notities schrijven, geen andere resultaten van het onderdeel. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This laptop is a note-taker: it cannot add, change or delete participants. Nothing was saved.</source>
        <translation>Deze laptop is notulist: hij kan geen deelnemers toevoegen, wijzigen of verwijderen. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>This laptop is a note-taker: it cannot change the session, its agenda, its actions or the roles. Ask the facilitator. Nothing was saved.</source>
        <translation>Deze laptop is notulist: hij kan de bijeenkomst, het programma, de acties en de rollen niet wijzigen. Vraag het de gespreksleider. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database server refused this for the login {login}: that login may only do what its role allows (a note-taker login reads the session and writes notes). Nothing was saved.</source>
        <translation>De databaseserver weigert dit voor de login {login}: die login mag alleen wat zijn rol toestaat (een notulistenlogin leest de bijeenkomst en schrijft notities). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database {name} must first be brought up to date by its owner: run 'tafelronde db setup-roles' with the owner's login once (see the shared-database guide).</source>
        <translation>De database {name} moet eerst door de eigenaar worden bijgewerkt: voer 'tafelronde db setup-roles' één keer uit met de login van de eigenaar (zie de handleiding voor de gedeelde database).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Give a password for the login {login} (--{option}, or the environment variable {variable}).</source>
        <translation>Geef een wachtwoord voor de login {login} (--{option}, of de omgevingsvariabele {variable}).</translation>
    </message>
    <message>
        <source>Password for the login {login}: </source>
        <translation>Wachtwoord voor de login {login}: </translation>
    </message>
    <message>
        <source>Logins ready on {database}:
  {facilitator}: the facilitator, reads and writes everything the app needs
  {note_taker}: note-takers, read the session without e-mail addresses and write notes only
Migrations stay with the owner: run this command again after updating Tafelronde.</source>
        <translation>Logins klaar op {database}:
  {facilitator}: de gespreksleider, leest en schrijft alles wat de app nodig heeft
  {note_taker}: notulisten, lezen de bijeenkomst zonder e-mailadressen en schrijven alleen notities
Bijwerken van de database blijft bij de eigenaar: voer deze opdracht opnieuw uit na een update van Tafelronde.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
</TS>
