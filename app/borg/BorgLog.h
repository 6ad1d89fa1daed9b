#pragma once
// borg's stderr under --log-json, a line at a time. BorgCommand (short commands for the
// Repositories page) and BorgRunner (a job's borg tasks) read it through these.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <utility>

namespace borgtide::borglog {

struct Line
{
    QByteArray text;  // the line, trimmed
    QJsonObject json; // a JSON line's object (empty when it does not parse)
    QString type;     // log_message, archive_progress, progress_percent, progress_message, …
    QString level;    // log_message: DEBUG, INFO, WARNING, ERROR, CRITICAL
    QString message;  // log_message: the message

    bool isJson() const { return text.startsWith('{'); }
    bool isError() const
    {
        return level == QLatin1String("ERROR") || level == QLatin1String("CRITICAL");
    }
    // The Python traceback borg logs after its error sentence (for the output, not the message)
    bool isTraceback() const { return message.startsWith(QLatin1String("Traceback (most recent")); }
};

Line parse(const QByteArray &trimmedLine);

// Cuts borg's stderr into trimmed, non-empty lines and hands each on parsed. A line that
// never ends is passed on once it holds 1 MiB, so memory stays bounded.
class LineReader
{
public:
    using Sink = std::function<void(const Line &line)>;
    explicit LineReader(Sink sink)
        : m_sink(std::move(sink))
    {}
    void feed(const QByteArray &chunk);
    // What is left after the last newline, when the stream has ended.
    void flush();

private:
    void deliver(const QByteArray &raw) const;

    Sink m_sink;
    QByteArray m_partial;
};

} // namespace borgtide::borglog
