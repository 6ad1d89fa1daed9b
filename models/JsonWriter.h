#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace borgtide {

// A streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them), so exported files and CLI output read in a sensible order.
class JsonWriter final
{
public:
    explicit JsonWriter(bool indented = true)
        : m_indented(indented)
    {}

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) = delete; // wrap literals in QStringLiteral
    JsonWriter &value(bool flag);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(double number);
    JsonWriter &value(const QStringList &list);
    JsonWriter &value(std::optional<int> number);
    JsonWriter &null();

    // key + value in one call
    template <typename T> JsonWriter &field(const QString &name, const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &data() const { return m_out; }
    static QByteArray quote(const QString &text);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };
    QList<Level> m_levels;
    QByteArray m_out;
    bool m_indented;
    bool m_afterKey = false;
};

} // namespace borgtide
