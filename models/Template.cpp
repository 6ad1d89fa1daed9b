#include "models/Template.h"

#include <QUrl>

namespace borgtide::templates {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') ||
           c == QLatin1Char('-');
}

} // namespace

const QStringList &contextNames()
{
    static const QStringList names{
        QStringLiteral("job.id"),
        QStringLiteral("job.status"),
        QStringLiteral("job.type"),
        QStringLiteral("job.error_message"),
        QStringLiteral("job.duration_secs"),
        QStringLiteral("job.started_at"),
        QStringLiteral("job.completed_at"),
        QStringLiteral("job.failed_tasks"),
        QStringLiteral("schedule.name"),
        QStringLiteral("repository.name"),
        QStringLiteral("repository.path"),
        QStringLiteral("archive.name"),
        QStringLiteral("task.index"),
    };
    return names;
}

Result<QList<Placeholder>> parse(const QString &text)
{
    QList<Placeholder> result;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype strayClose = text.indexOf(QLatin1String("}}"), pos);
        if (open < 0) {
            if (strayClose >= 0)
                return Result<QList<Placeholder>>::failure(
                    QStringLiteral("'}}' without a matching '{{' at character %1")
                        .arg(strayClose + 1));
            break;
        }
        if (strayClose >= 0 && strayClose < open)
            return Result<QList<Placeholder>>::failure(
                QStringLiteral("'}}' without a matching '{{' at character %1").arg(strayClose + 1));
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return Result<QList<Placeholder>>::failure(
                QStringLiteral("'{{' at character %1 is not closed with '}}'").arg(open + 1));
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (name.isEmpty())
            return Result<QList<Placeholder>>::failure(
                QStringLiteral("empty placeholder '{{ }}' at character %1").arg(open + 1));
        for (const QChar c : name) {
            if (!isNameChar(c))
                return Result<QList<Placeholder>>::failure(
                    QStringLiteral("invalid placeholder {{ %1 }} at character %2")
                        .arg(name)
                        .arg(open + 1));
        }
        result.append({name, open, close + 2 - open});
        pos = close + 2;
    }
    return result;
}

bool isSecretName(const QString &placeholder, QString *secretName)
{
    if (!placeholder.startsWith(QLatin1String("secret.")))
        return false;
    const QString name = placeholder.mid(7);
    if (name.isEmpty())
        return false;
    if (!(name.front().isLetter() || name.front() == QLatin1Char('_')))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    }
    if (secretName)
        *secretName = name;
    return true;
}

QString checkWebhookTemplate(const QString &text)
{
    const auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    for (const Placeholder &p : parsed.value()) {
        if (p.name.startsWith(QLatin1String("secret."))) {
            if (!isSecretName(p.name))
                return QStringLiteral("invalid secret name in {{ %1 }} (use letters, digits, "
                                      "'_' and '-', starting with a letter)")
                    .arg(p.name);
            continue;
        }
        if (!contextNames().contains(p.name))
            return QStringLiteral("unknown placeholder {{ %1 }}").arg(p.name);
    }
    return {};
}

QString checkSecretOnlyTemplate(const QString &text)
{
    const auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    for (const Placeholder &p : parsed.value()) {
        if (!isSecretName(p.name))
            return QStringLiteral("only {{ secret.NAME }} placeholders are allowed here, not "
                                  "{{ %1 }}")
                .arg(p.name);
    }
    return {};
}

QStringList secretNames(const QString &text)
{
    QStringList names;
    const auto parsed = parse(text);
    if (!parsed)
        return names;
    for (const Placeholder &p : parsed.value()) {
        QString name;
        if (isSecretName(p.name, &name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList secretNames(const Hook &hook)
{
    QStringList names = secretNames(hook.url) + secretNames(hook.body);
    for (const auto &[name, value] : hook.headers)
        names += secretNames(value);
    for (const auto &[name, value] : hook.environmentVars)
        names += secretNames(value);
    names.removeDuplicates();
    return names;
}

QStringList secretNames(const Schedule &schedule, bool enabledOnly)
{
    QStringList names;
    for (const QList<Hook> *hooks :
         {&schedule.preHooks, &schedule.postHooks, &schedule.notifications}) {
        for (const Hook &h : *hooks) {
            if (h.enabled || !enabledOnly)
                names += secretNames(h);
        }
    }
    for (const Monitor &m : schedule.monitors)
        names += secretNames(m.url);
    names.removeDuplicates();
    return names;
}

QString escapeJsonString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

Result<QString> render(const QString &text, const QHash<QString, QString> &values, Escape escape)
{
    const auto parsed = parse(text);
    if (!parsed)
        return Result<QString>::failure(parsed.error());
    QString out;
    qsizetype pos = 0;
    for (const Placeholder &p : parsed.value()) {
        out += QStringView(text).mid(pos, p.start - pos);
        const auto it = values.constFind(p.name);
        if (it == values.constEnd())
            return Result<QString>::failure(QStringLiteral("no value for {{ %1 }}").arg(p.name));
        switch (escape) {
        case Escape::None:
            out += it.value();
            break;
        case Escape::Header: {
            QString v = it.value();
            v.remove(QLatin1Char('\r'));
            v.replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += v;
            break;
        }
        case Escape::Json:
            out += escapeJsonString(it.value());
            break;
        case Escape::Percent:
            out += QString::fromLatin1(QUrl::toPercentEncoding(it.value()));
            break;
        }
        pos = p.start + p.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace borgtide::templates
