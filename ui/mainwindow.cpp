#include "mainwindow.h"

#include "backupservice.h"
#include "books.h"
#include "businesscalendar.h"
#include "changepassworddialog.h"
#include "clock.h"
#include "endofdayservice.h"
#include "error.h"
#include "manualdialog.h"
#include "statementdialog.h"
#include "views.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace FactorDesk {

namespace {
const char *const kGeometryKey = "mainwindow/geometry";
const char *const kStateKey = "mainwindow/state";
const char *const kSplitterKey = "mainwindow/splitter";
const char *const kLastViewKey = "mainwindow/lastView";
} // namespace

struct MainWindow::Entry
{
    QString key;
    QString title;
    QWidget *view = nullptr;
    bool visible = false;
    QAction *action = nullptr;
    QListWidgetItem *item = nullptr;
};

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("FactorDesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setUniformItemSizes(true);
    m_nav->setMinimumWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({190, 1000});
    setCentralWidget(m_splitter);

    connect(m_nav, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *) {
                if (!current)
                    return;
                showView(current->data(Qt::UserRole).toString());
            });

    buildMenus();

    const QString roles = rolesToTitles(m_context.session.roles());
    m_userLabel = new QLabel(
        roles.isEmpty() ? tr("Signed in as %1").arg(m_context.session.username())
                        : tr("Signed in as %1 (%2)").arg(m_context.session.username(), roles),
        this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_dbLabel = new QLabel(m_context.db ? Books::displayName(*m_context.db) : QString(), this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setToolTip(tr("The database these books are kept in"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    // The areas add their views in a fixed order; each later issue adds its call below.
    addFoundationViews(*this);
    addClientViews(*this);
    addDebtorViews(*this);
    addScheduleViews(*this);
    addReceiptViews(*this);
    addPaymentViews(*this);
    // Later areas: add their addXxxViews(*this) calls here, in the order of views.h.

    restoreLayout();
}

MainWindow::~MainWindow()
{
    qDeleteAll(m_entries);
}

namespace {

// File → Run end of day…: each day up to the calendar date with a progress dialog that can be
// cancelled between days (EndOfDayService keeps every day done, none half done).
void runEndOfDay(QWidget *parent, AppContext &context)
{
    if (!context.db)
        return;
    const QDate from = BusinessCalendar(*context.db).today();
    const QDate to = FactorDesk::today();
    if (to < from) {
        QMessageBox::information(parent, MainWindow::tr("End of day"),
                                 MainWindow::tr("Every day up to %1 has been run.")
                                     .arg(QLocale().toString(to, QLocale::ShortFormat)));
        return;
    }
    QProgressDialog progress(MainWindow::tr("Running the end of day…"), MainWindow::tr("Stop"), 0,
                             int(from.daysTo(to)) + 1, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QStringList lines;
    try {
        EndOfDayService(*context.db)
            .run(context.session, to, [&](const EndOfDayResult &day, int index, int count) {
                lines << day.summary();
                progress.setMaximum(count);
                progress.setValue(index + 1);
                progress.setLabelText(day.summary());
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            });
        progress.reset();
        QMessageBox::information(parent, MainWindow::tr("End of day"),
                                 lines.isEmpty() ? MainWindow::tr("Nothing was left to run.")
                                                 : lines.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        progress.reset();
        MainWindow::showError(parent, e);
    }
}

} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *changePassword = file->addAction(tr("Change &password…"));
    changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    connect(changePassword, &QAction::triggered, this, [this] {
        if (!m_context.db)
            return;
        ChangePasswordDialog dialog(*m_context.db, m_context.session, {}, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password has been changed."), 5000);
    });
    QAction *backup = file->addAction(tr("&Back up…"));
    backup->setObjectName(QStringLiteral("actionBackup"));
    const bool mayBackUp = m_context.session.hasAny(Roles(Role::Manager) | Role::Admin);
    backup->setEnabled(mayBackUp);
    backup->setToolTip(mayBackUp ? tr("Copy the books, as they are now, to a new file")
                                 : tr("Managers and administrators back up the books"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUp);
    // File → Export… exports what the current view shows, for the views that can (a public
    // slot "exportFile()": the Journal and the Trial balance).
    m_exportAction = file->addAction(tr("E&xport…"));
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setEnabled(false);
    m_exportAction->setToolTip(tr("Save what this view shows as an Excel workbook or CSV"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        QWidget *view = m_stack->currentWidget();
        if (view && view->metaObject()->indexOfSlot("exportFile()") >= 0)
            QMetaObject::invokeMethod(view, "exportFile", Qt::DirectConnection);
    });
    QAction *endOfDay = file->addAction(tr("Run &end of day…"));
    endOfDay->setObjectName(QStringLiteral("actionEndOfDay"));
    const bool mayRunDay = m_context.session.has(Role::Manager);
    endOfDay->setEnabled(mayRunDay);
    endOfDay->setToolTip(mayRunDay ? tr("Run each business day up to today: fees, interest, "
                                        "expiries; the business date moves on")
                                   : tr("Managers run the end of day"));
    connect(endOfDay, &QAction::triggered, this, [this] { runEndOfDay(this, m_context); });
    QAction *batch = file->addAction(tr("Batch &statements…"));
    batch->setObjectName(QStringLiteral("actionBatchStatements"));
    batch->setEnabled(mayRunDay);
    batch->setToolTip(mayRunDay ? tr("One PDF statement per active client for a month, into a "
                                     "folder")
                                : tr("Managers print the batch of statements"));
    connect(batch, &QAction::triggered, this, [this] {
        if (m_context.db)
            StatementDialog::runBatch(this, m_context);
    });
    file->addSeparator();
    QAction *signOut = file->addAction(tr("&Sign out / switch user…"));
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    signOut->setToolTip(tr("Sign out and let another user sign in at this desk"));
    connect(signOut, &QAction::triggered, this, [this] {
        m_signOut = true;
        close();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&User's manual"));
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(manual, &QAction::triggered, this, [this] {
        auto *dialog = new ManualDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About FactorDesk"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About FactorDesk"),
            tr("<h3>FactorDesk %1</h3>"
               "<p>The back office of a small factoring house: clients and their agreements, "
               "debtor credit limits and order approvals, schedules of invoices bought with "
               "advances and reserves, receipts read from bank files, and the factor's "
               "double-entry journal.</p>"
               "<p>Database: %2</p>"
               "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                     (m_context.db ? Books::displayName(*m_context.db) : QString())
                         .toHtmlEscaped()));
    });
}

void MainWindow::addView(const QString &key, const QString &title, QWidget *view, Roles visibleTo,
                         const QKeySequence &shortcut)
{
    Q_ASSERT(view);
    for ([[maybe_unused]] const Entry *e : std::as_const(m_entries))
        Q_ASSERT_X(e->key != key, "MainWindow::addView", "view keys must be unique");
    auto *entry = new Entry;
    entry->key = key;
    entry->title = title;
    entry->view = view;
    entry->visible = m_context.session.isSystem() || m_context.session.hasAny(visibleTo);
    m_entries.append(entry);
    view->setObjectName(view->objectName().isEmpty() ? key : view->objectName());
    if (!entry->visible) {
        // Hidden, not disabled: the user never learns the view exists. The window still owns it.
        view->setParent(this);
        view->hide();
        return;
    }
    m_stack->addWidget(view);

    entry->item = new QListWidgetItem(m_viewIcons.value(key, defaultIcon()), title);
    entry->item->setData(Qt::UserRole, key);
    entry->item->setToolTip(
        shortcut.isEmpty() ? title
                           : tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    m_nav->addItem(entry->item);

    entry->action = m_viewMenu->addAction(entry->item->icon(), title);
    entry->action->setObjectName(QStringLiteral("actionView_") + key);
    entry->action->setCheckable(true);
    entry->action->setShortcut(shortcut);
    m_viewGroup->addAction(entry->action);
    connect(entry->action, &QAction::triggered, this, [this, key] { showView(key); });
}

void MainWindow::setViewIcon(const QString &key, const QIcon &icon)
{
    m_viewIcons.insert(key, icon);
    for (Entry *e : std::as_const(m_entries)) {
        if (e->key != key)
            continue;
        if (e->item)
            e->item->setIcon(icon);
        if (e->action)
            e->action->setIcon(icon);
    }
}

QIcon MainWindow::defaultIcon() const
{
    return style()->standardIcon(QStyle::SP_FileIcon);
}

bool MainWindow::showView(const QString &key)
{
    Entry *entry = nullptr;
    for (Entry *e : std::as_const(m_entries))
        if (e->key == key && e->visible)
            entry = e;
    if (!entry)
        return false;
    if (m_stack->currentWidget() != entry->view)
        m_stack->setCurrentWidget(entry->view);
    if (m_nav->currentItem() != entry->item) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(entry->item);
    }
    entry->action->setChecked(true);
    setWindowTitle(tr("%1 – FactorDesk").arg(entry->title));
    // Views are cheap to build and load their data only when shown, each time afresh.
    const QMetaObject *meta = entry->view->metaObject();
    m_exportAction->setEnabled(meta->indexOfSlot("exportFile()") >= 0);
    if (meta->indexOfSlot("refresh()") >= 0)
        QMetaObject::invokeMethod(entry->view, "refresh", Qt::DirectConnection);
    return true;
}

QList<QPair<QString, QKeySequence>> MainWindow::viewShortcuts() const
{
    QList<QPair<QString, QKeySequence>> out;
    for (const Entry *e : m_entries)
        if (e->visible && e->action)
            out.append({e->title, e->action->shortcut()});
    return out;
}

void MainWindow::backUp()
{
    if (!m_context.db)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("factordesk-backup-%1.sqlite")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the books"), suggested,
                                                      tr("FactorDesk books (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        BackupService(*m_context.db).backup(m_context.session, path);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(this, tr("Backed up"),
                                 tr("The books are saved in %1.\n\nTo restore them, open that "
                                    "file with FactorDesk.")
                                     .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        showError(this, e);
    }
}

void MainWindow::showShortcuts()
{
    QString rows;
    const auto row = [&rows](const QString &what, const QKeySequence &keys) {
        rows +=
            QStringLiteral("<tr><td>%1</td><td style=\"padding-left:16px\"><b>%2</b></td></tr>")
                .arg(what.toHtmlEscaped(), keys.toString(QKeySequence::NativeText).toHtmlEscaped());
    };
    for (const auto &[title, keys] : viewShortcuts())
        if (!keys.isEmpty())
            row(tr("Show %1").arg(title), keys);
    for (QAction *a : findChildren<QAction *>())
        if (!a->shortcut().isEmpty() && !a->isCheckable() && !a->text().isEmpty() &&
            a->parent() == this)
            row(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), a->shortcut());
    row(tr("Copy the selected rows of a table"), QKeySequence::Copy);
    row(tr("Print a table"), QKeySequence::Print);
    row(tr("Open the selected row"), QKeySequence(Qt::Key_Return));
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows));
    box.exec();
}

QWidget *MainWindow::view(const QString &key) const
{
    for (const Entry *e : m_entries)
        if (e->key == key && e->visible)
            return e->view;
    return nullptr;
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (const Entry *e : m_entries)
        if (e->visible)
            keys << e->key;
    return keys;
}

QString MainWindow::currentViewKey() const
{
    for (const Entry *e : m_entries)
        if (e->visible && e->view == m_stack->currentWidget())
            return e->key;
    return {};
}

void MainWindow::showError(QWidget *parent, const Error &error)
{
    const QString title = tr("FactorDesk");
    QString text = error.message();
    if (error.kind() == Error::Kind::Storage) {
        QMessageBox::critical(parent, title,
                              tr("%1\n\nNothing was changed. If this keeps happening, ask the "
                                 "person who looks after the database.")
                                  .arg(text));
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const QByteArray splitter = settings.value(QLatin1String(kSplitterKey)).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QString last = settings.value(QLatin1String(kLastViewKey)).toString();
    // The stack already holds the first view as its current page, but it is shown (loaded,
    // selected in the sidebar) only through showView.
    if (last.isEmpty() || !showView(last)) {
        const QStringList keys = viewKeys();
        if (!keys.isEmpty())
            showView(keys.first());
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    const QString current = currentViewKey();
    if (!current.isEmpty())
        settings.setValue(QLatin1String(kLastViewKey), current);
}

} // namespace FactorDesk
