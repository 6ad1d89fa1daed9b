#include "ui/hooks/HookEditorDialog.h"

#include "app/hooks/HookTester.h"
#include "app/jobs/TaskRunner.h"
#include "app/secrets/SecretStore.h"
#include "models/ScheduleFile.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace borgtide {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int TagsRole = Qt::UserRole + 1;
constexpr int MaxNameInMessage = 40;

QString shortened(const QString &text)
{
    if (text.size() <= MaxNameInMessage)
        return text;
    return text.left(MaxNameInMessage - 1) + QChar(0x2026);
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

// A list row: "2. Database Dump" on the left (elided), small grey tags ("critical · always")
// on the right, so long names never push the tags out of sight.
class HookItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString tags = index.data(TagsRole).toString();
        if (tags.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QFont small = opt.font;
        if (opt.font.pointSizeF() > 0)
            small.setPointSizeF(opt.font.pointSizeF() * 0.9);
        const QFontMetrics smallMetrics(small);
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        const int tagsWidth =
            qMin(smallMetrics.horizontalAdvance(tags) + 4, textRect.width() * 2 / 5);
        const QString shownTags = smallMetrics.elidedText(tags, Qt::ElideRight, tagsWidth);
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                              qMax(0, textRect.width() - tagsWidth - 12));
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        painter->save();
        painter->setFont(small);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(textRect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                          shownTags);
        painter->restore();
    }
};

QIcon blankIcon()
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    return QIcon(pm);
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

HookEditorDialog::HookEditorDialog(const Schedule &schedule, SecretStore *secrets,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_schedule(schedule)
    , m_secrets(secrets)
    , m_network(network)
{
    m_pre.phase = HookPhase::Pre;
    m_post.phase = HookPhase::Post;
    buildUi();
    for (const Hook &hook : schedule.preHooks)
        addHook(HookPhase::Pre, hook, false);
    for (const Hook &hook : schedule.postHooks)
        addHook(HookPhase::Post, hook, false);
    if (m_pre.list->count() > 0)
        m_pre.list->setCurrentRow(0);
    else if (m_post.list->count() > 0)
        m_post.list->setCurrentRow(0);
    refreshAll();
    loadForm();
}

HookEditorDialog::~HookEditorDialog() = default;

// ---------------------------------------------------------------------------------------------
// Layout

void HookEditorDialog::buildUi()
{
    setWindowTitle(tr("Configure Hooks"));
    setModal(true);
    resize(900, 620);
    setMinimumSize(640, 460);

    auto *root = new QVBoxLayout(this);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    horizontal->setChildrenCollapsible(false);

    // Left: the two lists and the buttons acting on the selected hook.
    auto *left = new QWidget(horizontal);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSection(m_pre), 1);
    leftLayout->addWidget(buildSection(m_post), 1);
    auto *moveRow = new QHBoxLayout;
    m_moveUp = new QPushButton(tr("Move &Up"), left);
    m_moveUp->setObjectName(QStringLiteral("moveUp"));
    m_moveUp->setToolTip(tr("Runs the selected hook earlier (Ctrl+Up in the list)."));
    m_moveDown = new QPushButton(tr("Move Do&wn"), left);
    m_moveDown->setObjectName(QStringLiteral("moveDown"));
    m_moveDown->setToolTip(tr("Runs the selected hook later (Ctrl+Down in the list)."));
    m_remove = new QPushButton(tr("&Remove"), left);
    m_remove->setObjectName(QStringLiteral("removeHook"));
    m_remove->setToolTip(tr("Removes the selected hook (Delete in the list)."));
    moveRow->addWidget(m_moveUp);
    moveRow->addWidget(m_moveDown);
    moveRow->addStretch(1);
    moveRow->addWidget(m_remove);
    leftLayout->addLayout(moveRow);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &HookEditorDialog::removeCurrent);

    horizontal->addWidget(left);
    horizontal->addWidget(buildForm());
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 3);
    horizontal->setSizes({330, 550});

    vertical->addWidget(horizontal);
    vertical->addWidget(buildTestPanel());
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({470, 110});
    root->addWidget(vertical, 1);

    // Bottom: the first reason why the hooks cannot be saved, and the dialog buttons.
    auto *bottom = new QHBoxLayout;
    m_validationIcon = new QLabel(this);
    m_validationIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_validationIcon->setAlignment(Qt::AlignTop);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *buttons = new QDialogButtonBox(this);
    m_save = new QPushButton(tr("S&ave Hooks"), buttons);
    m_save->setObjectName(QStringLiteral("saveHooks"));
    m_save->setDefault(true);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *cancel = new QPushButton(tr("Cancel"), buttons);
    cancel->setObjectName(QStringLiteral("cancelHooks"));
    cancel->setAutoDefault(false);
    cancel->setToolTip(tr("Closes the dialog and drops every change (Esc)."));
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    bottom->addWidget(m_validationIcon);
    bottom->addWidget(m_validation, 1);
    bottom->addWidget(buttons);
    root->addLayout(bottom);

    // Every other button must not steal Enter from "Save Hooks".
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons) {
        if (button != m_save)
            button->setAutoDefault(false);
    }

    // Keyboard order: lists and their buttons, the form, the test, the dialog buttons.
    auto child = [this](const char *name) {
        return findChild<QWidget *>(QString::fromLatin1(name));
    };
    const QList<QWidget *> order = {m_pre.list,
                                    m_pre.add,
                                    m_post.list,
                                    m_post.add,
                                    m_moveUp,
                                    m_moveDown,
                                    m_remove,
                                    m_name,
                                    m_type,
                                    m_command,
                                    m_shell,
                                    m_workingDirectory,
                                    m_environment,
                                    child("hookEnvironmentAdd"),
                                    child("hookEnvironmentRemove"),
                                    m_method,
                                    m_url,
                                    m_headers,
                                    child("hookHeadersAdd"),
                                    child("hookHeadersRemove"),
                                    m_body,
                                    m_timeout,
                                    m_critical,
                                    m_enabled,
                                    m_continue,
                                    m_when,
                                    m_runOnFailure,
                                    m_test,
                                    m_testOutput,
                                    m_save,
                                    cancel};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QWidget *HookEditorDialog::buildSection(Section &section)
{
    const bool pre = section.phase == HookPhase::Pre;
    auto *box = new QGroupBox(pre ? tr("Pre-Job Hooks") : tr("Post-Job Hooks"));
    box->setObjectName(pre ? QStringLiteral("preHookSection") : QStringLiteral("postHookSection"));
    auto *layout = new QVBoxLayout(box);

    section.stack = new QStackedWidget(box);
    section.hint = new QLabel(pre ? tr("No pre-job hooks. They run before the backup, e.g. a "
                                       "database dump.")
                                  : tr("No post-job hooks. They run after the backup, e.g. to "
                                       "clean up or to ping a health check."),
                              section.stack);
    section.hint->setObjectName(pre ? QStringLiteral("preHookHint")
                                    : QStringLiteral("postHookHint"));
    section.hint->setWordWrap(true);
    section.hint->setAlignment(Qt::AlignCenter);
    section.hint->setMargin(12);
    section.hint->setFrameShape(QFrame::StyledPanel);
    section.hint->setFrameShadow(QFrame::Sunken);
    section.hint->setAutoFillBackground(true);
    section.hint->setBackgroundRole(QPalette::Base);
    QPalette hintPalette = section.hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    hintPalette.setColor(QPalette::Text, hintPalette.color(QPalette::PlaceholderText));
    section.hint->setPalette(hintPalette);

    section.list = new QListWidget(section.stack);
    section.list->setObjectName(pre ? QStringLiteral("preHookList")
                                    : QStringLiteral("postHookList"));
    section.list->setAccessibleName(pre ? tr("Pre-job hooks") : tr("Post-job hooks"));
    section.list->setSelectionMode(QAbstractItemView::SingleSelection);
    section.list->setDragDropMode(QAbstractItemView::InternalMove);
    section.list->setDefaultDropAction(Qt::MoveAction);
    section.list->setDragEnabled(true);
    section.list->setTextElideMode(Qt::ElideRight);
    section.list->setUniformItemSizes(true);
    section.list->setItemDelegate(new HookItemDelegate(section.list));
    section.list->setMinimumHeight(60);
    section.list->setIconSize(QSize(16, 16));

    section.stack->addWidget(section.hint);
    section.stack->addWidget(section.list);
    layout->addWidget(section.stack, 1);

    section.add = new QPushButton(pre ? tr("Add &Pre-Hook") : tr("Add P&ost-Hook"), box);
    section.add->setObjectName(pre ? QStringLiteral("addPreHook") : QStringLiteral("addPostHook"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(section.add);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    const HookPhase phase = section.phase;
    connect(section.add, &QPushButton::clicked, this, [this, phase] {
        addHook(phase, Hook(), true);
        m_name->setFocus(Qt::OtherFocusReason);
    });
    connect(section.list, &QListWidget::itemSelectionChanged, this,
            [this, phase] { onSelectionChanged(phase); });
    // Drag and drop moves rows inside the model; the order of the hooks is the order of the
    // items, so only the numbers, messages and buttons need a refresh.
    QAbstractItemModel *model = section.list->model();
    connect(model, &QAbstractItemModel::rowsMoved, this, &HookEditorDialog::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &HookEditorDialog::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HookEditorDialog::scheduleRefresh);

    // Keyboard: Ctrl+Up / Ctrl+Down move the selected hook, Delete removes it.
    auto *up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), section.list);
    up->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), section.list);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveCurrent(1); });
    auto *del = new QShortcut(QKeySequence(QKeySequence::Delete), section.list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &HookEditorDialog::removeCurrent);
    return box;
}

QWidget *HookEditorDialog::buildKeyValueEditor(QTableWidget *&table, const QString &objectName,
                                               const QString &keyHeader, const QString &addText,
                                               const QString &removeText)
{
    auto *editor = new QWidget;
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    table = new QTableWidget(0, 2, editor);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({keyHeader, tr("Value")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 150);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setMinimumHeight(72);
    table->setMaximumHeight(120);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(addText, editor);
    add->setObjectName(objectName + QStringLiteral("Add"));
    auto *remove = new QPushButton(removeText, editor);
    remove->setObjectName(objectName + QStringLiteral("Remove"));
    remove->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);

    QTableWidget *t = table;
    connect(add, &QPushButton::clicked, this, [t] {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, cell(QString()));
        t->setItem(row, 1, cell(QString()));
        t->setCurrentCell(row, 0);
        t->setFocus(Qt::OtherFocusReason);
        t->editItem(t->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this, t] {
        const int row = t->currentRow();
        if (row < 0)
            return;
        t->removeRow(row);
        if (Hook *h = editable()) {
            readKeyValues(t, t == m_environment ? h->environmentVars : h->headers);
            hookEdited();
        }
    });
    connect(t->model(), &QAbstractItemModel::rowsInserted, remove,
            [t, remove] { remove->setEnabled(t->rowCount() > 0); });
    connect(t->model(), &QAbstractItemModel::rowsRemoved, remove,
            [t, remove] { remove->setEnabled(t->rowCount() > 0); });
    connect(t, &QTableWidget::itemChanged, this, [this, t] {
        if (Hook *h = editable()) {
            readKeyValues(t, t == m_environment ? h->environmentVars : h->headers);
            hookEdited();
        }
    });
    return editor;
}

QWidget *HookEditorDialog::buildForm()
{
    m_formStack = new QStackedWidget;

    auto *nothing = new QLabel(tr("Select a hook on the left to edit it, or add a new one."));
    nothing->setObjectName(QStringLiteral("noHookSelected"));
    nothing->setWordWrap(true);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setMargin(24);
    QPalette nothingPalette = nothing->palette();
    nothingPalette.setColor(QPalette::WindowText, nothingPalette.color(QPalette::PlaceholderText));
    nothing->setPalette(nothingPalette);
    m_formStack->addWidget(nothing);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(page);
    m_formTitle->setObjectName(QStringLiteral("hookTitle"));
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_formTitle->setTextFormat(Qt::PlainText);
    m_formTitle->setMargin(4);
    pageLayout->addWidget(m_formTitle);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *formWidget = new QWidget;
    m_form = new QFormLayout(formWidget);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("hookName"));
    m_name->setPlaceholderText(tr("For example: Database Dump"));
    m_form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("hookType"));
    m_type->addItem(tr("Command"), int(HookType::Command));
    m_type->addItem(tr("Webhook"), int(HookType::Webhook));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_form->addRow(tr("T&ype:"), m_type);

    // Command fields
    m_command = new QPlainTextEdit;
    m_command->setObjectName(QStringLiteral("hookCommand"));
    m_command->setFont(monospaceFont());
    m_command->setTabChangesFocus(true);
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_command->setPlaceholderText(tr("For example: pg_dump mydb > /tmp/dump.sql"));
    {
        const int lineHeight = QFontMetrics(monospaceFont()).lineSpacing();
        m_command->setMinimumHeight(lineHeight * 4 + 12);
        m_command->setMaximumHeight(lineHeight * 8 + 12);
    }
    m_form->addRow(tr("&Command:"), m_command);

    m_shell = new QLineEdit;
    m_shell->setObjectName(QStringLiteral("hookShell"));
#ifdef Q_OS_WIN
    m_shell->setPlaceholderText(QStringLiteral("cmd.exe"));
#else
    m_shell->setPlaceholderText(QStringLiteral("/bin/sh"));
#endif
    m_shell->setToolTip(tr("The shell that runs the command, e.g. /bin/bash. Leave it empty for "
                           "the default shell."));
    m_form->addRow(tr("S&hell:"), m_shell);

    m_workingDirectory = new QLineEdit;
    m_workingDirectory->setObjectName(QStringLiteral("hookWorkingDirectory"));
    m_workingDirectory->setPlaceholderText(tr("Your home folder"));
    m_form->addRow(tr("Working &directory:"), m_workingDirectory);

    m_environmentEditor =
        buildKeyValueEditor(m_environment, QStringLiteral("hookEnvironment"), tr("Variable"),
                            tr("Add Variable"), tr("Remove Variable"));
    m_environment->setToolTip(tr("Extra environment variables for the command. A value may use "
                                 "{{ secret.NAME }} to read a secret from the keychain when the "
                                 "hook runs."));
    m_form->addRow(tr("En&vironment variables:"), m_environmentEditor);

    // Webhook fields
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("hookMethod"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT")});
    m_method->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_form->addRow(tr("Metho&d:"), m_method);

    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("hookUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hc-ping.com/{{ secret.HC_UUID }}"));
    m_url->setToolTip(tr("Placeholders such as {{ job.status }}, {{ schedule.name }} or "
                         "{{ secret.NAME }} are filled in when the hook runs."));
    m_form->addRow(tr("UR&L:"), m_url);

    m_headersEditor = buildKeyValueEditor(m_headers, QStringLiteral("hookHeaders"), tr("Header"),
                                          tr("Add Header"), tr("Remove Header"));
    m_form->addRow(tr("&Headers:"), m_headersEditor);

    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("hookBody"));
    m_body->setFont(monospaceFont());
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("For example: {\"status\": \"{{ job.status }}\"}"));
    {
        const int lineHeight = QFontMetrics(monospaceFont()).lineSpacing();
        m_body->setMinimumHeight(lineHeight * 3 + 12);
        m_body->setMaximumHeight(lineHeight * 8 + 12);
    }
    m_form->addRow(tr("Re&quest body:"), m_body);

    // Options
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("hookTimeout"));
    m_timeout->setRange(1, 86400);
    m_timeout->setValue(Hook::DefaultCommandTimeout);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The hook is stopped and counts as failed when it runs longer."));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_form->addRow(tr("Ti&meout:"), m_timeout);

    // Options: two short check boxes on one row, the long one below.
    m_critical = new QCheckBox(tr("Cr&itical"));
    m_critical->setObjectName(QStringLiteral("hookCritical"));
    m_enabled = new QCheckBox(tr("Ena&bled"));
    m_enabled->setObjectName(QStringLiteral("hookEnabled"));
    m_enabled->setToolTip(tr("A disabled hook is kept but does not run."));
    auto *options = new QWidget;
    auto *optionsLayout = new QHBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_critical);
    optionsLayout->addSpacing(24);
    optionsLayout->addWidget(m_enabled);
    optionsLayout->addStretch(1);
    m_form->addRow(tr("Options:"), options);

    m_continue = new QCheckBox(tr("Continue with the ne&xt hooks if this one fails"));
    m_continue->setObjectName(QStringLiteral("hookContinue"));
    m_form->addRow(QString(), m_continue);

    // Post-hooks only: when the hook runs; "Run even if job failed" is the same as "Always".
    m_when = new QComboBox;
    m_when->setObjectName(QStringLiteral("hookWhen"));
    m_when->addItem(tr("Success only"), int(HookWhen::Success));
    m_when->addItem(tr("Always"), int(HookWhen::Always));
    m_when->addItem(tr("Only on failure"), int(HookWhen::Failure));
    m_when->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_when->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_when->setToolTip(tr("Success only: runs when nothing failed the job. Always: runs after "
                          "success and after failure. Only on failure: runs only when the job "
                          "failed or was cancelled."));
    m_runOnFailure = new QCheckBox(tr("Run even if job &failed"));
    m_runOnFailure->setObjectName(QStringLiteral("hookRunOnFailure"));
    m_runOnFailure->setToolTip(tr("Runs this post-hook after a failed or cancelled job too, e.g. "
                                  "to clean up or to restart services."));
    m_whenRow = new QWidget;
    auto *whenLayout = new QHBoxLayout(m_whenRow);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_when);
    whenLayout->addSpacing(12);
    whenLayout->addWidget(m_runOnFailure);
    whenLayout->addStretch(1);
    auto *whenLabel = new QLabel(tr("Wh&en:"));
    whenLabel->setBuddy(m_when);
    m_form->addRow(whenLabel, m_whenRow);

    // Check boxes as wide as their text: a click far to the right does not toggle them.
    for (QCheckBox *box : {m_critical, m_runOnFailure, m_continue, m_enabled})
        box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    scroll->setWidget(formWidget);
    pageLayout->addWidget(scroll, 1);
    m_formStack->addWidget(page);

    // Every edit goes straight into the copy of the selected hook.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Hook *h = editable()) {
            h->name = text;
            hookEdited();
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this](int index) { setType(HookType(m_type->itemData(index).toInt())); });
    connect(m_command, &QPlainTextEdit::textChanged, this, [this] {
        if (Hook *h = editable()) {
            h->command = m_command->toPlainText();
            hookEdited();
        }
    });
    connect(m_shell, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Hook *h = editable()) {
            h->shell = text.trimmed();
            hookEdited();
        }
    });
    connect(m_workingDirectory, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Hook *h = editable()) {
            h->workingDirectory = text.trimmed();
            hookEdited();
        }
    });
    connect(m_method, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (Hook *h = editable()) {
            h->method = text;
            hookEdited();
        }
    });
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Hook *h = editable()) {
            h->url = text.trimmed();
            hookEdited();
        }
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (Hook *h = editable()) {
            h->body = m_body->toPlainText();
            hookEdited();
        }
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int value) {
        if (Hook *h = editable()) {
            h->timeoutSecs = value;
            hookEdited();
        }
    });
    connect(m_critical, &QCheckBox::toggled, this, [this](bool on) {
        if (Hook *h = editable()) {
            h->critical = on;
            hookEdited();
        }
    });
    connect(m_runOnFailure, &QCheckBox::toggled, this,
            [this](bool on) { setWhen(on ? HookWhen::Always : HookWhen::Success); });
    connect(m_when, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWhen(HookWhen(m_when->itemData(index).toInt())); });
    connect(m_continue, &QCheckBox::toggled, this, [this](bool on) {
        if (Hook *h = editable()) {
            h->continueOnFailure = on;
            hookEdited();
        }
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (Hook *h = editable()) {
            h->enabled = on;
            hookEdited();
        }
    });
    return m_formStack;
}

QWidget *HookEditorDialog::buildTestPanel()
{
    auto *box = new QGroupBox(tr("Test"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), box);
    m_test->setObjectName(QStringLiteral("testHook"));
    m_test->setToolTip(tr("Runs the selected hook now with sample values: job ID \"test\", a "
                          "manual job, and this schedule's name and repository. Testing never "
                          "changes the hooks."));
    {
        // Wide enough for both "Test" and "Stop", so the button does not jump.
        const QFontMetrics fm(m_test->font());
        m_test->setMinimumWidth(
            qMax(fm.horizontalAdvance(tr("Test")), fm.horizontalAdvance(tr("Stop"))) + 48);
    }
    m_testResult = new QLabel(box);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_test);
    row->addWidget(m_testResult, 1);
    layout->addLayout(row);

    m_testOutput = new QPlainTextEdit(box);
    m_testOutput->setObjectName(QStringLiteral("testOutput"));
    m_testOutput->setReadOnly(true);
    m_testOutput->setFont(monospaceFont());
    m_testOutput->setMaximumBlockCount(10000);
    m_testOutput->setTabChangesFocus(true);
    m_testOutput->setPlaceholderText(tr("\"Test\" runs the selected hook now with sample values "
                                        "and shows its output here."));
    m_testOutput->setMinimumHeight(QFontMetrics(monospaceFont()).lineSpacing() * 3 + 12);
    layout->addWidget(m_testOutput, 1);

    connect(m_test, &QPushButton::clicked, this, &HookEditorDialog::toggleTest);
    return box;
}

// ---------------------------------------------------------------------------------------------
// The lists

HookEditorDialog::Section &HookEditorDialog::sectionOf(HookPhase phase)
{
    return phase == HookPhase::Pre ? m_pre : m_post;
}

const HookEditorDialog::Section &HookEditorDialog::sectionOf(HookPhase phase) const
{
    return phase == HookPhase::Pre ? m_pre : m_post;
}

QList<Hook> HookEditorDialog::hooksOf(HookPhase phase) const
{
    QList<Hook> out;
    const QListWidget *list = sectionOf(phase).list;
    for (int row = 0; row < list->count(); ++row) {
        Hook hook = m_hooks.value(list->item(row)->data(KeyRole).toInt());
        hook.name = hook.name.trimmed();
        if (phase == HookPhase::Pre)
            hook.when = HookWhen::Success;
        out.append(hook);
    }
    return out;
}

QList<Hook> HookEditorDialog::preHooks() const
{
    return hooksOf(HookPhase::Pre);
}

QList<Hook> HookEditorDialog::postHooks() const
{
    return hooksOf(HookPhase::Post);
}

QListWidgetItem *HookEditorDialog::currentItem() const
{
    if (m_currentKey == 0)
        return nullptr;
    const QList<QListWidgetItem *> selected = sectionOf(m_currentPhase).list->selectedItems();
    return selected.isEmpty() ? nullptr : selected.first();
}

Hook *HookEditorDialog::currentHook()
{
    if (m_currentKey == 0)
        return nullptr;
    const auto it = m_hooks.find(m_currentKey);
    return it == m_hooks.end() ? nullptr : &it.value();
}

Hook *HookEditorDialog::editable()
{
    return m_loading ? nullptr : currentHook();
}

void HookEditorDialog::addHook(HookPhase phase, const Hook &hook, bool select)
{
    const int key = m_nextKey++;
    Hook copy = hook;
    if (phase == HookPhase::Pre)
        copy.when = HookWhen::Success;
    m_hooks.insert(key, copy);
    Section &section = sectionOf(phase);
    auto *item = new QListWidgetItem;
    item->setData(KeyRole, key);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
    section.list->addItem(item);
    refreshAll();
    if (select) {
        section.list->setCurrentItem(item);
        section.list->scrollToItem(item);
    }
}

void HookEditorDialog::onSelectionChanged(HookPhase phase)
{
    Section &section = sectionOf(phase);
    const QList<QListWidgetItem *> selected = section.list->selectedItems();
    if (!selected.isEmpty()) {
        Section &other = sectionOf(phase == HookPhase::Pre ? HookPhase::Post : HookPhase::Pre);
        {
            const QSignalBlocker blocker(other.list);
            other.list->clearSelection();
        }
        other.list->viewport()->update();
        m_currentKey = selected.first()->data(KeyRole).toInt();
        m_currentPhase = phase;
    } else if (m_currentPhase == phase) {
        m_currentKey = 0;
    }
    loadForm();
    updateButtons();
}

void HookEditorDialog::moveCurrent(int delta)
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    QListWidget *list = item->listWidget();
    const int row = list->row(item);
    const int target = row + delta;
    if (target < 0 || target >= list->count())
        return;
    // A model move keeps the selection and the focus where they are.
    const int destination = delta > 0 ? target + 1 : target;
    if (!list->model()->moveRow(QModelIndex(), row, QModelIndex(), destination)) {
        QListWidgetItem *taken = list->takeItem(row);
        list->insertItem(target, taken);
        list->setCurrentItem(taken);
    }
    list->scrollToItem(item);
    refreshAll();
}

void HookEditorDialog::removeCurrent()
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    QListWidget *list = item->listWidget();
    const int row = list->row(item);
    const int key = item->data(KeyRole).toInt();
    delete list->takeItem(row);
    m_hooks.remove(key);
    if (m_currentKey == key)
        m_currentKey = 0;
    if (list->count() > 0) {
        list->setCurrentRow(qMin(row, list->count() - 1));
        list->setFocus(Qt::OtherFocusReason);
    }
    refreshAll();
    loadForm();
}

void HookEditorDialog::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refreshAll();
    });
}

void HookEditorDialog::refreshAll()
{
    revalidate();
    refreshSection(HookPhase::Pre);
    refreshSection(HookPhase::Post);
    updateFormTitle();
    updateButtons();
}

void HookEditorDialog::refreshSection(HookPhase phase)
{
    Section &section = sectionOf(phase);
    for (int row = 0; row < section.list->count(); ++row)
        refreshItem(section.list->item(row), phase, row);
    section.stack->setCurrentWidget(section.list->count() > 0
                                        ? static_cast<QWidget *>(section.list)
                                        : static_cast<QWidget *>(section.hint));
}

void HookEditorDialog::refreshItem(QListWidgetItem *item, HookPhase phase, int row)
{
    const int key = item->data(KeyRole).toInt();
    const Hook hook = m_hooks.value(key);
    const QString name = hook.name.trimmed();
    const QString number = QString::number(row + 1);
    item->setText(name.isEmpty() ? tr("%1. (no name yet)").arg(number)
                                 : QStringLiteral("%1. %2").arg(number, name));

    QStringList tags;
    if (hook.type == HookType::Webhook)
        tags << tr("webhook");
    if (hook.critical)
        tags << tr("critical");
    if (phase == HookPhase::Post && hook.when == HookWhen::Always)
        tags << tr("always");
    if (phase == HookPhase::Post && hook.when == HookWhen::Failure)
        tags << tr("on failure");
    if (!hook.enabled)
        tags << tr("disabled");
    item->setData(TagsRole, tags.join(QStringLiteral(" \u00b7 ")));

    const QString problem = m_hookProblems.value(key);
    item->setIcon(problem.isEmpty() ? blankIcon()
                                    : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QFont font = item->listWidget() ? item->listWidget()->font() : QFont();
    font.setItalic(name.isEmpty() || !hook.enabled);
    item->setFont(font);
    if (!hook.enabled)
        item->setForeground(
            item->listWidget()->palette().brush(QPalette::Disabled, QPalette::Text));
    else
        item->setData(Qt::ForegroundRole, QVariant());

    QString what = hook.type == HookType::Webhook ? hook.method + QLatin1Char(' ') + hook.url
                                                  : hook.command.section(QLatin1Char('\n'), 0, 0);
    QString tip = name.isEmpty() ? tr("This hook has no name yet.") : name;
    if (!what.trimmed().isEmpty())
        tip += QLatin1Char('\n') + shortened(what.trimmed());
    if (!problem.isEmpty())
        tip += QLatin1Char('\n') + problem;
    item->setToolTip(tip);
}

void HookEditorDialog::updateFormTitle()
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    const int row = item->listWidget()->row(item) + 1;
    const int count = item->listWidget()->count();
    const QString name = m_hooks.value(m_currentKey).name.trimmed();
    QString title = m_currentPhase == HookPhase::Pre
                        ? tr("Pre-job hook %1 of %2").arg(row).arg(count)
                        : tr("Post-job hook %1 of %2").arg(row).arg(count);
    if (!name.isEmpty())
        title = tr("%1: %2").arg(title, name);
    m_formTitle->setText(
        m_formTitle->fontMetrics().elidedText(title, Qt::ElideRight, qMax(200, width() / 2)));
    m_formTitle->setToolTip(title);
}

// ---------------------------------------------------------------------------------------------
// The form

void HookEditorDialog::loadForm()
{
    const Hook *hook = currentHook();
    m_formStack->setCurrentIndex(hook ? 1 : 0);
    if (!hook)
        return;
    m_loading = true;
    if (m_name->text() != hook->name) {
        m_name->setText(hook->name);
        m_name->setCursorPosition(0);
    }
    m_type->setCurrentIndex(m_type->findData(int(hook->type)));
    if (m_command->toPlainText() != hook->command)
        m_command->setPlainText(hook->command);
    m_shell->setText(hook->shell);
    m_workingDirectory->setText(hook->workingDirectory);
    fillKeyValues(m_environment, hook->environmentVars);
    const int method = m_method->findText(hook->method);
    m_method->setCurrentIndex(method >= 0 ? method : m_method->findText(QStringLiteral("POST")));
    if (m_url->text() != hook->url) {
        m_url->setText(hook->url);
        m_url->setCursorPosition(0);
    }
    fillKeyValues(m_headers, hook->headers);
    if (m_body->toPlainText() != hook->body)
        m_body->setPlainText(hook->body);
    m_timeout->setValue(hook->timeoutSecs);
    m_critical->setChecked(hook->critical);
    m_runOnFailure->setChecked(hook->when == HookWhen::Always);
    m_when->setCurrentIndex(m_when->findData(int(hook->when)));
    m_continue->setChecked(hook->continueOnFailure);
    m_enabled->setChecked(hook->enabled);
    m_loading = false;
    updateFormVisibility();
    updateFormTitle();
}

void HookEditorDialog::updateFormVisibility()
{
    const Hook *hook = currentHook();
    if (!hook)
        return;
    const bool webhook = hook->type == HookType::Webhook;
    const bool post = m_currentPhase == HookPhase::Post;
    m_form->setRowVisible(m_command, !webhook);
    m_form->setRowVisible(m_shell, !webhook);
    m_form->setRowVisible(m_workingDirectory, !webhook);
    m_form->setRowVisible(m_environmentEditor, !webhook);
    m_form->setRowVisible(m_method, webhook);
    m_form->setRowVisible(m_url, webhook);
    m_form->setRowVisible(m_headersEditor, webhook);
    m_form->setRowVisible(m_body, webhook);
    m_form->setRowVisible(m_whenRow, post);
    m_critical->setToolTip(post ? tr("If this post-hook fails, the job counts as failed and the "
                                     "remaining post-hooks that run on success only are skipped.")
                                : tr("If this pre-hook fails, the job fails at once: the backup "
                                     "and the remaining hooks are skipped."));
    m_continue->setToolTip(tr("When this hook fails and this is off, the remaining hooks of "
                              "the same list are skipped."));
}

void HookEditorDialog::hookEdited()
{
    refreshAll();
}

void HookEditorDialog::setType(HookType type)
{
    Hook *h = editable();
    if (!h || h->type == type)
        return;
    if (type == HookType::Webhook && h->timeoutSecs == Hook::DefaultCommandTimeout)
        h->timeoutSecs = Hook::DefaultWebhookTimeout;
    else if (type == HookType::Command && h->timeoutSecs == Hook::DefaultWebhookTimeout)
        h->timeoutSecs = Hook::DefaultCommandTimeout;
    h->type = type;
    m_loading = true;
    m_timeout->setValue(h->timeoutSecs);
    m_loading = false;
    updateFormVisibility();
    hookEdited();
}

void HookEditorDialog::setWhen(HookWhen when)
{
    Hook *h = editable();
    if (!h)
        return;
    h->when = when;
    m_loading = true;
    m_runOnFailure->setChecked(when == HookWhen::Always);
    m_when->setCurrentIndex(m_when->findData(int(when)));
    m_loading = false;
    hookEdited();
}

void HookEditorDialog::readKeyValues(QTableWidget *table, KeyValueList &into)
{
    into.clear();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = table->item(row, 0);
        const QTableWidgetItem *valueItem = table->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        const QString value = valueItem ? valueItem->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        into.append({key, value});
    }
}

void HookEditorDialog::fillKeyValues(QTableWidget *table, const KeyValueList &values)
{
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    for (const auto &[key, value] : values) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, cell(key));
        table->setItem(row, 1, cell(value));
    }
}

// ---------------------------------------------------------------------------------------------
// Validation

QString HookEditorDialog::hookLabel(HookPhase phase, int row, const Hook &hook) const
{
    const QString name = hook.name.trimmed();
    if (phase == HookPhase::Pre)
        return name.isEmpty() ? tr("Pre-hook %1").arg(row + 1)
                              : tr("Pre-hook '%1'").arg(shortened(name));
    return name.isEmpty() ? tr("Post-hook %1").arg(row + 1)
                          : tr("Post-hook '%1'").arg(shortened(name));
}

QString HookEditorDialog::problemText(const QString &label, const Problem &problem,
                                      const Hook &hook) const
{
    // by the problem's code and field, never by its English message
    using C = Problem::Code;
    const QString &path = problem.path;
    const QString &message = problem.message;
    const QLatin1String headersPrefix("headers.");
    const QLatin1String environmentPrefix("environment_vars.");
    //: %1 names the hook, e.g. "Pre-hook 2" or "Post-hook 'Ping'".
    if (path == QLatin1String("name"))
        return tr("%1: the name is required").arg(label);
    if (path == QLatin1String("command"))
        return tr("%1: the command is required").arg(label);
    if (path == QLatin1String("timeout"))
        // the limits of SPEC 5: a day for commands, an hour for webhooks
        return hook.type == HookType::Webhook
                   ? tr("%1: the timeout must be from one second to one hour").arg(label)
                   : tr("%1: the timeout must be from one second to 24 hours").arg(label);
    if (path == QLatin1String("method"))
        return tr("%1: the method must be GET, POST or PUT").arg(label);
    if (path == QLatin1String("url")) {
        if (problem.code == C::Required)
            return tr("%1: the URL is required").arg(label);
        if (problem.code == C::BadScheme)
            return tr("%1: the URL must start with http:// or https://").arg(label);
        //: %2 is the problem, e.g. "unknown placeholder {{ job.foo }}".
        return tr("%1: %2 in the URL").arg(label, message);
    }
    if (path == QLatin1String("body"))
        return tr("%1: %2 in the request body").arg(label, message);
    if (path.startsWith(headersPrefix)) {
        if (problem.code == C::LineBreak)
            return tr("%1: the header '%2' must not contain a line break")
                .arg(label, path.mid(headersPrefix.size()));
        return tr("%1: %2 in the header '%3'").arg(label, message, path.mid(headersPrefix.size()));
    }
    if (path.startsWith(environmentPrefix)) {
        const QString variable = path.mid(environmentPrefix.size());
        if (problem.code == C::BadVariableName)
            return variable.isEmpty() ? tr("%1: an environment variable has no name").arg(label)
                                      : tr("%1: '%2' is not a valid environment variable name")
                                            .arg(label, variable);
        if (problem.code == C::Passphrase)
            return tr("%1: the environment variable '%2' must not hold a passphrase; hooks never "
                      "get the repository passphrase")
                .arg(label, variable);
        return tr("%1: %2 in the environment variable '%3'").arg(label, message, variable);
    }
    return tr("%1: %2").arg(label, problem.text());
}

void HookEditorDialog::revalidate()
{
    m_problems.clear();
    m_hookProblems.clear();
    for (const HookPhase phase : {HookPhase::Pre, HookPhase::Post}) {
        const QListWidget *list = sectionOf(phase).list;
        QHash<QString, int> firstRow;
        for (int row = 0; row < list->count(); ++row) {
            const int key = list->item(row)->data(KeyRole).toInt();
            const Hook hook = m_hooks.value(key);
            const QString label = hookLabel(phase, row, hook);
            QStringList texts;
            const Problems problems = schedulefile::validateHook(hook, phase, QString());
            for (const Problem &problem : problems)
                texts.append(problemText(label, problem, hook));
            const QString name = hook.name.trimmed();
            if (!name.isEmpty()) {
                const auto it = firstRow.constFind(name);
                if (it == firstRow.constEnd()) {
                    firstRow.insert(name, row);
                } else if (phase == HookPhase::Pre) {
                    texts.append(tr("Pre-hook %1: the name '%2' is already used by pre-hook %3")
                                     .arg(QString::number(row + 1), shortened(name),
                                          QString::number(it.value() + 1)));
                } else {
                    texts.append(tr("Post-hook %1: the name '%2' is already used by post-hook %3")
                                     .arg(QString::number(row + 1), shortened(name),
                                          QString::number(it.value() + 1)));
                }
            }
            if (!texts.isEmpty())
                m_hookProblems.insert(key, texts.first());
            m_problems += texts;
        }
    }
    const bool valid = m_problems.isEmpty();
    m_validation->setText(valid ? QString() : m_problems.first());
    m_validation->setToolTip(m_problems.size() > 1 ? m_problems.join(QLatin1Char('\n'))
                                                   : QString());
    m_validationIcon->setVisible(!valid);
    m_save->setEnabled(valid);
    m_save->setToolTip(valid ? QString() : tr("Fix the problem shown on the left to save."));
}

void HookEditorDialog::updateButtons()
{
    QListWidgetItem *item = currentItem();
    const int row = item ? item->listWidget()->row(item) : -1;
    const int count = item ? item->listWidget()->count() : 0;
    m_moveUp->setEnabled(item && row > 0);
    m_moveDown->setEnabled(item && row + 1 < count);
    m_remove->setEnabled(item != nullptr);

    const bool running = m_tester && m_tester->isRunning();
    m_test->setText(running ? tr("&Stop") : tr("&Test"));
    const Hook *hook = currentHook();
    const bool testable =
        hook && schedulefile::validateHook(*hook, m_currentPhase, QString()).isEmpty();
    m_test->setEnabled(running || testable);
}

// ---------------------------------------------------------------------------------------------
// Test

void HookEditorDialog::toggleTest()
{
    if (m_tester && m_tester->isRunning()) {
        m_testResult->setText(tr("Stopping…"));
        m_tester->stop();
        return;
    }
    const Hook *hook = currentHook();
    if (!hook)
        return;
    Hook copy = *hook;
    copy.name = copy.name.trimmed();
    m_testOutput->clear();
    m_decoder.resetState();
    m_testResult->setPalette(QPalette());
    m_testResult->setText(tr("Running '%1'…").arg(shortened(copy.name)));
    m_tester = new HookTester(m_schedule, copy, m_currentPhase, m_secrets, m_network, this);
    connect(m_tester, &HookTester::output, this, &HookEditorDialog::onTestOutput);
    connect(m_tester, &HookTester::finished, this, &HookEditorDialog::onTestFinished);
    m_tester->start();
    updateButtons();
}

void HookEditorDialog::onTestOutput(const QByteArray &chunk)
{
    const QString text = m_decoder.decode(chunk);
    if (text.isEmpty())
        return;
    QScrollBar *bar = m_testOutput->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_testOutput->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void HookEditorDialog::onTestFinished(const TaskOutcome &outcome)
{
    using K = TaskOutcome::Kind;
    QString text;
    bool good = false;
    bool bad = false;
    switch (outcome.kind) {
    case K::Success:
        good = true;
        text = outcome.exitCode ? tr("Exit code %1: the hook succeeded").arg(*outcome.exitCode)
                                : tr("Succeeded: %1").arg(outcome.message);
        break;
    case K::Warning:
        text = tr("Warning: %1").arg(outcome.message);
        break;
    case K::Failure:
        bad = true;
        text = tr("Failed: %1").arg(outcome.message);
        break;
    case K::SkipRequested:
        text = tr("Exit code 75: the hook asks to skip this run (the backup would not run)");
        break;
    case K::Cancelled:
        text = tr("Stopped: the test was stopped before the hook finished");
        break;
    case K::Exception:
        bad = true;
        text = tr("Error: %1").arg(outcome.message);
        break;
    }
    QPalette palette;
    if (good)
        palette.setColor(QPalette::WindowText, QColor(0x1a, 0x7f, 0x37));
    else if (bad)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_testResult->setPalette(palette);
    m_testResult->setText(text);
    if (m_tester)
        m_tester->deleteLater();
    m_tester = nullptr;
    updateButtons();
}

void HookEditorDialog::done(int result)
{
    if (m_tester && m_tester->isRunning())
        m_tester->stop();
    QDialog::done(result);
}

} // namespace borgtide
