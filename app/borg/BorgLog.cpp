#include "app/borg/BorgLog.h"

#include <QJsonDocument>

namespace borgtide::borglog {

namespace {

constexpr qsizetype MaxLine = 1024 * 1024;

} // namespace

Line parse(const QByteArray &trimmedLine)
{
    Line l;
    l.text = trimmedLine;
    if (!l.isJson())
        return l;
    l.json = QJsonDocument::fromJson(trimmedLine).object();
    l.type = l.json.value(QStringLiteral("type")).toString();
    if (l.type == QLatin1String("log_message")) {
        l.level = l.json.value(QStringLiteral("levelname")).toString();
        l.message = l.json.value(QStringLiteral("message")).toString();
    }
    return l;
}

void LineReader::feed(const QByteArray &chunk)
{
    m_partial += chunk;
    qsizetype from = 0;
    qsizetype nl;
    while ((nl = m_partial.indexOf('\n', from)) >= 0) {
        deliver(m_partial.sliced(from, nl - from));
        from = nl + 1;
    }
    m_partial.remove(0, from);
    if (m_partial.size() > MaxLine) // a line that never ends
        flush();
}

void LineReader::flush()
{
    if (!m_partial.isEmpty())
        deliver(m_partial);
    m_partial.clear();
}

void LineReader::deliver(const QByteArray &raw) const
{
    const QByteArray line = raw.trimmed();
    if (!line.isEmpty())
        m_sink(parse(line));
}

} // namespace borgtide::borglog
