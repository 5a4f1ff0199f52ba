<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ActivityKind</name>
        <message>
            <source>Questions to the panel</source>
            <translation>Vragen aan het panel</translation>
        </message>
    </context>
    <context>
        <name>QuestionState</name>
        <message>
            <source>new</source>
            <translation>nieuw</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>goedgekeurd</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <source>on the beamer</source>
            <translation>op de beamer</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>beantwoord</translation>
        </message>
    </context>
    <context>
        <name>QuestionsBeamer</name>
        <message>
            <source>Questions to the panel</source>
            <translation>Vragen aan het panel</translation>
        </message>
        <message>
            <source>Send your question from your phone.</source>
            <translation>Stuur je vraag via je telefoon.</translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n stem</numerusform>
                <numerusform>%n stemmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionsControl</name>
        <message>
            <source>Most votes first</source>
            <translation>Meeste stemmen eerst</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Oudste eerst</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Put on the beamer</source>
            <translation>Op de beamer</translation>
        </message>
        <message>
            <source>Mark answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Take off the beamer</source>
            <translation>Van de beamer halen</translation>
        </message>
        <message>
            <source>Type a question asked aloud and press Enter</source>
            <translation>Typ een hardop gestelde vraag en druk op Enter</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Vraag toevoegen</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>Sorteren</translation>
        </message>
        <message>
            <source>Asked aloud</source>
            <translation>Hardop gesteld</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n vraag</numerusform>
                <numerusform>%n vragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for approval</source>
            <translation>
                <numerusform>%n wacht op goedkeuring</numerusform>
                <numerusform>%n wachten op goedkeuring</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuestionsModel</name>
        <message>
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gesteld door</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>QuestionsReport</name>
        <message numerus="yes">
            <source>%n question(s) asked; {answered} answered.</source>
            <translation>
                <numerusform>%n vraag gesteld; {answered} beantwoord.</numerusform>
                <numerusform>%n vragen gesteld; {answered} beantwoord.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) hidden or never approved are left out.</source>
            <translation>
                <numerusform>%n verborgen of nooit goedgekeurde vraag is weggelaten.</numerusform>
                <numerusform>%n verborgen of nooit goedgekeurde vragen zijn weggelaten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Asked, not answered</source>
            <translation>Gesteld, niet beantwoord</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>No questions were asked.</source>
            <translation>Er zijn geen vragen gesteld.</translation>
        </message>
    </context>
    <context>
        <name>QuestionsSetup</name>
        <message>
            <source>For example: Ask the panel anything about touring abroad.</source>
            <translation>Bijvoorbeeld: Stel het panel al je vragen over touren in het buitenland.</translation>
        </message>
        <message>
            <source>Phones may add a name to their question</source>
            <translation>Telefoons mogen een naam bij hun vraag zetten</translation>
        </message>
        <message>
            <source>Questions wait for approval before phones see them</source>
            <translation>Vragen wachten op goedkeuring voordat telefoons ze zien</translation>
        </message>
        <message>
            <source>Questions are anonymous unless names are allowed here and someone types one. Without approval every question is visible to all phones at once; the moderator can still hide it.</source>
            <translation>Vragen zijn anoniem, tenzij namen hier zijn toegestaan en iemand er een typt. Zonder goedkeuring ziet elke telefoon een vraag meteen; de moderator kan hem nog verbergen.</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Inleiding</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Could not save: {error}</source>
            <translation>Opslaan lukte niet: {error}</translation>
        </message>
    </context>
</TS>
