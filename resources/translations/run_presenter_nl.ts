<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>ConsoleLayout</name>
    <message>
      <location filename="../../app/ui/run/panels.py" line="69" />
      <source>Back at</source>
      <translation>Terug om</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/panels.py" line="71" />
      <source>The pause screen counts down to this time of day</source>
      <translation>Het pauzescherm telt af naar dit tijdstip</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/panels.py" line="78" />
      <source>Beamer as a window</source>
      <translation>Beamer als venster</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/panels.py" line="80" />
      <source>With one screen the beamer stays hidden until you ask for it</source>
      <translation>Met één scherm blijft de beamer verborgen tot je erom vraagt</translation>
    </message>
  </context>
  <context>
    <name>Duration</name>
    <message numerus="yes">
      <location filename="../../app/widgets/durations.py" line="14" />
      <source>%n h</source>
      <translation>
        <numerusform>%n u</numerusform>
        <numerusform>%n u</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/widgets/durations.py" line="16" />
      <source>%n s</source>
      <translation>
        <numerusform>%n s</numerusform>
        <numerusform>%n s</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/widgets/durations.py" line="17" />
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Presenter</name>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="57" />
      <source>On schedule</source>
      <translation>Op schema</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/run/presenter.py" line="59" />
      <source>%n min behind the plan</source>
      <translation>
        <numerusform>%n min achter op de planning</numerusform>
        <numerusform>%n min achter op de planning</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/run/presenter.py" line="60" />
      <source>%n min ahead of the plan</source>
      <translation>
        <numerusform>%n min voor op de planning</numerusform>
        <numerusform>%n min voor op de planning</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="65" />
      <source>Back at {time}</source>
      <translation>Terug om {time}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../app/ui/run/presenter.py" line="71" />
      <source>%n min to go</source>
      <translation>
        <numerusform>nog %n min</numerusform>
        <numerusform>nog %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PresenterStrip</name>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="91" />
      <source>Time of day</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="149" />
      <source>Next: {title}</source>
      <translation>Hierna: {title}</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="152" />
      <source>planned {time}</source>
      <translation>gepland {time}</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="157" />
      <source>Next: the end of the session</source>
      <translation>Hierna: het einde van de bijeenkomst</translation>
    </message>
    <message>
      <location filename="../../app/ui/run/presenter.py" line="160" />
      <source>No start time set: the plan starts with the first item</source>
      <translation>Geen begintijd: de planning begint bij het eerste onderdeel</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../printables/report.py" line="55" />
      <source>h</source>
      <translation>u</translation>
    </message>
  </context>
</TS>