#pragma once

#include "models/ScheduleFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace borgtide::importer {

// Files `borgtide import` reads (SPEC 10).
enum class Format { Borgtide, Vorta, Borgmatic };
std::optional<Format> formatFromString(const QString &text);
// Recognised from the shape: a JSON object with "format" is Borgtide's, one with
// "SchemaVersion" and "repo" is a Vorta export, anything else is read as borgmatic YAML.
Format detect(const QByteArray &data);

// A passphrase found in the file; it goes to the keychain only, never into the store or output.
struct Passphrase
{
    Repository repository;
    QString value;
};

struct Result
{
    QList<Schedule> schedules;
    QStringList report; // "what became what" lines and "not imported: <setting>: <reason>"
    QList<Passphrase> passphrases;
    Problems problems; // non-empty: nothing may be used
};

// Pure parsers (no file system writes, no keychain): also the fuzz entry points.
// `fileName` names the borgmatic schedule (without .yaml/.yml).
Result parseVorta(const QByteArray &data);
Result parseBorgmatic(const QByteArray &data, const QString &fileName);
Result parse(const QByteArray &data, Format format, const QString &fileName = {});

// The last step of both importers: the mapped schedule is checked by the schedule file's own
// rules and becomes the result's only schedule when nothing is wrong.
void finish(Result &r, const Schedule &s);

// Helpers shared by both importers.
QString validName(const QString &name); // forbidden characters become '-'

} // namespace borgtide::importer
