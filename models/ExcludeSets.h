#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Ready-made exclude sets offered by the schedule editor and used by the importers to map
// other tools' presets (e.g. Vorta's) onto ours. Patterns are borg patterns (fm:/sh: style).
namespace borgtide::excludesets {

struct ExcludeSet
{
    QString id;           // stable identifier: "caches", "trash", "build-output", "vm-images", …
    QString title;        // English name shown in the editor
    QStringList patterns; // borg --exclude patterns
};

// Every set, in the order the editor shows them.
const QList<ExcludeSet> &all();

// The set with this id, or nullptr when there is none.
const ExcludeSet *byId(const QString &id);

} // namespace borgtide::excludesets
