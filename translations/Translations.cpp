#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace borgtide::translations {

void install(QCoreApplication &app)
{
    const QLocale locale;
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/borgtide_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        own->load(locale, QStringLiteral("borgtide"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace borgtide::translations
