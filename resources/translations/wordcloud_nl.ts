<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>ActivityKind</name>
    <message>
      <source>Word cloud</source>
      <translation>Woordwolk</translation>
    </message>
  </context>
  <context>
    <name>WordcloudBeamer</name>
    <message>
      <source>The words from the room appear here.</source>
      <translation>De woorden uit de zaal verschijnen hier.</translation>
    </message>
  </context>
  <context>
    <name>WordcloudControl</name>
    <message numerus="yes">
      <source>%n answer(s)</source>
      <translation>
        <numerusform>%n antwoord</numerusform>
        <numerusform>%n antwoorden</numerusform>
      </translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Woord</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <source>On the beamer</source>
      <translation>Op de beamer</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Woorden</translation>
    </message>
    <message>
      <source>Hide</source>
      <translation>Verbergen</translation>
    </message>
    <message>
      <source>Show again</source>
      <translation>Weer tonen</translation>
    </message>
    <message>
      <source>Merge selected</source>
      <translation>Geselecteerde samenvoegen</translation>
    </message>
    <message>
      <source>Count the selected spellings as one word (the one with the most answers)</source>
      <translation>Tel de geselecteerde schrijfwijzen als één woord (dat met de meeste antwoorden)</translation>
    </message>
    <message>
      <source>Split merged</source>
      <translation>Samenvoeging ongedaan maken</translation>
    </message>
    <message>
      <source>Type an answer from the room and press Enter</source>
      <translation>Typ een antwoord uit de zaal en druk op Enter</translation>
    </message>
    <message>
      <source>Answer from the room</source>
      <translation>Antwoord uit de zaal</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwoord</translation>
    </message>
    <message>
      <source>(no prompt yet)</source>
      <translation>(nog geen vraag)</translation>
    </message>
    <message numerus="yes">
      <source>%n word(s) on the beamer</source>
      <translation>
        <numerusform>%n woord op de beamer</numerusform>
        <numerusform>%n woorden op de beamer</numerusform>
      </translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>verborgen</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>Type a word first: spaces and punctuation alone are not an answer.</source>
      <translation>Typ eerst een woord: spaties en leestekens alleen zijn geen antwoord.</translation>
    </message>
    <message>
      <source>Added: {word}</source>
      <translation>Toegevoegd: {word}</translation>
    </message>
  </context>
  <context>
    <name>WordcloudReport</name>
    <message numerus="yes">
      <source>%n answer(s) from the room</source>
      <translation>
        <numerusform>%n antwoord uit de zaal</numerusform>
        <numerusform>%n antwoorden uit de zaal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n different word(s)</source>
      <translation>
        <numerusform>%n woord</numerusform>
        <numerusform>%n verschillende woorden</numerusform>
      </translation>
    </message>
    <message>
      <source>Word</source>
      <translation>Woord</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <source>No words were sent.</source>
      <translation>Er zijn geen woorden verstuurd.</translation>
    </message>
  </context>
  <context>
    <name>WordcloudSetup</name>
    <message>
      <source>e.g. One word for today</source>
      <translation>bv. Eén woord voor vandaag</translation>
    </message>
    <message>
      <source>Phones send their words while this activity is on the beamer; without phones, a note-taker types the room's answers on the console.</source>
      <translation>Telefoons sturen hun woorden zolang dit onderdeel op de beamer staat; zonder telefoons typt een notulist de antwoorden uit de zaal in de console.</translation>
    </message>
    <message>
      <source>Prompt on the beamer and the phones</source>
      <translation>Vraag op de beamer en de telefoons</translation>
    </message>
    <message>
      <source>Answers per phone</source>
      <translation>Antwoorden per telefoon</translation>
    </message>
  </context>
</TS>
