<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Borgtide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup needs the passphrase of the repository “%1” (%2). It is not stored in the keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: Borgtide was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Borgtide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup job is running. Quit and cancel it? Cleanup hooks still run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::ActivityPage</name>
    <message>
        <source>All schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::AddRepositoryDialog</name>
    <message>
        <source>Create Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide runs borg init to create a new, empty repository at the location you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide checks the location and the passphrase with borg info before it adds the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Home backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/repository or ssh://user@host/./repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the repository is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the borg repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are not encrypted: anyone who can read the repository can read your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the repository, protected by the passphrase. Without the passphrase nobody can read the backups, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept on this computer, protected by the passphrase. Export it with borg key export and keep a copy: without it the backups cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are not encrypted, but the passphrase protects them against tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repository named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location of the repository: a local folder or a remote address such as ssh://user@host/./backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the folder (starting with /) or a remote address such as ssh://user@host/./backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This location is already added as the repository &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase. borg uses it to protect the repository&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the repository with borg init…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the repository with borg info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg could not create the repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg could not open the repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg info did not describe the repository&apos;s encryption. Is this a borg repository?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret store failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg created the repository, but Borgtide could not save it: %1. Add it with Add Existing… once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide could not save the repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository &quot;%1&quot; was added, but its passphrase could not be stored in the system keychain (%2). Borgtide keeps the passphrase for this session only; after a restart, enter it again with Set Passphrase….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::ArchivesDialog</name>
    <message>
        <source>Archives of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a path to restore only it (and what is below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these paths (one per line, as stored in the archive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to restore the whole archive. Example: home/anna/Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the files in the selected archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the archives with borg list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg could not list the archives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no archives yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One archive. Select it to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archives, newest first. Select one to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the contents of &quot;%1&quot; with borg list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg could not list the contents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One path in &quot;%1&quot;. Double-click it to restore only it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paths in &quot;%2&quot;. Double-click one to restore only it (and what is below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to restore the archive &quot;%1&quot; into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a folder that is not empty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Files from the archive replace files with the same names there. Restore into it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring &quot;%1&quot; to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was stopped. Files restored so far remain in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1, with warnings from borg: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore into %1 is running. Stop it and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::BorgCommand</name>
    <message>
        <source>borg exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start borg (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg was killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase for repository &apos;%1&apos; is stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::CronExpression</name>
    <message>
        <source>minute</source>
        <comment>cron field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <comment>cron field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-of-month</source>
        <comment>cron field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <comment>cron field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-of-week</source>
        <comment>cron field name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: unexpected &apos;%2&apos; (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: missing value after &apos;%2&apos; (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: &apos;%2&apos; is out of range %3-%4 (at column %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: unknown month name &apos;%2&apos; (use JAN-DEC) (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: unknown day name &apos;%2&apos; (use SUN-SAT) (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: &apos;%2&apos; is not a number (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: empty list item (at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: range &apos;%2&apos; is reversed (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: step must be at least 1 (at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field: step &apos;%2&apos; is out of range 1-%3 (at column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>last two items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <comment>a range of values</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cron expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2 (at column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos; (supported: @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minute %1 past every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute from %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 minute from %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 hour from %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 past %2</source>
        <comment>e.g. At minute 5 past every 2nd hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 day from %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 of the month if it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 and on %2</source>
        <comment>day of month OR day of week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <comment>month name, day number: on January 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>on weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>in months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>sentence continued by a phrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <comment>time, days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::HookEditorDialog</name>
    <message>
        <source>Configure Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the selected hook earlier (Ctrl+Up in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the selected hook later (Ctrl+Down in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected hook (Delete in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the dialog and drops every change (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-Job Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-Job Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pre-job hooks. They run before the backup, e.g. a database dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post-job hooks. They run after the backup, e.g. to clean up or to ping a health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-job hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-job hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Pre-Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;ost-Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hook on the left to edit it, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Database Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: pg_dump mydb &gt; /tmp/dump.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell that runs the command, e.g. /bin/bash. Leave it empty for the default shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra environment variables for the command. A value may use {{ secret.NAME }} to read a secret from the keychain when the hook runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metho&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders such as {{ job.status }}, {{ schedule.name }} or {{ secret.NAME }} are filled in when the hook runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {&quot;status&quot;: &quot;{{ job.status }}&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook is stopped and counts as failed when it runs longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;itical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled hook is kept but does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the ne&amp;xt hooks if this one fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success only: runs when nothing failed the job. Always: runs after success and after failure. Only on failure: runs only when the job failed or was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run even if job &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this post-hook after a failed or cancelled job too, e.g. to clean up or to restart services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the selected hook now with sample values: job ID &quot;test&quot;, a manual job, and this schedule&apos;s name and repository. Testing never changes the hooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Test&quot; runs the selected hook now with sample values and shows its output here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. (no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hook has no name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-job hook %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-job hook %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this post-hook fails, the job counts as failed and the remaining post-hooks that run on success only are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this pre-hook fails, the job fails at once: the backup and the remaining hooks are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this hook fails and this is off, the remaining hooks of the same list are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-hook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-hook &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-hook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-hook &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is required</source>
        <extracomment>%1 names the hook, e.g. &quot;Pre-hook 2&quot; or &quot;Post-hook &apos;Ping&apos;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the timeout must be at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the method must be GET, POST or PUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the URL</source>
        <extracomment>%2 is the problem, e.g. &quot;unknown placeholder {{ job.foo }}&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the header &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an environment variable has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid environment variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable &apos;%2&apos; must not hold a passphrase; hooks never get the repository passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in the environment variable &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-hook %1: the name &apos;%2&apos; is already used by pre-hook %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-hook %1: the name &apos;%2&apos; is already used by post-hook %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem shown on the left to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1: the hook succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code 75: the hook asks to skip this run (the backup would not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the test was stopped before the hook finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::JobHistoryModel</name>
    <message>
        <source>%1 (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size: %1
Deduplicated size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduplicated size: what the archive added to the repository. Where it is unknown, the original size of the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::JobView</name>
    <message>
        <source>Post-hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, %2 read, %3 new: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Cleanup Too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooks that run after a failure still run. Click again to stop them as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — %2 — Borgtide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::MainWindow</name>
    <message>
        <source>&amp;Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide — Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide — Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling is paused: nothing starts on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borgtide::PassphraseDialog</name>
    <message>
        <source>Passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the repository &quot;%1&quot;. Borgtide checks it with borg and keeps it outside its database, in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere (no secret store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase with borg info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg could not open the repository with this passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is correct, but it could not be stored in the system keychain (%1). Borgtide keeps it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::RepositoriesPage</name>
    <message>
        <source>The borg repositories your schedules back up to. Passphrases are kept outside Borgtide&apos;s database, in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repositories yet. Add an existing borg repository or create a new one to back up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a borg repository that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new borg repository with borg init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected repository with borg and show what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the archives of the selected repository and restore files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the selected repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected repository. Its archives stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is used by %1; it cannot be removed while a schedule uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the repository &quot;%1&quot; at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the repository &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to &quot;%1&quot; with borg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide could not connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduplicated size of all archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository &quot;%1&quot; is used by the schedule %2, so it cannot be removed. Change that schedule to another repository or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository &quot;%1&quot; is used by the schedules %2, so it cannot be removed. Change those schedules to another repository or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the repository?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the repository &quot;%1&quot; from Borgtide? Its archives stay at %2; Borgtide forgets the repository and its stored passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository &quot;%1&quot; could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the repository &quot;%1&quot; from Borgtide. Its archives are still at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::ResultsChart</name>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the latest jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduplicated size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduplicated size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deduplicated (%2 original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deduplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis date (QDateTime format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>chart axis time (QDateTime format)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::ScheduleEditorDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder to Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this schedule automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop folders here from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One borg pattern per line, e.g. *.tmp or ~/.cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcludes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minute </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. 30 2 * * 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the start of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs only from “Run now”, the tray or the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up a missed run as soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the computer was off or asleep at the scheduled time, run once when it is back. Otherwise the miss is recorded and the schedule waits for its next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep only some archives (prune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2d (all archives of the last two days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space after pruning (borg compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure &amp;Hooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pre-job hook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a repository first (Repositories page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a schedule named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1 — prune only touches archives starting with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesModel</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pre-job hook(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post-job hook(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::SchedulesPage</name>
    <message>
        <source>Borgtide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule files (*.borgtide.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule files (*.borgtide.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some schedules or repositories in the file already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet. Create one with “New…”, or import a schedule file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? Its hooks go with it; its job history and archives stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid schedule file. Nothing was imported.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedules cannot be imported. Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 replaced, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n schedule(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>borgtide::SettingsPage</name>
    <message>
        <source>Set Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of {{ secret.%1 }}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failures and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs on one repository always run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs at the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Borgtide in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BorgBackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg on the PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg &amp;program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a job waits for a repository another job is using.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a busy repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets used by hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the borg Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are kept in the %1, never in Borgtide&apos;s database or in schedule files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg was not found. Install BorgBackup or choose the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like borg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set — hooks using it fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hook uses {{ secret.NAME }} yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::TaskTableModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::TrayIcon</name>
    <message>
        <source>&amp;Open Borgtide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Borgtide: %n backup job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Borgtide: scheduling is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide: the last backup job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borgtide: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system tray is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system tray cannot show notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tray icon is hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::Trigger</name>
    <message>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>borgtide::repoui</name>
    <message>
        <source>borg gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct (borg: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
