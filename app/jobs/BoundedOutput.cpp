#include "app/jobs/BoundedOutput.h"

#include <algorithm>

namespace borgtide {

BoundedOutput::BoundedOutput(qsizetype headLimit, qsizetype tailLimit)
    : m_headLimit(headLimit)
    , m_tailLimit(tailLimit)
{}

void BoundedOutput::append(QByteArrayView bytes)
{
    m_total += bytes.size();
    if (m_head.size() < m_headLimit) {
        const qsizetype n = std::min(bytes.size(), m_headLimit - m_head.size());
        m_head.append(bytes.first(n));
        bytes = bytes.sliced(n);
    }
    if (bytes.isEmpty() || m_tailLimit == 0)
        return;
    if (bytes.size() >= m_tailLimit) {
        m_ring = bytes.last(m_tailLimit).toByteArray();
        m_ringStart = 0;
        return;
    }
    if (m_ring.size() < m_tailLimit) {
        const qsizetype room = m_tailLimit - m_ring.size();
        const qsizetype n = std::min(room, bytes.size());
        m_ring.append(bytes.first(n));
        bytes = bytes.sliced(n);
        if (bytes.isEmpty())
            return;
    }
    // full ring: overwrite from m_ringStart
    while (!bytes.isEmpty()) {
        const qsizetype n = std::min(bytes.size(), m_tailLimit - m_ringStart);
        std::copy_n(bytes.data(), n, m_ring.data() + m_ringStart);
        m_ringStart = (m_ringStart + n) % m_tailLimit;
        bytes = bytes.sliced(n);
    }
}

qint64 BoundedOutput::omittedBytes() const
{
    return m_total - m_head.size() - m_ring.size();
}

QByteArray BoundedOutput::tailBytes() const
{
    if (m_ringStart == 0)
        return m_ring;
    return m_ring.mid(m_ringStart) + m_ring.left(m_ringStart);
}

QString BoundedOutput::omittedMarker(qint64 bytes)
{
    return QStringLiteral("[… %1 bytes omitted …]").arg(bytes);
}

namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QString BoundedOutput::text() const
{
    const qint64 omitted = omittedBytes();
    if (omitted == 0)
        return QString::fromUtf8(m_head + tailBytes());
    // Cut at character boundaries: drop a split UTF-8 sequence at the end of the head and at
    // the start of the tail (at most 3 bytes each) rather than show two U+FFFD.
    const QByteArray &head = m_head;
    qsizetype h = head.size();
    qsizetype back = 0;
    while (back < 3 && h - back > 0 && isContinuation(head.at(h - back - 1)))
        ++back;
    if (h - back > 0) {
        const auto lead = static_cast<unsigned char>(head.at(h - back - 1));
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > 1 && back + 1 < length)
            h -= back + 1; // the sequence was cut: leave it out
    }
    QByteArray tail = tailBytes();
    qsizetype t = 0;
    while (t < 3 && t < tail.size() && isContinuation(tail.at(t)))
        ++t;
    const qint64 shown = omitted + (head.size() - h) + t;
    QString out = QString::fromUtf8(head.left(h));
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    out += omittedMarker(shown) + QLatin1Char('\n');
    out += QString::fromUtf8(tail.mid(t));
    return out;
}

} // namespace borgtide
