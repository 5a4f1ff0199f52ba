<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>ReadyLine</name>
    <message numerus="yes">
      <source>%n participant(s) imported</source>
      <translation>
        <numerusform>%n participant imported</numerusform>
        <numerusform>%n participants imported</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Still missing: %n thing(s)</source>
      <translation>
        <numerusform>Still missing: %n thing</numerusform>
        <numerusform>Still missing: %n things</numerusform>
      </translation>
    </message>
  </context>
</TS>
