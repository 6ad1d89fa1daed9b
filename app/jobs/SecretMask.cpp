#include "app/jobs/SecretMask.h"

#include <algorithm>

namespace borgtide {

void SecretMask::add(const QStringList &values)
{
    for (const QString &v : values) {
        const QByteArray bytes = v.toUtf8();
        if (v.size() >= MinimumLength && !m_values.contains(bytes))
            m_values.append(bytes);
    }
    std::sort(m_values.begin(), m_values.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray SecretMask::mask(QByteArray bytes) const
{
    for (const QByteArray &v : m_values)
        bytes.replace(v, QByteArrayLiteral("****"));
    return bytes;
}

QByteArray SecretMask::feed(const QByteArray &chunk)
{
    if (m_values.isEmpty())
        return chunk;
    QByteArray data = mask(m_pending + chunk);
    m_pending.clear();
    // hold back the longest end of `data` that is the start of some value
    qsizetype keep = 0;
    for (const QByteArray &v : m_values) {
        for (qsizetype n = std::min(v.size() - 1, data.size()); n > keep; --n) {
            if (QByteArrayView(data).last(n) == QByteArrayView(v).first(n)) {
                keep = n;
                break;
            }
        }
    }
    m_pending = data.right(keep);
    data.chop(keep);
    return data;
}

QByteArray SecretMask::flush()
{
    QByteArray rest = mask(m_pending);
    m_pending.clear();
    return rest;
}

QString SecretMask::apply(const QString &text) const
{
    if (m_values.isEmpty())
        return text;
    return QString::fromUtf8(mask(text.toUtf8()));
}

} // namespace borgtide
