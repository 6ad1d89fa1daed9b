#pragma once

#include "ui/activity/JobRow.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace borgtide {

// The newest jobs as a chart, oldest on the left: one bar per job whose height is its duration
// (left axis), colored by result, and a line for the archive size (right axis): the deduplicated
// size, or the original size where no job in view has a deduplicated one (one measure per line,
// so that a job with only its original size does not dwarf the others). Failed jobs get a tinted
// column, as their bars are often too short to see. Painted with QPainter; tooltips per bar.
class ResultsChart final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxJobs = 60;

    explicit ResultsChart(QWidget *parent = nullptr);

    // Newest first, as the history lists them; keeps the newest MaxJobs.
    void setJobs(const QList<JobRow> &newestFirst);
    const QList<JobRow> &jobs() const { return m_jobs; } // oldest first
    // What an empty chart says (default "No jobs yet").
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    int indexAt(const QPoint &pos) const; // the job under `pos` in jobs(), or -1
    QRectF barRect(int index) const;      // where that job's bar is drawn
    QString toolTipFor(int index) const;  // rich text

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void jobActivated(qint64 jobId); // double-click on a bar

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Axis
    {
        qreal unit = 1; // value units per axis unit (ms per minute, bytes per GB)
        qreal step = 1; // between ticks, in axis units
        qreal max = 1;  // top of the axis, in axis units
        QString title;
        int decimals = 0;
    };
    struct LegendItem
    {
        QColor color;
        QString text;
        bool line = false;
        QRectF rect; // where it is drawn (swatch and text)
    };
    struct Geometry
    {
        QRectF plot;
        qreal slot = 0;
        qreal headerHeight = 0;
        QList<LegendItem> legend;
    };

    void updateAxes();
    Geometry chartLayout() const;
    qreal slotCenter(const Geometry &g, int index) const;
    QRectF barRect(const Geometry &g, int index) const;
    QStringList tickLabels(const Axis &axis) const;
    QString xLabel(const JobRow &job) const;
    qint64 plottedSize(const JobRow &job) const;
    void setHover(int index);

    QList<JobRow> m_jobs; // oldest first
    QString m_emptyText;
    Axis m_duration;
    Axis m_size;
    bool m_hasSizes = false;
    // The line shows one measure: deduplicated sizes when any job has one, else original sizes.
    bool m_deduplicated = true;
    bool m_hasRunning = false;
    bool m_spansDays = false;
    int m_hover = -1;
};

} // namespace borgtide
