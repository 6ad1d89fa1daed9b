#pragma once

#include "models/Job.h"

#include <QString>

namespace borgtide {

class JsonWriter;

// How jobs and tasks are shown on the command line (SPEC 4 JSON shape and human text).
namespace jobtext {

// The job object of `job ID --json`; tasks without their output when !withOutput.
void writeJob(JsonWriter &w, const Job &job, bool withOutput);
void writeTask(JsonWriter &w, const Task &task, bool withOutput);
QByteArray jobJson(const Job &job, bool withOutput, bool indented);

QString taskLabel(const Task &task); // "Database Dump (pre-hook, critical)", "backup"
QString taskLine(const Task &task);  // one line for `run` and `job`
QString duration(const QDateTime &from, const QDateTime &to);

} // namespace jobtext
} // namespace borgtide
