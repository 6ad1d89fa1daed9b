#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace borgtide {

// A task's stored output (SPEC 2): the first 64 KiB and the last 192 KiB of what a process
// printed, with "[… N bytes omitted …]" between them. Memory stays bounded whatever the
// output's size; invalid UTF-8 and binary bytes are kept as bytes and shown as U+FFFD.
class BoundedOutput final
{
public:
    static constexpr qsizetype DefaultHead = 64 * 1024;
    static constexpr qsizetype DefaultTail = 192 * 1024;

    explicit BoundedOutput(qsizetype headLimit = DefaultHead, qsizetype tailLimit = DefaultTail);

    void append(QByteArrayView bytes);
    void append(const QString &text) { append(QByteArrayView(text.toUtf8())); }
    qint64 totalBytes() const { return m_total; }
    qint64 omittedBytes() const;
    bool isEmpty() const { return m_total == 0; }
    QString text() const;
    static QString omittedMarker(qint64 bytes);

private:
    QByteArray tailBytes() const; // the ring in order

    qsizetype m_headLimit;
    qsizetype m_tailLimit;
    QByteArray m_head;
    QByteArray m_ring; // circular, m_tailLimit bytes once full
    qsizetype m_ringStart = 0;
    qint64 m_total = 0;
};

} // namespace borgtide
