<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/import_dialog.py" line="+120"/>
        <source>%n file(s) were already in the library and had not changed.</source>
        <translation>
            <numerusform>%n file were already in the library and had not changed.</numerusform>
            <numerusform>%n files were already in the library and had not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/main_window.py" line="+410"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/pack_editor.py" line="+144"/>
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Planned: %n minute</numerusform>
            <numerusform>Planned: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacksPanel</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/packs_panel.py" line="+306"/>
        <source>From the publisher (checked): %n document(s).</source>
        <translation>
            <numerusform>From the publisher (checked): %n document.</numerusform>
            <numerusform>From the publisher (checked): %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Shared by a colleague (not checked): %n document(s).</source>
        <translation>
            <numerusform>Shared by a colleague (not checked): %n document.</numerusform>
            <numerusform>Shared by a colleague (not checked): %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/search_status.py" line="+14"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/sync_dialog.py" line="+244"/>
        <source>The library is up to date (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>The library is up to date (release {release}, %n document).</numerusform>
            <numerusform>The library is up to date (release {release}, %n documents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document added</numerusform>
            <numerusform>%n documents added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revised</source>
        <translation>
            <numerusform>%n revised</numerusform>
            <numerusform>%n revised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n document(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n document could not be read and were left out:</numerusform>
            <numerusform>%n documents could not be read and were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Last updated {when} from {source} (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>Last updated {when} from {source} (release {release}, %n document).</numerusform>
            <numerusform>Last updated {when} from {source} (release {release}, %n documents).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/sync_status.py" line="+106"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n document(s) new or revised in the last update.</source>
        <translation>
            <numerusform>%n document new or revised in the last update.</numerusform>
            <numerusform>%n documents new or revised in the last update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+147"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
