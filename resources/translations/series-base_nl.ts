<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>PersonMatch</name>
    <message>
      <source>Names differ by one letter, same organisation</source>
      <translation>Namen verschillen één letter, zelfde organisatie</translation>
    </message>
    <message>
      <source>Same e-mail address</source>
      <translation>Zelfde e-mailadres</translation>
    </message>
    <message>
      <source>Same name and organisation</source>
      <translation>Zelfde naam en organisatie</translation>
    </message>
    <message>
      <source>Same name, different e-mail address</source>
      <translation>Zelfde naam, ander e-mailadres</translation>
    </message>
    <message>
      <source>Same name, different organisation</source>
      <translation>Zelfde naam, andere organisatie</translation>
    </message>
    <message>
      <source>Same name, organisation missing on one or both</source>
      <translation>Zelfde naam, organisatie ontbreekt bij een of beide</translation>
    </message>
  </context>
  <context>
    <name>StorageError</name>
    <message>
      <source>There is no series with id {id}.</source>
      <translation>Er is geen reeks met id {id}.</translation>
    </message>
    <message>
      <source>There is no session with id {id}.</source>
      <translation>Er is geen bijeenkomst met id {id}.</translation>
    </message>
    <message>
      <source>These two cannot be merged: {name} and the other are both in the meeting “{title}”, as two participants.</source>
      <translation>Deze twee kunnen niet samengevoegd worden: {name} en de ander staan allebei in de bijeenkomst “{title}”, als twee deelnemers.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>No series with id {id} in the source.</source>
      <translation>Geen reeks met id {id} in de bron.</translation>
    </message>
    <message>
      <source>Say what to do with series: new, list or add.</source>
      <translation>Zeg wat er met reeksen moet gebeuren: new, list of add.</translation>
    </message>
    <message>
      <source>There is no series with id {id}.</source>
      <translation>Er is geen reeks met id {id}.</translation>
    </message>
    <message>
      <source>series: {title}</source>
      <translation>reeks: {title}</translation>
    </message>
    <message>
      <source>“{session}” is meeting {place} of “{series}”.</source>
      <translation>“{session}” is bijeenkomst {place} van “{series}”.</translation>
    </message>
  </context>
</TS>
