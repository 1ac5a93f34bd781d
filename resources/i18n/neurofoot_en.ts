<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/app.py" line="+119"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step rating(s)</source>
        <translation>
            <numerusform>%n step rating</numerusform>
            <numerusform>%n step ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/files/actions.py" line="+184"/>
        <source>Exported %n session(s) to:
{path}</source>
        <translation>
            <numerusform>Exported %n session to:
{path}</numerusform>
            <numerusform>Exported %n sessions to:
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceSection</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/adherence.py" line="+107"/>
        <source>{done} of %n planned session(s) held in this period.</source>
        <translation>
            <numerusform>{done} of %n planned session held in this period.</numerusform>
            <numerusform>{done} of %n planned sessions held in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n held back by the safety questions, as they should be.</source>
        <translation>
            <numerusform>%n held back by the safety questions, as it should be.</numerusform>
            <numerusform>%n held back by the safety questions, as they should be.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more beyond the plan.</source>
        <translation>
            <numerusform>%n more beyond the plan.</numerusform>
            <numerusform>%n more beyond the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/i18n.py" line="+376"/>
        <source>{done} of %n planned this week</source>
        <translation>
            <numerusform>{done} of %n planned this week</numerusform>
            <numerusform>{done} of %n planned this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/browser_filters.py" line="+120"/>
        <source>{shown} of %n session(s)</source>
        <translation>
            <numerusform>{shown} of %n session</numerusform>
            <numerusform>{shown} of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FootMap</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/footcheck/footmap.py" line="+99"/>
        <source>Drawing of the {foot}, {view}: %n spot(s) marked. Click to mark another.</source>
        <translation>
            <numerusform>Drawing of the {foot}, {view}: %n spot marked. Click to mark another.</numerusform>
            <numerusform>Drawing of the {foot}, {view}: %n spots marked. Click to mark another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionBrowser</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/browser.py" line="+573"/>
        <source>%n session(s) deleted; Undo brings back the last one ({date}).</source>
        <translation>
            <numerusform>%n session deleted; Undo brings back the last one ({date}).</numerusform>
            <numerusform>%n sessions deleted; Undo brings back the last one ({date}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/session_list.py" line="+134"/>
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n sign</numerusform>
            <numerusform>%n signs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/session/summary.py" line="+107"/>
        <source>{name} · {date} · %n minute(s) of massage</source>
        <translation>
            <numerusform>{name} · {date} · %n minute of massage</numerusform>
            <numerusform>{name} · {date} · %n minutes of massage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/charts.py" line="+232"/>
        <source>Week of {monday}: %n session(s)</source>
        <translation>
            <numerusform>Week of {monday}: %n session</numerusform>
            <numerusform>Week of {monday}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n with warning signs or a stop</source>
        <translation>
            <numerusform>, %n with warning signs or a stop</numerusform>
            <numerusform>, %n with warning signs or a stop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/reminders/words.py" line="+17"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>model</name>
    <message numerus="yes">
        <location filename="../../neurofoot_desktop/ui/history/session_list.py" line="+189"/>
        <source>%n sign(s)</source>
        <translation>
            <numerusform>%n sign</numerusform>
            <numerusform>%n signs</numerusform>
        </translation>
    </message>
</context>
</TS>
