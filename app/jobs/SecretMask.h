#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace borgtide {

// Replaces keychain values in a stream of output with "****" (SPEC 2: a value a task used, 4
// characters or longer, never appears in stored or shown output). A value split across two
// chunks is still found: the end of a chunk that could begin a value is held back until the
// next chunk (or flush()) shows whether it does.
class SecretMask final
{
public:
    static constexpr qsizetype MinimumLength = 4;

    void add(const QStringList &values);
    bool isEmpty() const { return m_values.isEmpty(); }
    // The masked bytes that are safe to pass on now.
    QByteArray feed(const QByteArray &chunk);
    // What was held back, masked (the stream ended, or the task did).
    QByteArray flush();
    // Masks one whole text (a task's message).
    QString apply(const QString &text) const;

private:
    QByteArray mask(QByteArray bytes) const;
    QList<QByteArray> m_values; // longest first
    QByteArray m_pending;
};

} // namespace borgtide
