<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>PeopleReviewDialog</name>
    <message numerus="yes">
      <source>%n uncertain matches to review</source>
      <translation>
        <numerusform>%n uncertain match to review</numerusform>
        <numerusform>%n uncertain matches to review</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SeriesBox</name>
    <message numerus="yes">
      <source>%n uncertain matches to review</source>
      <translation>
        <numerusform>%n uncertain match to review</numerusform>
        <numerusform>%n uncertain matches to review</numerusform>
      </translation>
    </message>
  </context>
</TS>
