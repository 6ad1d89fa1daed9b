#pragma once

#include "models/Hook.h"
#include "models/Schedule.h"
#include "models/Types.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QWidget;

namespace borgtide {

class HookTester;
class SecretStore;
struct Problem;
struct TaskOutcome;

// "Configure Hooks" (SPEC 6, reference/003 "Adding Hooks to a Schedule"): edits a schedule's
// pre- and post-job hooks on copies. Nothing is saved until the caller reads preHooks() and
// postHooks() after accept(); Cancel and Esc drop every change. "Test" runs the selected hook
// now through HookTester with a sample context and shows its output and result.
class HookEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    HookEditorDialog(const Schedule &schedule, SecretStore *secrets, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);
    ~HookEditorDialog() override;

    QList<Hook> preHooks() const;
    QList<Hook> postHooks() const;

    // The problems that keep "Save Hooks" disabled, in words, first one first (empty: valid).
    QStringList problems() const { return m_problems; }

public Q_SLOTS:
    void done(int result) override;

private:
    // One section of the dialog: "Pre-Job Hooks" or "Post-Job Hooks".
    struct Section
    {
        HookPhase phase = HookPhase::Pre;
        QListWidget *list = nullptr;
        QStackedWidget *stack = nullptr; // the hint when empty, else the list
        QLabel *hint = nullptr;
        QPushButton *add = nullptr;
    };

    void buildUi();
    QWidget *buildSection(Section &section);
    QWidget *buildForm();
    QWidget *buildKeyValueEditor(QTableWidget *&table, const QString &objectName,
                                 const QString &keyHeader, const QString &addText,
                                 const QString &removeText);
    QWidget *buildTestPanel();

    Section &sectionOf(HookPhase phase);
    const Section &sectionOf(HookPhase phase) const;
    QList<Hook> hooksOf(HookPhase phase) const;
    QListWidgetItem *currentItem() const;
    Hook *currentHook();
    Hook *editable(); // the current hook, or null while the form is being loaded

    void addHook(HookPhase phase, const Hook &hook, bool select);
    void onSelectionChanged(HookPhase phase);
    void moveCurrent(int delta);
    void removeCurrent();
    void refreshSection(HookPhase phase);
    void refreshItem(QListWidgetItem *item, HookPhase phase, int row);
    void refreshAll();
    void scheduleRefresh();
    void updateFormTitle();

    void loadForm();
    void updateFormVisibility();
    void hookEdited();
    void setType(HookType type);
    void setWhen(HookWhen when);
    void readKeyValues(QTableWidget *table, KeyValueList &into);
    static void fillKeyValues(QTableWidget *table, const KeyValueList &values);

    void revalidate();
    QString hookLabel(HookPhase phase, int row, const Hook &hook) const;
    QString problemText(const QString &label, const Problem &problem, const Hook &hook) const;
    void updateButtons();

    void toggleTest();
    void onTestOutput(const QByteArray &chunk);
    void onTestFinished(const TaskOutcome &outcome);

    Schedule m_schedule;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    QHash<int, Hook> m_hooks; // by the key each list item carries
    int m_nextKey = 1;
    int m_currentKey = 0; // 0: none selected
    HookPhase m_currentPhase = HookPhase::Pre;
    bool m_loading = false;
    bool m_refreshPending = false;
    QStringList m_problems;
    QHash<int, QString> m_hookProblems; // key -> first problem of that hook

    Section m_pre;
    Section m_post;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_remove = nullptr;

    QStackedWidget *m_formStack = nullptr; // "nothing selected" or the form
    QLabel *m_formTitle = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QLineEdit *m_shell = nullptr;
    QLineEdit *m_workingDirectory = nullptr;
    QWidget *m_environmentEditor = nullptr;
    QTableWidget *m_environment = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QWidget *m_headersEditor = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_critical = nullptr;
    QCheckBox *m_runOnFailure = nullptr;
    QComboBox *m_when = nullptr;
    QWidget *m_whenRow = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_continue = nullptr;

    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPlainTextEdit *m_testOutput = nullptr;
    QPointer<HookTester> m_tester;
    QStringDecoder m_decoder{QStringDecoder::Utf8};

    QLabel *m_validationIcon = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace borgtide
