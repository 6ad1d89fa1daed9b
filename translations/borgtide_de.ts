<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Borgtide</source>
        <translation>Borgtide</translation>
    </message>
    <message>
        <source>Passphrase Needed</source>
        <translation>Passphrase erforderlich</translation>
    </message>
    <message>
        <source>The backup needs the passphrase of the repository “%1” (%2). It is not stored in the keychain yet.</source>
        <translation>Für die Sicherung wird die Passphrase des Repositorys „%1“ (%2) benötigt. Sie ist noch nicht im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled: Borgtide was closed</source>
        <translation>Abgebrochen: Borgtide wurde beendet</translation>
    </message>
    <message>
        <source>Quit Borgtide</source>
        <translation>Borgtide beenden</translation>
    </message>
    <message>
        <source>A backup job is running. Quit and cancel it? Cleanup hooks still run.</source>
        <translation>Ein Sicherungsauftrag läuft. Beenden und den Auftrag abbrechen? Aufräum-Hooks werden trotzdem ausgeführt.</translation>
    </message>
</context>
<context>
    <name>borgtide::ActivityPage</name>
    <message>
        <source>All schedules</source>
        <translation>Alle Zeitpläne</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs match the filter</source>
        <translation>Keine Aufträge entsprechen dem Filter</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
</context>
<context>
    <name>borgtide::AddRepositoryDialog</name>
    <message>
        <source>Create Repository</source>
        <translation>Repository erstellen</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <source>Borgtide runs borg init to create a new, empty repository at the location you choose.</source>
        <translation>Borgtide führt borg init aus, um am gewählten Speicherort ein neues, leeres Repository zu erstellen.</translation>
    </message>
    <message>
        <source>Borgtide checks the location and the passphrase with borg info before it adds the repository.</source>
        <translation>Borgtide prüft den Speicherort und die Passphrase mit borg info, bevor das Repository hinzugefügt wird.</translation>
    </message>
    <message>
        <source>For example: Home backups</source>
        <translation>Zum Beispiel: Sicherung des persönlichen Ordners</translation>
    </message>
    <message>
        <source>/path/to/repository or ssh://user@host/./repository</source>
        <translation>/pfad/zum/repository oder ssh://benutzer@host/./repository</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a local folder.</source>
        <translation>Einen lokalen Ordner auswählen.</translation>
    </message>
    <message>
        <source>Leave empty if the repository is not encrypted</source>
        <translation>Leer lassen, wenn das Repository nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the repository</source>
        <translation>Neuen oder leeren Ordner für das Repository auswählen</translation>
    </message>
    <message>
        <source>Choose the folder of the borg repository</source>
        <translation>Ordner des borg-Repositorys auswählen</translation>
    </message>
    <message>
        <source>The backups are not encrypted: anyone who can read the repository can read your files.</source>
        <translation>Die Sicherungen sind nicht verschlüsselt: Wer das Repository lesen kann, kann auch Ihre Dateien lesen.</translation>
    </message>
    <message>
        <source>The key is kept in the repository, protected by the passphrase. Without the passphrase nobody can read the backups, not even you.</source>
        <translation>Der Schlüssel wird im Repository aufbewahrt und durch die Passphrase geschützt. Ohne die Passphrase kann niemand die Sicherungen lesen – auch Sie nicht.</translation>
    </message>
    <message>
        <source>The key is kept on this computer, protected by the passphrase. Export it with borg key export and keep a copy: without it the backups cannot be read.</source>
        <translation>Der Schlüssel wird auf diesem Computer aufbewahrt und durch die Passphrase geschützt. Exportieren Sie ihn mit borg key export und bewahren Sie eine Kopie auf: Ohne ihn können die Sicherungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backups are not encrypted, but the passphrase protects them against tampering.</source>
        <translation>Die Sicherungen sind nicht verschlüsselt, aber die Passphrase schützt sie vor Manipulation.</translation>
    </message>
    <message>
        <source>Enter a name for the repository.</source>
        <translation>Geben Sie einen Namen für das Repository ein.</translation>
    </message>
    <message>
        <source>A repository named "%1" already exists. Choose another name.</source>
        <translation>Ein Repository namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the location of the repository: a local folder or a remote address such as ssh://user@host/./backups.</source>
        <translation>Geben Sie den Speicherort des Repositorys ein: einen lokalen Ordner oder eine entfernte Adresse wie ssh://user@host/./backups.</translation>
    </message>
    <message>
        <source>Enter the full path of the folder (starting with /) or a remote address such as ssh://user@host/./backups.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners (beginnend mit /) oder eine entfernte Adresse wie ssh://user@host/./backups ein.</translation>
    </message>
    <message>
        <source>This location is already added as the repository "%1".</source>
        <translation>Dieser Speicherort ist bereits als Repository „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Enter a passphrase. borg uses it to protect the repository's key.</source>
        <translation>Geben Sie eine Passphrase ein. borg schützt damit den Schlüssel des Repositorys.</translation>
    </message>
    <message>
        <source>The passphrases do not match. Type the same passphrase twice.</source>
        <translation>Die Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Creating the repository with borg init…</source>
        <translation>Repository wird mit borg init erstellt…</translation>
    </message>
    <message>
        <source>Checking the repository with borg info…</source>
        <translation>Repository wird mit borg info geprüft…</translation>
    </message>
    <message>
        <source>borg could not create the repository: %1</source>
        <translation>borg konnte das Repository nicht erstellen: %1</translation>
    </message>
    <message>
        <source>borg could not open the repository: %1</source>
        <translation>borg konnte das Repository nicht öffnen: %1</translation>
    </message>
    <message>
        <source>borg info did not describe the repository's encryption. Is this a borg repository?</source>
        <translation>borg info hat die Verschlüsselung des Repositorys nicht angegeben. Ist das ein borg-Repository?</translation>
    </message>
    <message>
        <source>Storing the passphrase…</source>
        <translation>Passphrase wird gespeichert…</translation>
    </message>
    <message>
        <source>borg created the repository, but Borgtide could not save it: %1. Add it with Add Existing… once the problem is solved.</source>
        <translation>borg hat das Repository erstellt, aber Borgtide konnte es nicht speichern: %1. Fügen Sie es mit „Vorhandenes hinzufügen…“ hinzu, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Borgtide could not save the repository: %1</source>
        <translation>Borgtide konnte das Repository nicht speichern: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The repository "%1" was added, but its passphrase could not be stored in the system keychain (%2). Borgtide keeps the passphrase for this session only; after a restart, enter it again with Set Passphrase….</source>
        <translation>Das Repository „%1“ wurde hinzugefügt, aber seine Passphrase konnte nicht im Schlüsselbund des Systems gespeichert werden (%2). Borgtide behält die Passphrase nur für diese Sitzung; geben Sie sie nach einem Neustart mit „Passphrase festlegen…“ erneut ein.</translation>
    </message>
</context>
<context>
    <name>borgtide::ArchivesDialog</name>
    <message>
        <source>Archives of %1</source>
        <translation>Archive von %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Filter the paths</source>
        <translation>Pfade filtern</translation>
    </message>
    <message>
        <source>Double-click a path to restore only it (and what is below it).</source>
        <translation>Doppelklicken Sie auf einen Pfad, um nur diesen (und alles darunter) wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore the selected archive</source>
        <translation>Ausgewähltes Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Only these paths (one per line, as stored in the archive):</source>
        <translation>Nur diese Pfade (einer pro Zeile, wie im Archiv gespeichert):</translation>
    </message>
    <message>
        <source>Leave empty to restore the whole archive. Example: home/anna/Documents</source>
        <translation>Leer lassen, um das ganze Archiv wiederherzustellen. Beispiel: home/anna/Documents</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show Contents</source>
        <translation>Inhalt anzeigen</translation>
    </message>
    <message>
        <source>List the files in the selected archive.</source>
        <translation>Die Dateien im ausgewählten Archiv auflisten.</translation>
    </message>
    <message>
        <source>Cancel Restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Loading the archives with borg list…</source>
        <translation>Archive werden mit borg list geladen…</translation>
    </message>
    <message>
        <source>borg could not list the archives: %1</source>
        <translation>borg konnte die Archive nicht auflisten: %1</translation>
    </message>
    <message>
        <source>The repository has no archives yet.</source>
        <translation>Das Repository enthält noch keine Archive.</translation>
    </message>
    <message>
        <source>One archive. Select it to restore it.</source>
        <translation>Ein Archiv. Wählen Sie es aus, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 archives, newest first. Select one to restore it.</source>
        <translation>%1 Archive, neueste zuerst. Wählen Sie eines aus, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>Listing the contents of "%1" with borg list…</source>
        <translation>Inhalt von „%1“ wird mit borg list aufgelistet…</translation>
    </message>
    <message>
        <source>borg could not list the contents: %1</source>
        <translation>borg konnte den Inhalt nicht auflisten: %1</translation>
    </message>
    <message>
        <source>One path in "%1". Double-click it to restore only it.</source>
        <translation>Ein Pfad in „%1“. Doppelklicken Sie darauf, um nur ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 paths in "%2". Double-click one to restore only it (and what is below it).</source>
        <translation>%1 Pfade in „%2“. Doppelklicken Sie auf einen, um nur diesen (und alles darunter) wiederherzustellen.</translation>
    </message>
    <message>
        <source>Choose the folder to restore the archive "%1" into</source>
        <translation>Ordner auswählen, in den das Archiv „%1“ wiederhergestellt wird</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Restore into a folder that is not empty?</source>
        <translation>In einen nicht leeren Ordner wiederherstellen?</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Files from the archive replace files with the same names there. Restore into it anyway?</source>
        <translation>Der Ordner %1 ist nicht leer. Dateien aus dem Archiv ersetzen dort Dateien mit gleichem Namen. Trotzdem in diesen Ordner wiederherstellen?</translation>
    </message>
    <message>
        <source>Restoring "%1" to %2…</source>
        <translation>„%1“ wird nach %2 wiederhergestellt…</translation>
    </message>
    <message>
        <source>The restore was stopped. Files restored so far remain in %1.</source>
        <translation>Die Wiederherstellung wurde gestoppt. Bereits wiederhergestellte Dateien bleiben in %1.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restored to %1, with warnings from borg: %2</source>
        <translation>Nach %1 wiederhergestellt, mit Warnungen von borg: %2</translation>
    </message>
    <message>
        <source>Restored to %1</source>
        <translation>Nach %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Stopping the restore…</source>
        <translation>Wiederherstellung wird gestoppt…</translation>
    </message>
    <message>
        <source>Stop the restore?</source>
        <translation>Wiederherstellung stoppen?</translation>
    </message>
    <message>
        <source>A restore into %1 is running. Stop it and close the window?</source>
        <translation>Eine Wiederherstellung nach %1 läuft. Stoppen und das Fenster schließen?</translation>
    </message>
</context>
<context>
    <name>borgtide::BorgCommand</name>
    <message>
        <source>borg exited with code %1</source>
        <translation>borg wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>Cannot start borg (%1): %2</source>
        <translation>borg kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>borg was killed by signal %1</source>
        <translation>borg wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>No passphrase for repository '%1' is stored</source>
        <translation>Für das Repository „%1“ ist keine Passphrase gespeichert</translation>
    </message>
</context>
<context>
    <name>borgtide::CronExpression</name>
    <message>
        <source>minute</source>
        <comment>cron field name</comment>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field name</comment>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <comment>cron field name</comment>
        <translation>Monatstag</translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field name</comment>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <comment>cron field name</comment>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>%1 field: unexpected '%2' (at column %3)</source>
        <translation>Feld „%1“: unerwartetes „%2“ (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: missing value after '%2' (at column %3)</source>
        <translation>Feld „%1“: Wert nach „%2“ fehlt (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: '%2' is out of range %3-%4 (at column %5)</source>
        <translation>Feld „%1“: „%2“ liegt außerhalb des Bereichs %3-%4 (in Spalte %5)</translation>
    </message>
    <message>
        <source>%1 field: unknown month name '%2' (use JAN-DEC) (at column %3)</source>
        <translation>Feld „%1“: unbekannter Monatsname „%2“ (JAN-DEC verwenden) (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: unknown day name '%2' (use SUN-SAT) (at column %3)</source>
        <translation>Feld „%1“: unbekannter Tagesname „%2“ (SUN-SAT verwenden) (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: '%2' is not a number (at column %3)</source>
        <translation>Feld „%1“: „%2“ ist keine Zahl (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: empty list item (at column %2)</source>
        <translation>Feld „%1“: leerer Listeneintrag (in Spalte %2)</translation>
    </message>
    <message>
        <source>%1 field: range '%2' is reversed (at column %3)</source>
        <translation>Feld „%1“: Bereich „%2“ ist umgekehrt (in Spalte %3)</translation>
    </message>
    <message>
        <source>%1 field: step must be at least 1 (at column %2)</source>
        <translation>Feld „%1“: Die Schrittweite muss mindestens 1 sein (in Spalte %2)</translation>
    </message>
    <message>
        <source>%1 field: step '%2' is out of range 1-%3 (at column %4)</source>
        <translation>Feld „%1“: Schrittweite „%2“ liegt außerhalb des Bereichs 1-%3 (in Spalte %4)</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two items of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>items of a list</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <comment>a range of values</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the cron expression is empty</source>
        <translation>der Cron-Ausdruck ist leer</translation>
    </message>
    <message>
        <source>unexpected '%1' after %2 (at column %3)</source>
        <translation>unerwartetes „%1“ nach %2 (in Spalte %3)</translation>
    </message>
    <message>
        <source>unknown macro '%1' (supported: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</source>
        <translation>unbekanntes Makro „%1“ (unterstützt: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>5 Felder erwartet (Minute Stunde Monatstag Monat Wochentag), %1 gefunden</translation>
    </message>
    <message>
        <source>Invalid cron expression</source>
        <translation>Ungültiger Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>At minute %1 past every hour</source>
        <translation>Stündlich zur Minute %1</translation>
    </message>
    <message>
        <source>Every minute from %1 through %2</source>
        <translation>Jede Minute von %1 bis %2 Uhr</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jeder Minute</translation>
    </message>
    <message>
        <source>every %1 minute</source>
        <translation>jeder %1 Minute</translation>
    </message>
    <message>
        <source>every %1 minute from %2 through %3</source>
        <translation>jeder %1 Minute von %2 bis %3</translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <source>minutes %1</source>
        <translation>den Minuten %1</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>jeder Stunde</translation>
    </message>
    <message>
        <source>every %1 hour</source>
        <translation>jeder %1 Stunde</translation>
    </message>
    <message>
        <source>every %1 hour from %2 through %3</source>
        <translation>jeder %1 Stunde von %2 bis %3 Uhr</translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation>der Stunde %1</translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation>der Stunden %1</translation>
    </message>
    <message>
        <source>At %1 past %2</source>
        <comment>e.g. At minute 5 past every 2nd hour</comment>
        <translation>In %1 %2</translation>
    </message>
    <message>
        <source>every %1 day</source>
        <translation>an jedem %1 Tag</translation>
    </message>
    <message>
        <source>every %1 day from %2 through %3</source>
        <translation>an jedem %1 Tag vom %2. bis %3.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>am %1.</translation>
    </message>
    <message>
        <source>days %1</source>
        <translation>an den Tagen %1</translation>
    </message>
    <message>
        <source>on %1 of the month if it is %2</source>
        <translation>%1 des Monats, sofern der Tag auf %2 fällt</translation>
    </message>
    <message>
        <source>on %1 and on %2</source>
        <comment>day of month OR day of week</comment>
        <translation>%1 des Monats sowie am %2</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>month name, day number: on January 1</comment>
        <translation>am %2. %1</translation>
    </message>
    <message>
        <source>on %1 of the month</source>
        <translation>%1 des Monats</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on weekdays</comment>
        <translation>am %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>in months</comment>
        <translation>im %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>sentence continued by a phrase</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Täglich um %1 Uhr</translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <comment>time, days</comment>
        <translation>Um %1 Uhr %2</translation>
    </message>
</context>
<context>
    <name>borgtide::HookEditorDialog</name>
    <message>
        <source>Configure Hooks</source>
        <translation>Hooks konfigurieren</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Runs the selected hook earlier (Ctrl+Up in the list).</source>
        <translation>Führt den ausgewählten Hook früher aus (Strg+Pfeil nach oben in der Liste).</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Runs the selected hook later (Ctrl+Down in the list).</source>
        <translation>Führt den ausgewählten Hook später aus (Strg+Pfeil nach unten in der Liste).</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removes the selected hook (Delete in the list).</source>
        <translation>Entfernt den ausgewählten Hook (Entf in der Liste).</translation>
    </message>
    <message>
        <source>S&amp;ave Hooks</source>
        <translation>Hooks &amp;speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes the dialog and drops every change (Esc).</source>
        <translation>Schließt den Dialog und verwirft alle Änderungen (Esc).</translation>
    </message>
    <message>
        <source>Pre-Job Hooks</source>
        <translation>Vor-Hooks</translation>
    </message>
    <message>
        <source>Post-Job Hooks</source>
        <translation>Nach-Hooks</translation>
    </message>
    <message>
        <source>No pre-job hooks. They run before the backup, e.g. a database dump.</source>
        <translation>Keine Vor-Hooks. Sie laufen vor der Sicherung, z. B. ein Datenbank-Dump.</translation>
    </message>
    <message>
        <source>No post-job hooks. They run after the backup, e.g. to clean up or to ping a health check.</source>
        <translation>Keine Nach-Hooks. Sie laufen nach der Sicherung, z. B. zum Aufräumen oder um einen Health-Check anzupingen.</translation>
    </message>
    <message>
        <source>Pre-job hooks</source>
        <translation>Vor-Hooks</translation>
    </message>
    <message>
        <source>Post-job hooks</source>
        <translation>Nach-Hooks</translation>
    </message>
    <message>
        <source>Add &amp;Pre-Hook</source>
        <translation>&amp;Vor-Hook hinzufügen</translation>
    </message>
    <message>
        <source>Add P&amp;ost-Hook</source>
        <translation>Nach-Hoo&amp;k hinzufügen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select a hook on the left to edit it, or add a new one.</source>
        <translation>Wählen Sie links einen Hook zum Bearbeiten aus oder fügen Sie einen neuen hinzu.</translation>
    </message>
    <message>
        <source>For example: Database Dump</source>
        <translation>Zum Beispiel: Datenbank-Dump</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>For example: pg_dump mydb &gt; /tmp/dump.sql</source>
        <translation>Zum Beispiel: pg_dump mydb &gt; /tmp/dump.sql</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>The shell that runs the command, e.g. /bin/bash. Leave it empty for the default shell.</source>
        <translation>Die Shell, die den Befehl ausführt, z. B. /bin/bash. Leer lassen für die Standard-Shell.</translation>
    </message>
    <message>
        <source>S&amp;hell:</source>
        <translation>S&amp;hell:</translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Extra environment variables for the command. A value may use {{ secret.NAME }} to read a secret from the keychain when the hook runs.</source>
        <translation>Zusätzliche Umgebungsvariablen für den Befehl. Ein Wert kann {{ secret.NAME }} verwenden, um beim Ausführen des Hooks ein Geheimnis aus dem Schlüsselbund zu lesen.</translation>
    </message>
    <message>
        <source>En&amp;vironment variables:</source>
        <translation>U&amp;mgebungsvariablen:</translation>
    </message>
    <message>
        <source>Metho&amp;d:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Placeholders such as {{ job.status }}, {{ schedule.name }} or {{ secret.NAME }} are filled in when the hook runs.</source>
        <translation>Platzhalter wie {{ job.status }}, {{ schedule.name }} oder {{ secret.NAME }} werden beim Ausführen des Hooks ausgefüllt.</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>For example: {"status": "{{ job.status }}"}</source>
        <translation>Zum Beispiel: {"status": "{{ job.status }}"}</translation>
    </message>
    <message>
        <source>Re&amp;quest body:</source>
        <translation>Anfrage-Bo&amp;dy:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The hook is stopped and counts as failed when it runs longer.</source>
        <translation>Der Hook wird gestoppt und gilt als fehlgeschlagen, wenn er länger läuft.</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Cr&amp;itical</source>
        <translation>K&amp;ritisch</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>Akt&amp;iviert</translation>
    </message>
    <message>
        <source>A disabled hook is kept but does not run.</source>
        <translation>Ein deaktivierter Hook bleibt erhalten, wird aber nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Continue with the ne&amp;xt hooks if this one fails</source>
        <translation>Mit den nä&amp;chsten Hooks fortfahren, wenn dieser fehlschlägt</translation>
    </message>
    <message>
        <source>Success only</source>
        <translation>Nur bei Erfolg</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only on failure</source>
        <translation>Nur bei Fehler</translation>
    </message>
    <message>
        <source>Success only: runs when nothing failed the job. Always: runs after success and after failure. Only on failure: runs only when the job failed or was cancelled.</source>
        <translation>Nur bei Erfolg: läuft, wenn nichts den Auftrag scheitern ließ. Immer: läuft nach Erfolg und nach Fehler. Nur bei Fehler: läuft nur, wenn der Auftrag fehlgeschlagen ist oder abgebrochen wurde.</translation>
    </message>
    <message>
        <source>Run even if job &amp;failed</source>
        <translation>Auch bei &amp;fehlgeschlagenem Auftrag ausführen</translation>
    </message>
    <message>
        <source>Runs this post-hook after a failed or cancelled job too, e.g. to clean up or to restart services.</source>
        <translation>Führt diesen Nach-Hook auch nach einem fehlgeschlagenen oder abgebrochenen Auftrag aus, z. B. zum Aufräumen oder um Dienste neu zu starten.</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Runs the selected hook now with sample values: job ID "test", a manual job, and this schedule's name and repository. Testing never changes the hooks.</source>
        <translation>Führt den ausgewählten Hook jetzt mit Beispielwerten aus: Auftrags-ID „test“, ein manueller Auftrag sowie Name und Repository dieses Zeitplans. Ein Test ändert die Hooks nie.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>"Test" runs the selected hook now with sample values and shows its output here.</source>
        <translation>„Testen“ führt den ausgewählten Hook jetzt mit Beispielwerten aus und zeigt hier seine Ausgabe.</translation>
    </message>
    <message>
        <source>%1. (no name yet)</source>
        <translation>%1. (noch ohne Namen)</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>on failure</source>
        <translation>bei Fehler</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>This hook has no name yet.</source>
        <translation>Dieser Hook hat noch keinen Namen.</translation>
    </message>
    <message>
        <source>Pre-job hook %1 of %2</source>
        <translation>Vor-Hook %1 von %2</translation>
    </message>
    <message>
        <source>Post-job hook %1 of %2</source>
        <translation>Nach-Hook %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>If this post-hook fails, the job counts as failed and the remaining post-hooks that run on success only are skipped.</source>
        <translation>Wenn dieser Nach-Hook fehlschlägt, gilt der Auftrag als fehlgeschlagen, und die übrigen Nach-Hooks, die nur bei Erfolg laufen, werden übersprungen.</translation>
    </message>
    <message>
        <source>If this pre-hook fails, the job fails at once: the backup and the remaining hooks are skipped.</source>
        <translation>Wenn dieser Vor-Hook fehlschlägt, schlägt der Auftrag sofort fehl: Die Sicherung und die übrigen Hooks werden übersprungen.</translation>
    </message>
    <message>
        <source>When this hook fails and this is off, the remaining hooks of the same list are skipped.</source>
        <translation>Wenn dieser Hook fehlschlägt und diese Option aus ist, werden die übrigen Hooks derselben Liste übersprungen.</translation>
    </message>
    <message>
        <source>Pre-hook %1</source>
        <translation>Vor-Hook %1</translation>
    </message>
    <message>
        <source>Pre-hook '%1'</source>
        <translation>Vor-Hook „%1“</translation>
    </message>
    <message>
        <source>Post-hook %1</source>
        <translation>Nach-Hook %1</translation>
    </message>
    <message>
        <source>Post-hook '%1'</source>
        <translation>Nach-Hook „%1“</translation>
    </message>
    <message>
        <source>%1: the name is required</source>
        <extracomment>%1 names the hook, e.g. "Pre-hook 2" or "Post-hook 'Ping'".</extracomment>
        <translation>%1: Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>%1: the command is required</source>
        <translation>%1: Ein Befehl ist erforderlich</translation>
    </message>
    <message>
        <source>%1: the timeout must be at least one second</source>
        <translation>%1: Das Zeitlimit muss mindestens eine Sekunde betragen</translation>
    </message>
    <message>
        <source>%1: the method must be GET, POST or PUT</source>
        <translation>%1: Die Methode muss GET, POST oder PUT sein</translation>
    </message>
    <message>
        <source>%1: the URL is required</source>
        <translation>%1: Eine URL ist erforderlich</translation>
    </message>
    <message>
        <source>%1: the URL must start with http:// or https://</source>
        <translation>%1: Die URL muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>%1: %2 in the URL</source>
        <extracomment>%2 is the problem, e.g. "unknown placeholder {{ job.foo }}".</extracomment>
        <translation>%1: %2 in der URL</translation>
    </message>
    <message>
        <source>%1: %2 in the request body</source>
        <translation>%1: %2 im Anfrage-Body</translation>
    </message>
    <message>
        <source>%1: %2 in the header '%3'</source>
        <translation>%1: %2 im Header „%3“</translation>
    </message>
    <message>
        <source>%1: an environment variable has no name</source>
        <translation>%1: Eine Umgebungsvariable hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: '%2' is not a valid environment variable name</source>
        <translation>%1: „%2“ ist kein gültiger Name für eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>%1: the environment variable '%2' must not hold a passphrase; hooks never get the repository passphrase</source>
        <translation>%1: Die Umgebungsvariable „%2“ darf keine Passphrase enthalten; Hooks erhalten nie die Passphrase des Repositorys</translation>
    </message>
    <message>
        <source>%1: %2 in the environment variable '%3'</source>
        <translation>%1: %2 in der Umgebungsvariable „%3“</translation>
    </message>
    <message>
        <source>Pre-hook %1: the name '%2' is already used by pre-hook %3</source>
        <translation>Vor-Hook %1: Der Name „%2“ wird bereits von Vor-Hook %3 verwendet</translation>
    </message>
    <message>
        <source>Post-hook %1: the name '%2' is already used by post-hook %3</source>
        <translation>Nach-Hook %1: Der Name „%2“ wird bereits von Nach-Hook %3 verwendet</translation>
    </message>
    <message>
        <source>Fix the problem shown on the left to save.</source>
        <translation>Beheben Sie das links angezeigte Problem, um speichern zu können.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Running '%1'…</source>
        <translation>„%1“ wird ausgeführt…</translation>
    </message>
    <message>
        <source>Exit code %1: the hook succeeded</source>
        <translation>Exit-Code %1: Der Hook war erfolgreich</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exit code 75: the hook asks to skip this run (the backup would not run)</source>
        <translation>Exit-Code 75: Der Hook verlangt, diese Ausführung zu überspringen (die Sicherung würde nicht laufen)</translation>
    </message>
    <message>
        <source>Stopped: the test was stopped before the hook finished</source>
        <translation>Gestoppt: Der Test wurde gestoppt, bevor der Hook fertig war</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>borgtide::JobHistoryModel</name>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (Original)</translation>
    </message>
    <message>
        <source>Original size: %1
Deduplicated size: %2</source>
        <translation>Originalgröße: %1
Deduplizierte Größe: %2</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>The deduplicated size: what the archive added to the repository. Where it is unknown, the original size of the files.</source>
        <translation>Die deduplizierte Größe: was das Archiv dem Repository hinzugefügt hat. Wo sie unbekannt ist, die Originalgröße der Dateien.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Archivgröße</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>borgtide::JobView</name>
    <message>
        <source>Post-hook</source>
        <translation>Nach-Hook</translation>
    </message>
    <message>
        <source>Pre-hook</source>
        <translation>Vor-Hook</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Speicher freigeben (compact)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>Select a task to see its output.</source>
        <translation>Wählen Sie eine Aufgabe aus, um ihre Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>%1 files, %2 read, %3 new: %4</source>
        <translation>%1 Dateien, %2 gelesen, %3 neu: %4</translation>
    </message>
    <message>
        <source>&amp;Stop Cleanup Too</source>
        <translation>Auch Aufräumen &amp;stoppen</translation>
    </message>
    <message>
        <source>Hooks that run after a failure still run. Click again to stop them as well.</source>
        <translation>Hooks, die nach einem Fehler laufen, werden weiterhin ausgeführt. Klicken Sie erneut, um auch sie zu stoppen.</translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation>Sicherung wird gestartet…</translation>
    </message>
    <message>
        <source>Job %1 — %2 — Borgtide</source>
        <translation>Auftrag %1 — %2 — Borgtide</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>manuell gestartet</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>Archiv %1</translation>
    </message>
    <message>
        <source>%1 new of %2</source>
        <translation>%1 neu von %2</translation>
    </message>
    <message>
        <source>
[… %1 not shown while the output was fast; the whole output is in the task when it ends …]
</source>
        <translation>
[… %1 nicht angezeigt, weil die Ausgabe zu schnell war; die vollständige Ausgabe steht nach dem Ende in der Aufgabe …]
</translation>
    </message>
</context>
<context>
    <name>borgtide::MainWindow</name>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>&amp;Repositories</source>
        <translation>&amp;Repositorys</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Schedules…</source>
        <translation>Zeitpläne &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Schedules…</source>
        <translation>Zeitpläne &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>Zeit&amp;plan</translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Neuer Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Pause Scheduling</source>
        <translation>Zeitplanung &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Borgtide — Repositories</source>
        <translation>Borgtide — Repositorys</translation>
    </message>
    <message>
        <source>Borgtide — Activity</source>
        <translation>Borgtide — Aktivität</translation>
    </message>
    <message>
        <source>Borgtide — Settings</source>
        <translation>Borgtide — Einstellungen</translation>
    </message>
    <message>
        <source>Scheduling is paused: nothing starts on its own.</source>
        <translation>Die Zeitplanung ist pausiert: Nichts startet von selbst.</translation>
    </message>
    <message>
        <source>Next: %1 at %2 (%3)</source>
        <translation>Als Nächstes: %1 am %2 (%3)</translation>
    </message>
    <message>
        <source>No scheduled runs.</source>
        <translation>Keine geplanten Ausführungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borgtide::PassphraseDialog</name>
    <message>
        <source>Passphrase of %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Check and Save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Checking the passphrase with borg info…</source>
        <translation>Passphrase wird mit borg info geprüft…</translation>
    </message>
    <message>
        <source>borg could not open the repository with this passphrase: %1</source>
        <translation>borg konnte das Repository mit dieser Passphrase nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Storing the passphrase…</source>
        <translation>Passphrase wird gespeichert…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The passphrase is correct, but it could not be stored in the system keychain (%1). Borgtide keeps it for this session only.</source>
        <translation>Die Passphrase ist korrekt, konnte aber nicht im Schlüsselbund des Systems gespeichert werden (%1). Borgtide behält sie nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the repository “%1”. Borgtide checks it with borg and keeps it in the %2, never in its database.</source>
        <translation>Geben Sie die Passphrase des Repositorys „%1“ ein. Borgtide prüft sie mit borg und bewahrt sie im %2 auf, niemals in seiner Datenbank.</translation>
    </message>
    <message>
        <source>memory of this session</source>
        <translation>Arbeitsspeicher dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>borgtide::RepositoriesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>No repositories yet. Add an existing borg repository or create a new one to back up to.</source>
        <translation>Noch keine Repositorys. Fügen Sie ein vorhandenes borg-Repository hinzu oder erstellen Sie ein neues als Sicherungsziel.</translation>
    </message>
    <message>
        <source>Add Existing…</source>
        <translation>Vorhandenes hinzufügen…</translation>
    </message>
    <message>
        <source>Add a borg repository that already exists.</source>
        <translation>Ein bereits vorhandenes borg-Repository hinzufügen.</translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation>Neu erstellen…</translation>
    </message>
    <message>
        <source>Create a new borg repository with borg init.</source>
        <translation>Ein neues borg-Repository mit borg init erstellen.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Open the selected repository with borg and show what it holds.</source>
        <translation>Das ausgewählte Repository mit borg öffnen und seinen Inhalt anzeigen.</translation>
    </message>
    <message>
        <source>Archives…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>List the archives of the selected repository and restore files.</source>
        <translation>Die Archive des ausgewählten Repositorys auflisten und Dateien wiederherstellen.</translation>
    </message>
    <message>
        <source>Set Passphrase…</source>
        <translation>Passphrase festlegen…</translation>
    </message>
    <message>
        <source>Enter the passphrase of the selected repository.</source>
        <translation>Die Passphrase des ausgewählten Repositorys eingeben.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected repository. Its archives stay where they are.</source>
        <translation>Das ausgewählte Repository vergessen. Seine Archive bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>none (not encrypted)</source>
        <translation>keine (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>The repository is used by %1; it cannot be removed while a schedule uses it.</source>
        <translation>Das Repository wird von %1 verwendet; es kann nicht entfernt werden, solange ein Zeitplan es verwendet.</translation>
    </message>
    <message>
        <source>Created the repository "%1" at %2.</source>
        <translation>Das Repository „%1“ wurde unter %2 erstellt.</translation>
    </message>
    <message>
        <source>Added the repository "%1".</source>
        <translation>Das Repository „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Connecting to "%1" with borg…</source>
        <translation>Verbindung zu „%1“ wird mit borg hergestellt…</translation>
    </message>
    <message>
        <source>Borgtide could not connect to "%1": %2</source>
        <translation>Borgtide konnte keine Verbindung zu „%1“ herstellen: %2</translation>
    </message>
    <message>
        <source>Repository ID:</source>
        <translation>Repository-ID:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Deduplicated size of all archives:</source>
        <translation>Deduplizierte Größe aller Archive:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Repository ID: %1</source>
        <translation>Repository-ID: %1</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Connected to "%1".</source>
        <translation>Verbunden mit „%1“.</translation>
    </message>
    <message>
        <source>Archives:</source>
        <translation>Archive:</translation>
    </message>
    <message>
        <source>The passphrase of "%1" is set.</source>
        <translation>Die Passphrase von „%1“ ist festgelegt.</translation>
    </message>
    <message>
        <source>The repository "%1" is used by the schedule %2, so it cannot be removed. Change that schedule to another repository or remove it first.</source>
        <translation>Das Repository „%1“ wird vom Zeitplan %2 verwendet und kann daher nicht entfernt werden. Stellen Sie diesen Zeitplan auf ein anderes Repository um oder entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The repository "%1" is used by the schedules %2, so it cannot be removed. Change those schedules to another repository or remove them first.</source>
        <translation>Das Repository „%1“ wird von den Zeitplänen %2 verwendet und kann daher nicht entfernt werden. Stellen Sie diese Zeitpläne auf ein anderes Repository um oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Remove the repository?</source>
        <translation>Repository entfernen?</translation>
    </message>
    <message>
        <source>Remove the repository "%1" from Borgtide? Its archives stay at %2; Borgtide forgets the repository and its stored passphrase.</source>
        <translation>Das Repository „%1“ aus Borgtide entfernen? Seine Archive bleiben unter %2; Borgtide vergisst das Repository und seine gespeicherte Passphrase.</translation>
    </message>
    <message>
        <source>The repository "%1" could not be removed: %2</source>
        <translation>Das Repository „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed the repository "%1" from Borgtide. Its archives are still at %2.</source>
        <translation>Das Repository „%1“ wurde aus Borgtide entfernt. Seine Archive befinden sich weiterhin unter %2.</translation>
    </message>
    <message>
        <source>The borg repositories your schedules back up to. Passphrases are kept in the %1, never in Borgtide's database.</source>
        <translation>Die Borg-Repositorys, in die Ihre Zeitpläne sichern. Passphrasen werden im %1 aufbewahrt, niemals in der Datenbank von Borgtide.</translation>
    </message>
    <message>
        <source>The borg repositories your schedules back up to.</source>
        <translation>Die Borg-Repositorys, in die Ihre Zeitpläne sichern.</translation>
    </message>
</context>
<context>
    <name>borgtide::ResultsChart</name>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Aufträge</translation>
    </message>
    <message>
        <source>Results of the latest jobs</source>
        <translation>Ergebnisse der letzten Aufträge</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation>Dauer (h)</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>Deduplicated size (%1)</source>
        <translation>Deduplizierte Größe (%1)</translation>
    </message>
    <message>
        <source>Original size (%1)</source>
        <translation>Originalgröße (%1)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Failed or interrupted</source>
        <translation>Fehlgeschlagen oder unterbrochen</translation>
    </message>
    <message>
        <source>Skipped or cancelled</source>
        <translation>Übersprungen oder abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Deduplicated size</source>
        <translation>Deduplizierte Größe</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Latest jobs</source>
        <translation>Letzte Aufträge</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 deduplicated (%2 original)</source>
        <translation>%1 dedupliziert (%2 original)</translation>
    </message>
    <message>
        <source>%1 deduplicated</source>
        <translation>%1 dedupliziert</translation>
    </message>
    <message>
        <source>%1 original</source>
        <translation>%1 original</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Archive size: %1</source>
        <translation>Archivgröße: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis date (QDateTime format)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>chart axis time (QDateTime format)</comment>
        <translation>HH:mm</translation>
    </message>
</context>
<context>
    <name>borgtide::ScheduleEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Archivname</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>Keep archives</source>
        <translation>Archive behalten</translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation>Hooks</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Add a Folder to Back Up</source>
        <translation>Zu sichernden Ordner hinzufügen</translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>Edit Schedule</source>
        <translation>Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Home folder</source>
        <translation>z. B. Persönlicher Ordner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Run this schedule automatically</source>
        <translation>Diesen Zeitplan automatisch ausführen</translation>
    </message>
    <message>
        <source>Drop folders here from your file manager.</source>
        <translation>Ziehen Sie Ordner aus Ihrer Dateiverwaltung hierher.</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>One borg pattern per line, e.g. *.tmp or ~/.cache</source>
        <translation>Ein borg-Muster pro Zeile, z. B. *.tmp oder ~/.cache</translation>
    </message>
    <message>
        <source>E&amp;xcludes:</source>
        <translation>A&amp;usschlüsse:</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Wa&amp;s</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Alle paar Minuten</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>Aus&amp;führen:</translation>
    </message>
    <message>
        <source>at minute </source>
        <translation>zur Minute </translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. 30 2 * * 1-5</source>
        <translation>Minute Stunde Monatstag Monat Wochentag, z. B. 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>counted from the start of the last run</source>
        <translation>gezählt ab dem Start der letzten Ausführung</translation>
    </message>
    <message>
        <source>Runs only from “Run now”, the tray or the command line.</source>
        <translation>Läuft nur über „Jetzt ausführen“, den Infobereich oder die Befehlszeile.</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>In Worten:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Ausführungen:</translation>
    </message>
    <message>
        <source>Catch up a missed run as soon as possible</source>
        <translation>Verpasste Ausführung so bald wie möglich nachholen</translation>
    </message>
    <message>
        <source>When the computer was off or asleep at the scheduled time, run once when it is back. Otherwise the miss is recorded and the schedule waits for its next time.</source>
        <translation>War der Computer zum geplanten Zeitpunkt ausgeschaltet oder im Ruhezustand, wird die Ausführung einmal nachgeholt, sobald er wieder läuft. Andernfalls wird die verpasste Ausführung vermerkt, und der Zeitplan wartet auf seinen nächsten Termin.</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Archive &amp;name:</source>
        <translation>Archiv&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>&amp;Keep only some archives (prune)</source>
        <translation>Nur einige Archive &amp;behalten (Ausdünnen)</translation>
    </message>
    <message>
        <source>e.g. 2d (all archives of the last two days)</source>
        <translation>z. B. 2d (alle Archive der letzten zwei Tage)</translation>
    </message>
    <message>
        <source>Keep all within:</source>
        <translation>Alle behalten innerhalb von:</translation>
    </message>
    <message>
        <source>Hourly archives:</source>
        <translation>Stündliche Archive:</translation>
    </message>
    <message>
        <source>Daily archives:</source>
        <translation>Tägliche Archive:</translation>
    </message>
    <message>
        <source>Weekly archives:</source>
        <translation>Wöchentliche Archive:</translation>
    </message>
    <message>
        <source>Monthly archives:</source>
        <translation>Monatliche Archive:</translation>
    </message>
    <message>
        <source>Yearly archives:</source>
        <translation>Jährliche Archive:</translation>
    </message>
    <message>
        <source>Free disk space after pruning (borg compact)</source>
        <translation>Nach dem Ausdünnen Speicherplatz freigeben (borg compact)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> jobs</source>
        <translation> Aufträge</translation>
    </message>
    <message>
        <source>Check the repository:</source>
        <translation>Repository prüfen:</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Configure &amp;Hooks…</source>
        <translation>&amp;Hooks konfigurieren…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-job hook(s)</source>
        <translation>
            <numerusform>%n Vor-Hook</numerusform>
            <numerusform>%n Vor-Hooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation>
            <numerusform>%n Nach-Hook</numerusform>
            <numerusform>%n Nach-Hooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a repository first (Repositories page).</source>
        <translation>Fügen Sie zuerst ein Repository hinzu (Seite „Repositorys“).</translation>
    </message>
    <message>
        <source>Name: a schedule named “%1” already exists.</source>
        <translation>Name: Ein Zeitplan namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Archive name: %1</source>
        <translation>Archivname: %1</translation>
    </message>
    <message>
        <source>Example: %1 — prune only touches archives starting with “%2”.</source>
        <translation>Beispiel: %1 – Ausdünnen betrifft nur Archive, die mit „%2“ beginnen.</translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesModel</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>When started by hand</source>
        <translation>Bei manuellem Start</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-job hook(s), %1</source>
        <translation>
            <numerusform>%n Vor-Hook, %1</numerusform>
            <numerusform>%n Vor-Hooks, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation>
            <numerusform>%n Nach-Hook</numerusform>
            <numerusform>%n Nach-Hooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesPage</name>
    <message>
        <source>Borgtide</source>
        <translation>Borgtide</translation>
    </message>
    <message>
        <source>Import Schedules</source>
        <translation>Zeitpläne importieren</translation>
    </message>
    <message>
        <source>Schedule files (*.borgtide.json *.json)</source>
        <translation>Zeitplandateien (*.borgtide.json *.json)</translation>
    </message>
    <message>
        <source>Export Schedules</source>
        <translation>Zeitpläne exportieren</translation>
    </message>
    <message>
        <source>Schedule files (*.borgtide.json)</source>
        <translation>Zeitplandateien (*.borgtide.json)</translation>
    </message>
    <message>
        <source>Some schedules or repositories in the file already exist.</source>
        <translation>Einige Zeitpläne oder Repositorys aus der Datei existieren bereits.</translation>
    </message>
    <message>
        <source>What should happen to them?</source>
        <translation>Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Import &amp;Renamed</source>
        <translation>&amp;Umbenannt importieren</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>No schedules yet. Create one with “New…”, or import a schedule file.</source>
        <translation>Noch keine Zeitpläne. Erstellen Sie einen mit „Neu…“ oder importieren Sie eine Zeitplandatei.</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Der Zeitplan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? Its hooks go with it; its job history and archives stay.</source>
        <translation>Den Zeitplan „%1“ löschen? Seine Hooks werden mitgelöscht; Auftragsverlauf und Archive bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not started: %2</source>
        <translation>„%1“ wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>„%1“ gestartet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid schedule file. Nothing was imported.

%2</source>
        <translation>%1 ist keine gültige Zeitplandatei. Es wurde nichts importiert.

%2</translation>
    </message>
    <message>
        <source>The schedules cannot be imported. Nothing was imported.

%1</source>
        <translation>Die Zeitpläne können nicht importiert werden. Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 replaced, %4 skipped.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 ersetzt, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n schedule(s) to %1.</source>
        <translation>
            <numerusform>%n Zeitplan nach %1 exportiert.</numerusform>
            <numerusform>%n Zeitpläne nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borgtide::SecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>memory of this session only</source>
        <translation>Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>borgtide::SettingsPage</name>
    <message>
        <source>Set Secret</source>
        <translation>Geheimnis festlegen</translation>
    </message>
    <message>
        <source>Value of {{ secret.%1 }}:</source>
        <translation>Wert von {{ secret.%1 }}:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>On failures and warnings</source>
        <translation>Bei Fehlern und Warnungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Show &amp;notifications:</source>
        <translation>&amp;Benachrichtigungen anzeigen:</translation>
    </message>
    <message>
        <source>Jobs on one repository always run one after another.</source>
        <translation>Aufträge für dasselbe Repository laufen immer nacheinander.</translation>
    </message>
    <message>
        <source>&amp;Jobs at the same time:</source>
        <translation>Gleichzeitige A&amp;ufträge:</translation>
    </message>
    <message>
        <source>Start Borgtide in the tray when I log in</source>
        <translation>Borgtide bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>BorgBackup</source>
        <translation>BorgBackup</translation>
    </message>
    <message>
        <source>borg on the PATH</source>
        <translation>borg aus dem PATH</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>borg &amp;program:</source>
        <translation>borg-&amp;Programm:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a job waits for a repository another job is using.</source>
        <translation>Wie lange ein Auftrag auf ein Repository wartet, das ein anderer Auftrag gerade verwendet.</translation>
    </message>
    <message>
        <source>Wait for a busy repository:</source>
        <translation>Auf belegtes Repository warten:</translation>
    </message>
    <message>
        <source>Secrets used by hooks</source>
        <translation>Geheimnisse für Hooks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Set Value…</source>
        <translation>Wert &amp;festlegen…</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>Wert en&amp;tfernen</translation>
    </message>
    <message>
        <source>Choose the borg Program</source>
        <translation>borg-Programm auswählen</translation>
    </message>
    <message>
        <source>Values are kept in the %1, never in Borgtide's database or in schedule files.</source>
        <translation>Die Werte werden im %1 aufbewahrt, niemals in der Datenbank von Borgtide oder in Zeitplandateien.</translation>
    </message>
    <message>
        <source>borg was not found. Install BorgBackup or choose the program.</source>
        <translation>borg wurde nicht gefunden. Installieren Sie BorgBackup oder wählen Sie das Programm aus.</translation>
    </message>
    <message>
        <source>%1 does not answer like borg.</source>
        <translation>%1 antwortet nicht wie borg.</translation>
    </message>
    <message>
        <source>borg %1 at %2</source>
        <translation>borg %1 unter %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>not set — hooks using it fail</source>
        <translation>nicht festgelegt – Hooks, die es verwenden, schlagen fehl</translation>
    </message>
    <message>
        <source>No hook uses {{ secret.NAME }} yet.</source>
        <translation>Noch kein Hook verwendet {{ secret.NAME }}.</translation>
    </message>
</context>
<context>
    <name>borgtide::TaskTableModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>(warning)</source>
        <translation>(Warnung)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>borgtide::TrayIcon</name>
    <message>
        <source>&amp;Open Borgtide</source>
        <translation>Borgtide &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Pause scheduling</source>
        <translation>Zeitplanung &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Borgtide: %n backup job(s) running</source>
        <translation>
            <numerusform>Borgtide: %n Sicherungsauftrag läuft</numerusform>
            <numerusform>Borgtide: %n Sicherungsaufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Borgtide: scheduling is paused</source>
        <translation>Borgtide: Zeitplanung ist pausiert</translation>
    </message>
    <message>
        <source>Borgtide: the last backup job failed</source>
        <translation>Borgtide: Der letzte Sicherungsauftrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Borgtide: idle</source>
        <translation>Borgtide: Leerlauf</translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation>Noch keine Zeitpläne</translation>
    </message>
    <message>
        <source>no system tray is available</source>
        <translation>kein Infobereich verfügbar</translation>
    </message>
    <message>
        <source>the system tray cannot show notifications</source>
        <translation>der Infobereich kann keine Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>the tray icon is hidden</source>
        <translation>das Symbol im Infobereich ist ausgeblendet</translation>
    </message>
</context>
<context>
    <name>borgtide::Trigger</name>
    <message>
        <source>Manual only</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
</context>
<context>
    <name>borgtide::format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation>Mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>borgtide::repoui</name>
    <message>
        <source>borg gave no reason.</source>
        <translation>borg hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The passphrase is not correct (borg: %1)</source>
        <translation>Die Passphrase ist nicht korrekt (borg: %1)</translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation>kein Passwortspeicher verfügbar</translation>
    </message>
    <message>
        <source>the secret store failed</source>
        <translation>der Passwortspeicher hat einen Fehler gemeldet</translation>
    </message>
</context>
</TS>
