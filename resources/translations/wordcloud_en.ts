<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>WordcloudControl</name>
    <message numerus="yes">
      <source>%n answer(s)</source>
      <translation>
        <numerusform>%n answer</numerusform>
        <numerusform>%n answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n word(s) on the beamer</source>
      <translation>
        <numerusform>%n word on the beamer</numerusform>
        <numerusform>%n words on the beamer</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WordcloudReport</name>
    <message numerus="yes">
      <source>%n answer(s) from the room</source>
      <translation>
        <numerusform>%n answer from the room</numerusform>
        <numerusform>%n answers from the room</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n different word(s)</source>
      <translation>
        <numerusform>%n word</numerusform>
        <numerusform>%n different words</numerusform>
      </translation>
    </message>
  </context>
</TS>
