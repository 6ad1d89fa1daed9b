// The template engine: parse, check and render with each escape.
#include "models/Template.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace t = borgtide::templates;
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = t::parse(text);
    if (parsed) {
        for (const t::Placeholder &p : parsed.value()) {
            if (p.start < 0 || p.length <= 0 || p.start + p.length > text.size())
                __builtin_trap(); // a placeholder lies inside the text
        }
    }
    (void)t::checkWebhookTemplate(text);
    (void)t::checkSecretOnlyTemplate(text);
    (void)t::secretNames(text);
    QHash<QString, QString> values;
    for (const QString &name : t::contextNames())
        values.insert(name, QStringLiteral("v\"\n%{{ x }}"));
    for (t::Escape e : {t::Escape::None, t::Escape::Header, t::Escape::Json, t::Escape::Percent})
        (void)t::render(text, values, e);
    (void)t::escapeJsonString(text);
    return 0;
}
