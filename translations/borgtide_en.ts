<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>borgtide::ActivityPage</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation><numerusform>%Ln job</numerusform><numerusform>%Ln jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation><numerusform>%n job running</numerusform><numerusform>%n jobs running</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::ScheduleEditorDialog</name>
    <message numerus="yes">
        <source>%n pre-job hook(s)</source>
        <translation><numerusform>%n pre-job hook</numerusform><numerusform>%n pre-job hooks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation><numerusform>%n post-job hook</numerusform><numerusform>%n post-job hooks</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesModel</name>
    <message numerus="yes">
        <source>%n pre-job hook(s), %1</source>
        <translation><numerusform>%n pre-job hook, %1</numerusform><numerusform>%n pre-job hooks, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation><numerusform>%n post-job hook</numerusform><numerusform>%n post-job hooks</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesPage</name>
    <message numerus="yes">
        <source>Exported %n schedule(s) to %1.</source>
        <translation><numerusform>Exported %n schedule to %1.</numerusform><numerusform>Exported %n schedules to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::TrayIcon</name>
    <message numerus="yes">
        <source>Borgtide: %n backup job(s) running</source>
        <translation><numerusform>Borgtide: %n backup job running</numerusform><numerusform>Borgtide: %n backup jobs running</numerusform></translation>
    </message>
</context>
<context>
    <name>borgtide::format</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
</TS>