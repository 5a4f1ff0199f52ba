<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Quick poll</source>
        <translation>Snelle peiling</translation>
    </message>
</context>
<context>
    <name>PollBeamer</name>
    <message>
        <source>No question yet: type it on this activity's page in the workspace.</source>
        <translation>Nog geen vraag: typ ze op de pagina van dit onderdeel in de werkruimte.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer on your phone</source>
        <translation>Antwoord op je telefoon</translation>
    </message>
    <message>
        <source>The poll is closed</source>
        <translation>De peiling is gesloten</translation>
    </message>
</context>
<context>
    <name>PollControl</name>
    <message>
        <source>Open the poll</source>
        <translation>Peiling openen</translation>
    </message>
    <message>
        <source>Close the poll</source>
        <translation>Peiling sluiten</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Resultaat tonen</translation>
    </message>
    <message>
        <source>On the beamer and on the phones</source>
        <translation>Op de beamer en op de telefoons</translation>
    </message>
    <message>
        <source>Counting hands? Type the count per option or use − and +: they are added to the phones' answers as typed-in votes.</source>
        <translation>Handen tellen? Typ het aantal per optie of gebruik − en +: ze worden als ingetypte stemmen bij de antwoorden van de telefoons opgeteld.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Ingetypt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Typed-in votes for option {key}</source>
        <translation>Ingetypte stemmen voor optie {key}</translation>
    </message>
    <message>
        <source>One typed-in vote less</source>
        <translation>Eén ingetypte stem minder</translation>
    </message>
    <message>
        <source>One typed-in vote more</source>
        <translation>Eén ingetypte stem meer</translation>
    </message>
    <message>
        <source>Not ready: {problem} (on this activity's page in the workspace)</source>
        <translation>Nog niet klaar: {problem} (op de pagina van dit onderdeel in de werkruimte)</translation>
    </message>
    <message>
        <source>Open: phones can answer and change their answer.</source>
        <translation>Open: telefoons kunnen antwoorden en hun antwoord nog wijzigen.</translation>
    </message>
    <message>
        <source>Closed: answers are no longer accepted.</source>
        <translation>Gesloten: er worden geen antwoorden meer aanvaard.</translation>
    </message>
    <message>
        <source>Not open yet: phones see the question, answering starts when you open the poll.</source>
        <translation>Nog niet open: telefoons zien de vraag, antwoorden kan zodra je de peiling opent.</translation>
    </message>
    <message>
        <source>The results are shown.</source>
        <translation>Het resultaat is zichtbaar.</translation>
    </message>
    <message>
        <source>Reopen the poll</source>
        <translation>Peiling heropenen</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Resultaat verbergen</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in all</source>
        <translation>
            <numerusform>%n antwoord in totaal</numerusform>
            <numerusform>%n antwoorden in totaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from phones</source>
        <translation>
            <numerusform>%n van telefoons</numerusform>
            <numerusform>%n van telefoons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed in</source>
        <translation>
            <numerusform>%n ingetypt</numerusform>
            <numerusform>%n ingetypt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollError</name>
    <message>
        <source>Type the question the room answers.</source>
        <translation>Typ de vraag die de zaal beantwoordt.</translation>
    </message>
    <message>
        <source>The question is too long: keep it under {max} characters.</source>
        <translation>De vraag is te lang: houd ze onder {max} tekens.</translation>
    </message>
    <message>
        <source>Unknown kind of poll: “{mode}”.</source>
        <translation>Onbekende soort peiling: “{mode}”.</translation>
    </message>
    <message>
        <source>A poll needs at least two options: type one option per line.</source>
        <translation>Een peiling heeft minstens twee opties nodig: typ één optie per regel.</translation>
    </message>
    <message>
        <source>A poll has at most six options: remove some, or make it two polls.</source>
        <translation>Een peiling heeft hoogstens zes opties: schrap er enkele, of maak er twee peilingen van.</translation>
    </message>
    <message>
        <source>Option {number} is empty: type a text or remove it.</source>
        <translation>Optie {number} is leeg: typ een tekst of schrap ze.</translation>
    </message>
    <message>
        <source>Option {number} is too long: keep it under {max} characters.</source>
        <translation>Optie {number} is te lang: houd ze onder {max} tekens.</translation>
    </message>
    <message>
        <source>Options {first} and {second} are the same: “{text}”. Keep one of them.</source>
        <translation>Opties {first} en {second} zijn dezelfde: “{text}”. Houd er één over.</translation>
    </message>
</context>
<context>
    <name>PollReport</name>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>Er werden geen antwoorden gegeven.</translation>
    </message>
    <message>
        <source>This poll has no question.</source>
        <translation>Deze peiling heeft geen vraag.</translation>
    </message>
    <message>
        <source>Average on the scale from 1 to 5: {mean}</source>
        <translation>Gemiddelde op de schaal van 1 tot 5: {mean}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in all.</source>
        <translation>
            <numerusform>%n antwoord in totaal.</numerusform>
            <numerusform>%n antwoorden in totaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %n were typed in on the console.</source>
        <translation>
            <numerusform>Daarvan werd er %n ingetypt op de console.</numerusform>
            <numerusform>Daarvan werden er %n ingetypt op de console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollSetup</name>
    <message>
        <source>What should the room answer?</source>
        <translation>Wat moet de zaal beantwoorden?</translation>
    </message>
    <message>
        <source>Options (2 to 6)</source>
        <translation>Opties (2 tot 6)</translation>
    </message>
    <message>
        <source>Scale from 1 to 5</source>
        <translation>Schaal van 1 tot 5</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eén optie per regel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Phones answer with 1 to 5; say in the question what 1 and 5 mean.</source>
        <translation>Telefoons antwoorden met 1 tot 5; zeg in de vraag wat 1 en 5 betekenen.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Saved. The poll is ready.</source>
        <translation>Bewaard. De peiling is klaar.</translation>
    </message>
    <message>
        <source>Could not save the poll: {error}</source>
        <translation>De peiling kon niet bewaard worden: {error}</translation>
    </message>
</context>
</TS>
