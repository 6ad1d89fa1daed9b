#include "models/import/Import.h"

#include "models/ScheduleFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace borgtide::importer {

std::optional<Format> formatFromString(const QString &text)
{
    if (text == QLatin1String("borgtide"))
        return Format::Borgtide;
    if (text == QLatin1String("vorta"))
        return Format::Vorta;
    if (text == QLatin1String("borgmatic"))
        return Format::Borgmatic;
    return std::nullopt;
}

Format detect(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("SchemaVersion")) && o.contains(QLatin1String("repo")))
            return Format::Vorta;
        return Format::Borgtide;
    }
    const QByteArray start = data.trimmed().left(1);
    if (start == "{" || start == "[")
        return Format::Borgtide; // broken JSON: the schedule file parser names the problem
    return Format::Borgmatic;
}

void finish(Result &r, const Schedule &s)
{
    if (r.problems.isEmpty())
        r.problems = schedulefile::validate(s);
    if (r.problems.isEmpty())
        r.schedules = {s};
}

Result parse(const QByteArray &data, Format format, const QString &fileName)
{
    switch (format) {
    case Format::Vorta:
        return parseVorta(data);
    case Format::Borgmatic:
        return parseBorgmatic(data, fileName);
    case Format::Borgtide:
        break;
    }
    Result r;
    schedulefile::Contents c = schedulefile::parse(data);
    r.schedules = c.schedules;
    r.problems = c.problems;
    return r;
}

QString validName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c == u'/' || c == u'{' || c == u'}')
            out += u'-';
        else
            out += c;
    }
    out.replace(QLatin1String("::"), QLatin1String("-"));
    out = out.trimmed().left(schedulefile::MaxNameLength);
    return out.isEmpty() ? QStringLiteral("imported") : out;
}

} // namespace borgtide::importer
