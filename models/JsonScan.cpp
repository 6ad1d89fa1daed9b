#include "models/JsonScan.h"

#include <QSet>

namespace borgtide::jsonscan {

namespace {

class Scanner
{
public:
    Scanner(const QByteArray &data, Problems &problems)
        : m_data(data)
        , m_problems(problems)
    {}

    void value(const QString &path, int depth)
    {
        skipSpace();
        if (m_pos >= m_data.size() || depth > 512)
            return;
        const char c = m_data.at(m_pos);
        if (c == '{') {
            object(path, depth);
        } else if (c == '[') {
            array(path, depth);
        } else if (c == '"') {
            bool nul = false;
            string(&nul);
            if (nul)
                m_problems.append({path, QStringLiteral("must not contain a NUL character")});
        } else {
            // number, true, false, null
            while (m_pos < m_data.size() && !isDelimiter(m_data.at(m_pos)))
                ++m_pos;
        }
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // At an opening quote: reads the string, decoding escapes, and notes a NUL character.
    QString string(bool *nul)
    {
        ++m_pos; // opening quote
        QByteArray raw;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == '"')
                break;
            if (c == '\\' && m_pos < m_data.size()) {
                const char e = m_data.at(m_pos++);
                if (e == 'u' && m_pos + 4 <= m_data.size()) {
                    const QByteArray hex = m_data.mid(m_pos, 4);
                    m_pos += 4;
                    bool ok = false;
                    const uint code = hex.toUInt(&ok, 16);
                    if (ok && code == 0)
                        *nul = true;
                    // keys are compared as written, escapes resolved where it matters
                    raw += "\\u" + hex;
                } else {
                    raw += '\\';
                    raw += e;
                }
                continue;
            }
            if (c == '\0')
                *nul = true;
            raw += c;
        }
        return QString::fromUtf8(raw);
    }

    void object(const QString &path, int depth)
    {
        ++m_pos; // {
        QSet<QString> keys;
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size())
                return;
            if (m_data.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_data.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            if (m_data.at(m_pos) != '"')
                return; // not valid JSON: the caller rejected it already
            bool nul = false;
            const QString key = string(&nul);
            const QString keyPath = join(path, key);
            if (nul)
                m_problems.append({keyPath, QStringLiteral("must not contain a NUL character")});
            if (keys.contains(key))
                m_problems.append({keyPath, QStringLiteral("duplicate key")});
            keys.insert(key);
            skipSpace();
            if (m_pos < m_data.size() && m_data.at(m_pos) == ':')
                ++m_pos;
            value(keyPath, depth + 1);
        }
    }

    void array(const QString &path, int depth)
    {
        ++m_pos; // [
        qsizetype index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size())
                return;
            if (m_data.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_data.at(m_pos) == ',') {
                ++m_pos;
                ++index;
                continue;
            }
            value(path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'), depth + 1);
        }
    }

    const QByteArray &m_data;
    Problems &m_problems;
    qsizetype m_pos = 0;
};

} // namespace

Problems check(const QByteArray &data, const QString &basePath)
{
    Problems problems;
    Scanner(data, problems).value(basePath, 0);
    return problems;
}

} // namespace borgtide::jsonscan
