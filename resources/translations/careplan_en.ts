<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BlockedDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n critical finding(s)&lt;/b&gt; must be acknowledged with a reason before you {0}. Go to one to read it, change the plan, or acknowledge it.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n critical finding&lt;/b&gt; must be acknowledged with a reason before you {0}. Go to one to read it, change the plan, or acknowledge it.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n critical findings&lt;/b&gt; must be acknowledged with a reason before you {0}. Go to one to read it, change the plan, or acknowledge it.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message numerus="yes">
        <source> %n more to edit after it.</source>
        <translation>
            <numerusform> %n more to edit after it.</numerusform>
            <numerusform> %n more to edit after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message numerus="yes">
        <source>%n critical(s)</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n criticals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message numerus="yes">
        <source>%n critical finding(s) not acknowledged.</source>
        <translation>
            <numerusform>%n critical finding not acknowledged.</numerusform>
            <numerusform>%n critical findings not acknowledged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>Flare plan (%n step(s))</source>
        <translation>
            <numerusform>Flare plan (%n step)</numerusform>
            <numerusform>Flare plan (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: every %n week(s)</source>
        <translation>
            <numerusform>Follow-up: every %n week</numerusform>
            <numerusform>Follow-up: every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineText</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message numerus="yes">
        <source>%n critical finding(s), all acknowledged</source>
        <translation>
            <numerusform>%n critical finding, all acknowledged</numerusform>
            <numerusform>%n critical findings, all acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledgement(s) recorded</source>
        <translation>
            <numerusform>%n acknowledgement recorded</numerusform>
            <numerusform>%n acknowledgements recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreTemplatesPanel</name>
    <message numerus="yes">
        <source>%n template(s) shared in clinic {0}.</source>
        <translation>
            <numerusform>%n template shared in clinic {0}.</numerusform>
            <numerusform>%n templates shared in clinic {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaperButton</name>
    <message numerus="yes">
        <source>taper: %n step(s)</source>
        <translation>
            <numerusform>taper: %n step</numerusform>
            <numerusform>taper: %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateBrowser</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; every %n week(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; every %n week&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Follow-up:&lt;/b&gt; every %n weeks&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every %n week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
