#include "ui/activity/ResultsChart.h"

#include "ui/common/Format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace borgtide {

namespace {

constexpr qreal Pad = 8;
constexpr qreal MaxBarWidth = 28;

// The colors of the status icons (ui/common/Format.cpp), so the chart matches the table.
const QColor Green(0x2e, 0xa0, 0x43);
const QColor Amber(0xd4, 0x8a, 0x00);
const QColor Red(0xd1, 0x24, 0x2f);
const QColor Grey(0x8c, 0x95, 0x9f);
const QColor Blue(0x1f, 0x6f, 0xeb);
const QColor SizeLine(0x82, 0x50, 0xdf);

QColor colorFor(JobStatus status)
{
    switch (status) {
    case JobStatus::Completed:
        return Green;
    case JobStatus::CompletedWithWarnings:
        return Amber;
    case JobStatus::Failed:
    case JobStatus::Interrupted:
        return Red;
    case JobStatus::Pending:
    case JobStatus::Running:
        return Blue;
    case JobStatus::Skipped:
    case JobStatus::Cancelled:
        return Grey;
    }
    return Grey;
}

// A step of 1, 2, 2.5 or 5 times a power of ten that splits `max` into about four parts.
void niceAxis(qreal max, qreal &step, qreal &top, int &decimals)
{
    if (!(max > 0)) {
        step = 1;
        top = 1;
        decimals = 0;
        return;
    }
    const qreal raw = max / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const qreal norm = raw / magnitude;
    qreal nice = 10;
    if (norm <= 1)
        nice = 1;
    else if (norm <= 2)
        nice = 2;
    else if (norm <= 2.5)
        nice = 2.5;
    else if (norm <= 5)
        nice = 5;
    step = nice * magnitude;
    top = std::ceil(max / step - 1e-9) * step;
    decimals = 0;
    for (qreal s = step; decimals < 3 && std::abs(s - std::round(s)) > 1e-6; s *= 10)
        ++decimals;
}

} // namespace

ResultsChart::ResultsChart(QWidget *parent)
    : QWidget(parent)
    , m_emptyText(tr("No jobs yet"))
{
    setObjectName(QStringLiteral("resultsChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Results of the latest jobs"));
    updateAxes();
}

void ResultsChart::setJobs(const QList<JobRow> &newestFirst)
{
    m_jobs.clear();
    const qsizetype n = std::min<qsizetype>(newestFirst.size(), MaxJobs);
    m_jobs.reserve(n);
    for (qsizetype i = n - 1; i >= 0; --i)
        m_jobs.append(newestFirst.at(i));
    m_hover = -1;
    updateAxes();
    update();
}

void ResultsChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    if (m_jobs.isEmpty())
        update();
}

void ResultsChart::updateAxes()
{
    qint64 maxMs = 0;
    qint64 maxSize = -1;
    m_hasRunning = false;
    QDateTime first;
    QDateTime last;
    m_deduplicated = m_jobs.isEmpty() ||
                     std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                                 [](const JobRow &job) { return job.deduplicatedSize >= 0; });
    for (const JobRow &job : std::as_const(m_jobs)) {
        maxMs = std::max(maxMs, job.durationMs());
        maxSize = std::max(maxSize, plottedSize(job));
        if (job.status == JobStatus::Running || job.status == JobStatus::Pending)
            m_hasRunning = true;
        if (job.startedAt.isValid()) {
            if (!first.isValid() || job.startedAt < first)
                first = job.startedAt;
            if (!last.isValid() || job.startedAt > last)
                last = job.startedAt;
        }
    }
    m_spansDays = first.isValid() && first.toLocalTime().date() != last.toLocalTime().date() &&
                  first.secsTo(last) > 20 * 3600;

    if (maxMs < 2 * 60 * 1000) {
        m_duration.unit = 1000;
        m_duration.title = tr("Duration (s)");
    } else if (maxMs < 2 * 3600 * 1000) {
        m_duration.unit = 60 * 1000;
        m_duration.title = tr("Duration (min)");
    } else {
        m_duration.unit = 3600 * 1000;
        m_duration.title = tr("Duration (h)");
    }
    niceAxis(qreal(maxMs) / m_duration.unit, m_duration.step, m_duration.max, m_duration.decimals);

    m_hasSizes = maxSize >= 0;
    QString unit;
    int power = 0;
    while (power < 4 && qreal(maxSize) >= std::pow(1024.0, power + 1))
        ++power;
    m_size.unit = std::pow(1024.0, power);
    switch (power) {
    case 0:
        unit = tr("bytes");
        break;
    case 1:
        unit = tr("KB");
        break;
    case 2:
        unit = tr("MB");
        break;
    case 3:
        unit = tr("GB");
        break;
    default:
        unit = tr("TB");
        break;
    }
    m_size.title = m_deduplicated ? tr("Deduplicated size (%1)").arg(unit)
                                  : tr("Original size (%1)").arg(unit);
    niceAxis(qreal(std::max<qint64>(maxSize, 0)) / m_size.unit, m_size.step, m_size.max,
             m_size.decimals);
}

qint64 ResultsChart::plottedSize(const JobRow &job) const
{
    return m_deduplicated ? job.deduplicatedSize : job.originalSize;
}

QStringList ResultsChart::tickLabels(const Axis &axis) const
{
    QStringList labels;
    const QLocale locale;
    const int ticks = int(std::lround(axis.max / axis.step));
    for (int i = 0; i <= ticks; ++i)
        labels.append(locale.toString(axis.step * i, 'f', axis.decimals));
    return labels;
}

ResultsChart::Geometry ResultsChart::chartLayout() const
{
    Geometry g;
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const qreal lineHeight = std::max(fm.height(), bfm.height());

    // Header: the title, then the legend flowing to the right and onto further lines.
    QList<LegendItem> items{
        {Green, tr("Completed"), false, {}},
        {Amber, tr("With warnings"), false, {}},
        {Red, tr("Failed or interrupted"), false, {}},
        {Grey, tr("Skipped or cancelled"), false, {}},
    };
    if (m_hasRunning)
        items.append({Blue, tr("Running"), false, {}});
    if (m_hasSizes)
        items.append(
            {SizeLine, m_deduplicated ? tr("Deduplicated size") : tr("Original size"), true, {}});
    const qreal swatch = fm.height() * 0.6;
    const qreal right = width() - Pad;
    qreal x = Pad + bfm.horizontalAdvance(tr("Latest jobs")) + 3 * Pad;
    qreal y = Pad;
    for (LegendItem &item : items) {
        const qreal w = (item.line ? swatch * 2 : swatch) + 4 + fm.horizontalAdvance(item.text);
        if (x + w > right && x > Pad + 1) {
            x = Pad;
            y += lineHeight + 2;
        }
        item.rect = QRectF(x, y, w, lineHeight);
        x += w + 2 * Pad;
    }
    g.legend = items;
    g.headerHeight = y + lineHeight - Pad;

    qreal leftLabels = 0;
    for (const QString &label : tickLabels(m_duration))
        leftLabels = std::max(leftLabels, fm.horizontalAdvance(label));
    qreal rightLabels = 0;
    if (m_hasSizes) {
        for (const QString &label : tickLabels(m_size))
            rightLabels = std::max(rightLabels, fm.horizontalAdvance(label));
    }
    const qreal left = Pad + fm.height() + 6 + leftLabels + 6;
    const qreal rightMargin = m_hasSizes ? Pad + fm.height() + 6 + rightLabels + 6 : 2 * Pad;
    const qreal top = Pad + g.headerHeight + Pad + fm.height() / 2;
    const qreal bottom = height() - Pad - fm.height() - 6;
    g.plot = QRectF(QPointF(left, top), QPointF(width() - rightMargin, bottom));
    if (g.plot.width() < 1)
        g.plot.setWidth(1);
    if (g.plot.height() < 1)
        g.plot.setHeight(1);
    g.slot = m_jobs.isEmpty() ? g.plot.width() : g.plot.width() / qreal(m_jobs.size());
    return g;
}

qreal ResultsChart::slotCenter(const Geometry &g, int index) const
{
    return g.plot.left() + g.slot * (index + 0.5);
}

QRectF ResultsChart::barRect(int index) const
{
    if (index < 0 || index >= m_jobs.size())
        return {};
    return barRect(chartLayout(), index);
}

QRectF ResultsChart::barRect(const Geometry &g, int index) const
{
    const qreal barWidth = std::clamp(g.slot * 0.7, 1.0, MaxBarWidth);
    const qint64 ms = m_jobs.at(index).durationMs();
    qreal h = 4; // unknown durations: a stub on the axis
    if (ms >= 0)
        h = std::max(4.0, g.plot.height() * (qreal(ms) / m_duration.unit) / m_duration.max);
    return QRectF(slotCenter(g, index) - barWidth / 2, g.plot.bottom() - h, barWidth, h);
}

int ResultsChart::indexAt(const QPoint &pos) const
{
    if (m_jobs.isEmpty())
        return -1;
    const Geometry g = chartLayout();
    if (pos.x() < g.plot.left() || pos.x() >= g.plot.right() || pos.y() < g.plot.top() - 4 ||
        pos.y() > height() - Pad)
        return -1;
    const int index = int((pos.x() - g.plot.left()) / g.slot);
    return index >= 0 && index < m_jobs.size() ? index : -1;
}

QString ResultsChart::toolTipFor(int index) const
{
    if (index < 0 || index >= m_jobs.size())
        return {};
    const JobRow &job = m_jobs.at(index);
    const QString unknown = tr("unknown");
    const qint64 ms = job.durationMs();
    QString size = unknown;
    if (job.deduplicatedSize >= 0 && job.originalSize >= 0)
        size = tr("%1 deduplicated (%2 original)")
                   .arg(format::bytes(job.deduplicatedSize), format::bytes(job.originalSize));
    else if (job.deduplicatedSize >= 0)
        size = tr("%1 deduplicated").arg(format::bytes(job.deduplicatedSize));
    else if (job.originalSize >= 0)
        size = tr("%1 original").arg(format::bytes(job.originalSize));
    const QString br = QStringLiteral("<br/>");
    QString text =
        QStringLiteral("<b>") % job.scheduleName.toHtmlEscaped() % QStringLiteral("</b>") % br %
        tr("Started: %1")
            .arg(job.startedAt.isValid() ? format::dateTime(job.startedAt) : tr("not started")) %
        br % tr("Duration: %1").arg(ms >= 0 ? format::duration(ms) : unknown) % br %
        tr("Archive size: %1").arg(size) % br %
        tr("Result: %1").arg(format::statusText(job.status));
    const QString firstLine = job.message.section(QLatin1Char('\n'), 0, 0);
    if (!firstLine.isEmpty())
        text += br % tr("Message: %1").arg(firstLine.toHtmlEscaped());
    return text;
}

QString ResultsChart::xLabel(const JobRow &job) const
{
    if (!job.startedAt.isValid())
        return {};
    const QDateTime local = job.startedAt.toLocalTime();
    // The patterns are QDateTime formats: translators may reorder them.
    if (m_spansDays)
        return QLocale().toString(local, tr("MMM d", "chart axis date (QDateTime format)"));
    return QLocale().toString(local, tr("HH:mm", "chart axis time (QDateTime format)"));
}

QSize ResultsChart::sizeHint() const
{
    return QSize(640, 240);
}

QSize ResultsChart::minimumSizeHint() const
{
    return QSize(320, 180);
}

void ResultsChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    if (m_jobs.isEmpty()) {
        QColor placeholder = pal.color(QPalette::PlaceholderText);
        p.setPen(placeholder);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = chartLayout();
    const QFontMetricsF fm(font());

    // Title and legend
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(Pad, Pad, width(),
                      g.legend.isEmpty() ? fm.height() : g.legend.first().rect.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Latest jobs"));
    p.setFont(font());
    const qreal swatch = fm.height() * 0.6;
    for (const LegendItem &item : g.legend) {
        const qreal cy = item.rect.center().y();
        qreal tx = item.rect.left();
        if (item.line) {
            p.setPen(QPen(item.color, 2));
            p.drawLine(QPointF(tx, cy), QPointF(tx + 2 * swatch, cy));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(QPointF(tx + swatch, cy), 2.5, 2.5);
            tx += 2 * swatch + 4;
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(item.color);
            p.drawRoundedRect(QRectF(tx, cy - swatch / 2, swatch, swatch), 2, 2);
            tx += swatch + 4;
        }
        p.setPen(text);
        p.drawText(QRectF(tx, item.rect.top(), item.rect.right() - tx + 1, item.rect.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }

    // Grid and the duration axis (left)
    QColor grid = text;
    grid.setAlphaF(0.12f);
    const QStringList durationLabels = tickLabels(m_duration);
    for (int i = 0; i < durationLabels.size(); ++i) {
        const qreal y = g.plot.bottom() - g.plot.height() * (m_duration.step * i) / m_duration.max;
        if (i > 0) {
            p.setPen(QPen(grid, 1));
            p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        }
        p.setPen(muted);
        p.drawText(QRectF(0, y - fm.height() / 2, g.plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, durationLabels.at(i));
    }
    auto drawAxisTitle = [&](const QString &title, qreal x, qreal angle) {
        p.save();
        p.translate(x, g.plot.center().y());
        p.rotate(angle);
        p.setPen(muted);
        p.drawText(
            QRectF(-g.plot.height() / 2 - 20, -fm.height() / 2, g.plot.height() + 40, fm.height()),
            Qt::AlignCenter, title);
        p.restore();
    };
    drawAxisTitle(m_duration.title, Pad + fm.height() / 2, -90);

    // Hovered job
    if (m_hover >= 0 && m_hover < m_jobs.size()) {
        QColor highlight = pal.color(QPalette::Highlight);
        highlight.setAlphaF(0.15f);
        p.fillRect(QRectF(g.plot.left() + g.slot * m_hover, g.plot.top(), g.slot, g.plot.height()),
                   highlight);
    }

    // Failures stand out even when they took seconds.
    for (int i = 0; i < m_jobs.size(); ++i) {
        const JobStatus status = m_jobs.at(i).status;
        if (status != JobStatus::Failed && status != JobStatus::Interrupted)
            continue;
        QColor tint = Red;
        tint.setAlphaF(0.12f);
        p.fillRect(QRectF(g.plot.left() + g.slot * i, g.plot.top(), g.slot, g.plot.height()), tint);
    }

    // Bars
    p.setPen(Qt::NoPen);
    for (int i = 0; i < m_jobs.size(); ++i) {
        const QRectF bar = barRect(g, i);
        const QColor color = colorFor(m_jobs.at(i).status);
        if (m_jobs.at(i).durationMs() < 0) { // a pale stub: the duration is unknown
            QColor pale = color;
            pale.setAlphaF(0.6f);
            p.fillRect(bar, pale);
            continue;
        }
        p.setBrush(color);
        const qreal radius = std::min(2.0, bar.width() / 4);
        p.drawRoundedRect(bar.adjusted(0, 0, 0, radius), radius, radius);
    }

    // Base line
    p.setPen(QPen(muted, 1));
    p.drawLine(QPointF(g.plot.left(), g.plot.bottom() + 0.5),
               QPointF(g.plot.right(), g.plot.bottom() + 0.5));

    // Archive size (right axis)
    if (m_hasSizes) {
        const QStringList sizeLabels = tickLabels(m_size);
        p.setPen(muted);
        for (int i = 0; i < sizeLabels.size(); ++i) {
            const qreal y = g.plot.bottom() - g.plot.height() * (m_size.step * i) / m_size.max;
            p.drawText(QRectF(g.plot.right() + 6, y - fm.height() / 2, width(), fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, sizeLabels.at(i));
        }
        drawAxisTitle(m_size.title, width() - Pad - fm.height() / 2, 90);

        QPainterPath path;
        QList<QPointF> points;
        for (int i = 0; i < m_jobs.size(); ++i) {
            const qint64 size = plottedSize(m_jobs.at(i));
            if (size < 0)
                continue;
            const QPointF point(slotCenter(g, i),
                                g.plot.bottom() -
                                    g.plot.height() * (qreal(size) / m_size.unit) / m_size.max);
            if (points.isEmpty())
                path.moveTo(point);
            else
                path.lineTo(point);
            points.append(point);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(SizeLine, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        if (g.slot >= 6) {
            p.setBrush(pal.color(QPalette::Base));
            p.setPen(QPen(SizeLine, 1.5));
            for (const QPointF &point : std::as_const(points))
                p.drawEllipse(point, 2.5, 2.5);
        }
    }

    // Start times under the bars, where they change and there is room
    p.setPen(muted);
    QString lastLabel;
    qreal lastRight = -1e9;
    const qreal labelTop = g.plot.bottom() + 4;
    for (int i = 0; i < m_jobs.size(); ++i) {
        const QString label = xLabel(m_jobs.at(i));
        if (label.isEmpty() || label == lastLabel)
            continue;
        const qreal w = fm.horizontalAdvance(label);
        qreal x = slotCenter(g, i) - w / 2;
        x = std::clamp(x, 2.0, width() - w - 2);
        if (x < lastRight + fm.horizontalAdvance(QStringLiteral("  ")))
            continue;
        p.drawLine(QPointF(slotCenter(g, i), g.plot.bottom() + 1),
                   QPointF(slotCenter(g, i), g.plot.bottom() + 3));
        p.drawText(QRectF(x, labelTop, w + 1, fm.height()), Qt::AlignCenter, label);
        lastLabel = label;
        lastRight = x + w;
    }
}

bool ResultsChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0) {
            const Geometry g = chartLayout();
            const QRect area =
                QRectF(g.plot.left() + g.slot * index, g.plot.top(), g.slot, g.plot.height())
                    .toAlignedRect();
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, area);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ResultsChart::setHover(int index)
{
    if (index == m_hover)
        return;
    m_hover = index;
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void ResultsChart::mouseMoveEvent(QMouseEvent *event)
{
    setHover(indexAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void ResultsChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) {
        Q_EMIT jobActivated(m_jobs.at(index).id);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void ResultsChart::leaveEvent(QEvent *event)
{
    setHover(-1);
    QWidget::leaveEvent(event);
}

void ResultsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAxes();
    QWidget::changeEvent(event);
}

} // namespace borgtide
