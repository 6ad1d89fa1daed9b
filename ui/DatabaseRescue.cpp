#include "ui/DatabaseRescue.h"

#include "models/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace borgtide::gui {

bool offerRestore(const QString &dataDir, const QString &damage, QWidget *parent, const Ask &ask)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("borgtide::DatabaseRescue", text);
    };
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QString copy = Store::lastGoodCopy(dir);
    if (copy.isEmpty()) {
        QMessageBox::critical(parent, tr("Borgtide — Damaged Database"), damage);
        return false;
    }
    const QString when = QLocale().toString(QFileInfo(copy).lastModified(), QLocale::LongFormat);
    const QString question =
        tr("%1\n\nRestore the copy made %2? The damaged database is kept next to it, "
           "unchanged. Jobs and changes since that copy are lost.")
            .arg(damage, when);
    const QString title = tr("Borgtide — Damaged Database");
    const bool yes =
        ask ? ask(title, question)
            : QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::Yes) == QMessageBox::Yes;
    if (!yes)
        return false;
    if (Status restored = Store::restoreCopy(dir, copy); !restored) {
        QMessageBox::critical(parent, title, restored.error());
        return false;
    }
    return true;
}

} // namespace borgtide::gui
