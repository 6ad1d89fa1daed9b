// Archive-name expansion and the prune glob: template and schedule name split at the first NUL.
#include "models/ArchiveName.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    namespace a = borgtide::archivename;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype cut = bytes.indexOf('\0');
    const QString tmpl = QString::fromUtf8(cut < 0 ? bytes : bytes.left(cut));
    const QString name = cut < 0 ? QStringLiteral("Home") : QString::fromUtf8(bytes.mid(cut + 1));
    (void)a::expandSchedule(tmpl, name);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    (void)a::expandForJob(tmpl, name, start, QStringLiteral("0f8e2a9c-5b1d-4c3e-9a7f-1d2e3f4a5b6c"),
                          4242);
    const QString prefix = a::prefix(tmpl, name);
    (void)a::hasUniquePlaceholder(tmpl);
    (void)a::pruneGlob(tmpl, name, {prefix, QStringLiteral("Other-")});
    (void)a::pruneCouldTouch(tmpl, name, QStringLiteral("{schedule}-{now}"), name);
    return 0;
}
