#include "models/JsonWriter.h"

#include <cmath>

namespace borgtide {

QByteArray JsonWriter::quote(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out += QByteArray(m_levels.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += m_indented ? "," : ", ";
    newline();
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({true, 0});
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_levels.last().count == 0;
    m_levels.removeLast();
    if (!empty)
        newline();
    m_out += '}';
    if (m_levels.isEmpty() && m_indented)
        m_out += '\n';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({false, 0});
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_levels.last().count == 0;
    m_levels.removeLast();
    if (!empty)
        newline();
    m_out += ']';
    if (m_levels.isEmpty() && m_indented)
        m_out += '\n';
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    beforeValue();
    m_out += quote(text);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', 15);
    return *this;
}

JsonWriter &JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    return endArray();
}

JsonWriter &JsonWriter::value(std::optional<int> number)
{
    return number ? value(qint64(*number)) : null();
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

} // namespace borgtide
