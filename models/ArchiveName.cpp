#include "models/ArchiveName.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace borgtide::archivename {

namespace {

const QRegularExpression &timeDependent()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\{(now|utcnow)(:([^}]*))?\}|\{uuid4\}|\{pid\})"));
    return re;
}

QString escapeGlob(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            out += QLatin1Char('[') + c + QLatin1Char(']');
        else
            out += c;
    }
    return out;
}

QString digits(int n)
{
    return QStringLiteral("[0-9]").repeated(n);
}

// The glob of what a strftime format produces, up to the first code we cannot spell out.
QString strftimeGlob(QStringView format)
{
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%')) {
            out += escapeGlob(format.mid(i, 1));
            continue;
        }
        if (++i >= format.size())
            break;
        switch (format.at(i).unicode()) {
        case 'Y':
            out += digits(4);
            break;
        case 'm':
        case 'd':
        case 'H':
        case 'M':
        case 'S':
        case 'y':
            out += digits(2);
            break;
        case 'j':
            out += digits(3);
            break;
        case '%':
            out += QLatin1Char('%');
            break;
        default:
            return out; // anything else: stop here, '*' follows
        }
    }
    return out;
}

// A sample of what the template makes, with {schedule} expanded and time-dependent
// placeholders filled in; other placeholders stay as text (borg expands them in globs too).
QString sampleName(const QString &nameTemplate, const QString &scheduleName)
{
    QString out = expandSchedule(nameTemplate, scheduleName);
    const QDateTime sample(QDate(2031, 12, 30), QTime(23, 58, 57));
    QRegularExpressionMatch m;
    while ((m = timeDependent().match(out)).hasMatch()) {
        QString value;
        const QString whole = m.captured(0);
        if (whole == QLatin1String("{uuid4}"))
            value = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        else if (whole == QLatin1String("{pid}"))
            value = QStringLiteral("4242");
        else if (m.captured(3).isEmpty())
            value = sample.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        else // strftime: enough of it for a sample
            value = m.captured(3)
                        .replace(QLatin1String("%Y"), QStringLiteral("2031"))
                        .replace(QLatin1String("%m"), QStringLiteral("12"))
                        .replace(QLatin1String("%d"), QStringLiteral("30"))
                        .replace(QLatin1String("%H"), QStringLiteral("23"))
                        .replace(QLatin1String("%M"), QStringLiteral("58"))
                        .replace(QLatin1String("%S"), QStringLiteral("57"));
        out.replace(m.capturedStart(), m.capturedLength(), value);
    }
    return out;
}

QString preciseGlob(const QString &nameTemplate, const QString &scheduleName)
{
    const QString expanded = expandSchedule(nameTemplate, scheduleName);
    const auto m = timeDependent().match(expanded);
    if (!m.hasMatch())
        return escapeGlob(expanded);
    QString glob = escapeGlob(QStringView(expanded).left(m.capturedStart()));
    const QString whole = m.captured(0);
    if (whole == QLatin1String("{uuid4}"))
        glob += QStringLiteral("[0-9a-f]").repeated(8) + QLatin1Char('-');
    else if (whole == QLatin1String("{pid}"))
        glob += QStringLiteral("[0-9]");
    else if (m.captured(3).isEmpty())
        glob += digits(4) + QLatin1Char('-') + digits(2) + QLatin1Char('-') + digits(2) +
                QLatin1Char('T') + digits(2) + QLatin1Char(':') + digits(2) + QLatin1Char(':') +
                digits(2);
    else
        glob += strftimeGlob(m.captured(3));
    return glob + QLatin1Char('*');
}

bool globMatches(const QString &glob, const QString &name)
{
    // Anchored at both ends; archive names have no '/', so path rules do not matter.
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(glob))
        .match(name)
        .hasMatch();
}

} // namespace

QString expandSchedule(const QString &nameTemplate, const QString &scheduleName)
{
    QString name = scheduleName;
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString out = nameTemplate;
    out.replace(QLatin1String("{schedule}"), name);
    return out;
}

namespace {

// A strftime format as borg (Python) would write it; codes it does not know are kept.
QString strftime(QStringView format, const QDateTime &t)
{
    QString out;
    const QLocale c = QLocale::c();
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar ch = format.at(i);
        if (ch != QLatin1Char('%') || i + 1 >= format.size()) {
            out += ch;
            continue;
        }
        const char16_t code = format.at(++i).unicode();
        auto two = [](int v) {
            return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
        };
        switch (code) {
        case 'Y':
            out += QString::number(t.date().year());
            break;
        case 'y':
            out += two(t.date().year() % 100);
            break;
        case 'm':
            out += two(t.date().month());
            break;
        case 'd':
            out += two(t.date().day());
            break;
        case 'H':
            out += two(t.time().hour());
            break;
        case 'I':
            out += two(t.time().hour() % 12 == 0 ? 12 : t.time().hour() % 12);
            break;
        case 'M':
            out += two(t.time().minute());
            break;
        case 'S':
            out += two(t.time().second());
            break;
        case 'f':
            out += QStringLiteral("%1").arg(t.time().msec() * 1000, 6, 10, QLatin1Char('0'));
            break;
        case 'j':
            out += QStringLiteral("%1").arg(t.date().dayOfYear(), 3, 10, QLatin1Char('0'));
            break;
        case 'a':
            out += c.dayName(t.date().dayOfWeek(), QLocale::ShortFormat);
            break;
        case 'A':
            out += c.dayName(t.date().dayOfWeek(), QLocale::LongFormat);
            break;
        case 'b':
            out += c.monthName(t.date().month(), QLocale::ShortFormat);
            break;
        case 'B':
            out += c.monthName(t.date().month(), QLocale::LongFormat);
            break;
        case 'p':
            out += t.time().hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
            break;
        case 'u':
            out += QString::number(t.date().dayOfWeek());
            break;
        case 'w':
            out += QString::number(t.date().dayOfWeek() % 7);
            break;
        case 's':
            out += QString::number(t.toSecsSinceEpoch());
            break;
        case '%':
            out += QLatin1Char('%');
            break;
        default:
            out += QLatin1Char('%');
            out += QChar(code);
        }
    }
    return out;
}

} // namespace

QString expandForJob(const QString &nameTemplate, const QString &scheduleName,
                     const QDateTime &start, const QString &uuid, qint64 pid)
{
    QString out = expandSchedule(nameTemplate, scheduleName);
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = timeDependent().globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(out).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString whole = m.captured(0);
        if (whole == QLatin1String("{uuid4}")) {
            result += uuid;
        } else if (whole == QLatin1String("{pid}")) {
            result += QString::number(pid);
        } else {
            const QDateTime t =
                m.captured(1) == QLatin1String("utcnow") ? start.toUTC() : start.toLocalTime();
            result += m.captured(3).isEmpty() ? strftime(u"%Y-%m-%dT%H:%M:%S", t)
                                              : strftime(m.captured(3), t);
        }
    }
    result += QStringView(out).mid(from);
    return result;
}

QString prefix(const QString &nameTemplate, const QString &scheduleName)
{
    const QString expanded = expandSchedule(nameTemplate, scheduleName);
    const auto match = timeDependent().match(expanded);
    return match.hasMatch() ? expanded.left(match.capturedStart()) : expanded;
}

bool hasUniquePlaceholder(const QString &nameTemplate)
{
    static const QRegularExpression re(QStringLiteral(R"(\{(now|utcnow)(:[^}]*)?\}|\{uuid4\})"));
    return re.match(nameTemplate).hasMatch();
}

QString pruneGlob(const QString &nameTemplate, const QString &scheduleName,
                  const QStringList &otherPrefixesOnLocation)
{
    const QString own = prefix(nameTemplate, scheduleName);
    for (const QString &other : otherPrefixesOnLocation) {
        if (other.startsWith(own))
            return preciseGlob(nameTemplate, scheduleName);
    }
    return escapeGlob(own) + QLatin1Char('*');
}

bool pruneCouldTouch(const QString &templateA, const QString &nameA, const QString &templateB,
                     const QString &nameB)
{
    const QString pa = prefix(templateA, nameA);
    const QString pb = prefix(templateB, nameB);
    if (pa == pb)
        return true;
    if (!pb.startsWith(pa))
        return false;
    return globMatches(preciseGlob(templateA, nameA), sampleName(templateB, nameB));
}

} // namespace borgtide::archivename
