#pragma once

class QCoreApplication;

namespace borgtide::translations {

// Installs Qt's own and Borgtide's translations for the system language. English is the
// source language; its plural forms ("1 job", "2 jobs") come from borgtide_en.qm.
void install(QCoreApplication &app);

} // namespace borgtide::translations
