#pragma once

#include "models/ScheduleFile.h"

#include <QByteArray>
#include <QString>

namespace borgtide::jsonscan {

// What QJsonDocument lets pass silently in a JSON text that is otherwise valid (SPEC 5 limits):
// a key given twice in one object ("duplicate key": QJsonDocument keeps the last one) and a
// NUL character (\u0000) in a string or a key. Each problem has the JSON path of the place,
// below `basePath`. `data` must already be valid JSON (QJsonDocument::fromJson accepted it).
Problems check(const QByteArray &data, const QString &basePath = {});

} // namespace borgtide::jsonscan
