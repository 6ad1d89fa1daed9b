#pragma once

#include <QPointer>
#include <QProcess>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace borgtide {

struct GuiContext;

// Settings, saved as they change: when to show notifications, parallel jobs, the borg
// executable, lock wait, start at login, and the keychain values hooks reference as
// {{ secret.NAME }}.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(GuiContext &context, QWidget *parent = nullptr);
    void reload();
    // Test seam: asks for a secret's value (default: a password input dialog).
    std::function<QString(const QString &name)> askSecret;

Q_SIGNALS:
    void settingsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshSecrets();
    void updateBorgVersion();

    GuiContext &m_context;
    QComboBox *m_notify = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLineEdit *m_borgPath = nullptr;
    QLabel *m_borgVersion = nullptr;
    QSpinBox *m_lockWait = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_keychain = nullptr;
    QTableWidget *m_secrets = nullptr;
    bool m_loaded = false;
    QPointer<QProcess> m_versionProbe;
};

} // namespace borgtide
