<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogBackend</name>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1: %n entity</numerusform>
            <numerusform>%1: %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityKubernetesTab</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubernetesPage</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubernetesStatus</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <comment>@info:age</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardBars</name>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@label</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardChecks</name>
    <message numerus="yes">
        <source>applies to %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>applies to %n entity</numerusform>
            <numerusform>applies to %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardsPage</name>
    <message numerus="yes">
        <source>%1 rules · %n checks</source>
        <comment>@label rule set name and size</comment>
        <translation>
            <numerusform>%1 rules · %n check</numerusform>
            <numerusform>%1 rules · %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>over %n entity</numerusform>
            <numerusform>over %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%1 · %n entities · %2</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%1 · %n entity · %2</numerusform>
            <numerusform>%1 · %n entities · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities from %1 sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n entity from %1 sources</numerusform>
            <numerusform>%n entities from %1 sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the sources</source>
        <comment>@info:status</comment>
        <translation>
            <numerusform>%n problem in the sources</numerusform>
            <numerusform>%n problems in the sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSourceRow</name>
    <message numerus="yes">
        <source>%n entities</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateWizard</name>
    <message numerus="yes">
        <source>(binary file, %n bytes)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>(binary file, %n byte)</numerusform>
            <numerusform>(binary file, %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… (%n bytes more)</source>
        <comment>@info</comment>
        <translation>
            <numerusform>
… (%n byte more)</numerusform>
            <numerusform>
… (%n bytes more)</numerusform>
        </translation>
    </message>
</context>
</TS>
