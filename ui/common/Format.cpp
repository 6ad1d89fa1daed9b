#include "ui/common/Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace borgtide::format {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("borgtide::format", text, disambiguation, n);
}

QIcon dot(const QColor &color, bool ring = false)
{
    static QHash<QRgb, QIcon> cache;
    const QRgb key = color.rgba() ^ (ring ? 1u : 0u);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size * 0.15;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        if (ring) {
            p.setPen(QPen(color, size * 0.12));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        }
        p.drawEllipse(r);
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}

const QColor green(0x2e, 0xa0, 0x43);
const QColor red(0xd1, 0x24, 0x2f);
const QColor amber(0xd4, 0x8a, 0x00);
const QColor grey(0x8c, 0x95, 0x9f);
const QColor blue(0x1f, 0x6f, 0xeb);

} // namespace

QString bytes(qint64 value)
{
    if (value < 0)
        return QStringLiteral("–");
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60);
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    return duration(from.msecsTo(to));
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 s = now.secsTo(time);
    const qint64 a = std::abs(s);
    // Rounded to the nearest unit: 1 h 59 min is "in 2 h", 59 min 40 s is "in 1 h".
    const qint64 minutes = (a + 30) / 60;
    const qint64 hours = (a + 1800) / 3600;
    QString amount;
    if (a < 60)
        amount = tr("%n s", nullptr, int(a));
    else if (minutes < 60)
        amount = tr("%n min", nullptr, int(minutes));
    else if (hours < 48)
        amount = tr("%n h", nullptr, int(hours));
    else
        amount = tr("%n days", nullptr, int((a + 43200) / 86400));
    return s >= 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending:
        return tr("Pending");
    case TaskStatus::Running:
        return tr("Running");
    case TaskStatus::Completed:
        return tr("Completed");
    case TaskStatus::Failed:
        return tr("Failed");
    case TaskStatus::Skipped:
        return tr("Skipped");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString statusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::CompletedWithWarnings:
        return tr("Completed with warnings");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Skipped:
        return tr("Skipped");
    case JobStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QIcon statusIcon(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return dot(green);
    case JobStatus::CompletedWithWarnings:
        return dot(amber);
    case JobStatus::Failed:
    case JobStatus::Interrupted:
        return dot(red);
    case JobStatus::Running:
        return dot(blue, true);
    default:
        return dot(grey);
    }
}

QIcon statusIcon(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Completed:
        return dot(green);
    case TaskStatus::Failed:
        return dot(red);
    case TaskStatus::Running:
        return dot(blue, true);
    case TaskStatus::Cancelled:
        return dot(amber);
    default:
        return dot(grey);
    }
}

} // namespace borgtide::format
