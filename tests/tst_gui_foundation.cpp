// The desktop program driven offscreen: sign-in (right and wrong password, demo note, forced
// password change), the main window with every view, hidden views for other roles, the
// remembered layout, and adding a user through the Users view's dialog.
#include "auditlogmodel.h"
#include "auditview.h"
#include "changepassworddialog.h"
#include "clientservice.h"
#include "datatable.h"
#include "firstrundialog.h"
#include "journaltablemodel.h"
#include "journalview.h"
#include "ledger.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "recorddialogs.h"
#include "settingsrepository.h"
#include "testsupport.h"
#include "trialbalancemodel.h"
#include "trialbalanceview.h"
#include "userdialog.h"
#include "userservice.h"
#include "usersview.h"
#include "usertablemodel.h"

#include <QtTest>
#include <QtWidgets>
#include <functional>

using namespace FactorDesk;
using FactorDesk::Test::TestBooks;

namespace {

const Currency kEur(QStringLiteral("EUR"));

void postPurchase(TestBooks &books, QDate date, qint64 face)
{
    const qint64 commission = face / 50;
    const qint64 advance = face / 100 * 93;
    JournalEntry e;
    e.date = date;
    e.currency = kEur;
    e.kind = QStringLiteral("purchase");
    e.memo = QStringLiteral("test purchase");
    e.lines = {
        {Accounts::factoredReceivables(),
         Money::fromMinor(face, kEur),
         {},
         0,
         0,
         Test::seedInvoice(books.db(), face),
         {}},
        {Accounts::bank(), {}, Money::fromMinor(advance, kEur), 0, 0, 0, {}},
        {Accounts::commissionIncome(), {}, Money::fromMinor(commission, kEur), 0, 0, 0, {}},
        {Accounts::clientReserves(),
         {},
         Money::fromMinor(face - advance - commission, kEur),
         0,
         0,
         0,
         {}},
    };
    JournalService(books.db()).post(books.manager, e);
}

// Runs `act` on the next modal dialog of type T as soon as it is open (polling, so that a
// dialog opened by exec() inside a click is reached). Fails the test instead of hanging.
template <typename T> void whenModal(std::function<void(T *)> act, bool *done)
{
    auto *timer = new QTimer;
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            timer->stop();
            *done = true;
            act(dialog);
            // A failed check inside `act` returns early: never leave the test hanging on it.
            if (dialog->isVisible())
                dialog->reject();
        } else if (elapsed->elapsed() > 5000) {
            timer->stop();
            if (modal)
                modal->close();
        } else {
            return;
        }
        timer->deleteLater();
        delete elapsed;
    });
    timer->start();
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

// Clicks a check box on its indicator (its centre may lie beyond the label in a wide layout).
void toggle(QWidget *dialog, const QString &name)
{
    auto *box = dialog->findChild<QCheckBox *>(name);
    QVERIFY2(box, qPrintable(name));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void signIn(LoginDialog &dialog, const QString &user, const QString &password)
{
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *pw = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    name->clear();
    QTest::keyClicks(name, user);
    pw->clear();
    QTest::keyClicks(pw, password);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
}

} // namespace

class tst_GuiFoundation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void loginOpensEveryView();
    void wrongPasswordKeepsDialogOpen();
    void demoNote();
    void mustChangePassword();
    void clerkDoesNotSeeUsers();
    void addUserThroughDialog();
    void journalFilters();
    void rowsOpenAndTotals();
    void rememberedView();
    void firstRunChecks_data();
    void firstRunChecks();
};

void tst_GuiFoundation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FactorDesk-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("FACTORDESK_TODAY", "2026-06-30");
}

void tst_GuiFoundation::init()
{
    QSettings().clear();
}

void tst_GuiFoundation::loginOpensEveryView()
{
    TestBooks books;
    postPurchase(books, QDate(2026, 3, 2), 1000000);
    postPurchase(books, QDate(2026, 4, 15), 2000000);

    LoginDialog login(books.db());
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    signIn(login, QStringLiteral("admin"), QStringLiteral("pw"));
    QCOMPARE(login.result(), int(QDialog::Accepted));
    QVERIFY(!login.isVisible());
    QCOMPARE(login.session().username(), QStringLiteral("admin"));

    MainWindow window(AppContext{&books.db(), login.session()});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList keys = window.viewKeys();
    for (const QString &key : {QStringLiteral("journal"), QStringLiteral("trial-balance"),
                               QStringLiteral("users"), QStringLiteral("audit")})
        QVERIFY2(keys.contains(key), qPrintable(key));
    for (const QString &key : keys) {
        QVERIFY2(window.showView(key), qPrintable(key));
        QCOMPARE(window.currentViewKey(), key);
        QVERIFY(window.view(key)->isVisible());
    }
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->count(), keys.size());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("userLabel"))
                ->text()
                .contains(QStringLiteral("Signed in as admin")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text(),
             books.db().displayName());

    window.showView(QStringLiteral("journal"));
    auto *journal = qobject_cast<JournalView *>(window.view(QStringLiteral("journal")));
    QVERIFY(journal);
    QCOMPARE(journal->model()->rowCount(), 8);
    QVERIFY2(journal->totalsText().contains(QStringLiteral("debits 30,000.00 EUR")),
             qPrintable(journal->totalsText()));
    QVERIFY(journal->totalsText().contains(QStringLiteral("credits 30,000.00 EUR")));

    // The View menu's shortcut switches views as the sidebar does.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentViewKey(), QStringLiteral("trial-balance"));
    auto *trial = qobject_cast<TrialBalanceView *>(window.view(QStringLiteral("trial-balance")));
    QVERIFY(trial);
    QCOMPARE(trial->model()->rowCount(), 11);
    QCOMPARE(trial->model()->totalDebit(), 3000000);
    QVERIFY2(
        trial->totalsText().contains(QStringLiteral("30,000.00 EUR = total credits 30,000.00")),
        qPrintable(trial->totalsText()));
    trial->asOfEdit()->setDate(QDate(2026, 3, 31));
    QCOMPARE(trial->model()->totalDebit(), 1000000);

    window.showView(QStringLiteral("users"));
    auto *users = qobject_cast<UsersView *>(window.view(QStringLiteral("users")));
    QVERIFY(users);
    QCOMPARE(users->model()->rowCount(), 5);

    window.showView(QStringLiteral("audit"));
    auto *audit = qobject_cast<AuditView *>(window.view(QStringLiteral("audit")));
    QVERIFY(audit);
    QVERIFY(audit->model()->rowCount() >= 7);
    // The newest record is selected; its details show the posted entry.
    QVERIFY2(audit->afterText().contains(QStringLiteral("\"kind\": \"purchase\"")),
             qPrintable(audit->afterText()));
    QTest::mouseClick(audit->verifyButton(), Qt::LeftButton);
    QVERIFY2(audit->verifyResult().contains(QStringLiteral("The books hold")),
             qPrintable(audit->verifyResult()));
    QTest::keyClicks(audit->textEdit(), QStringLiteral("Bo Boss"));
    QTest::keyClick(audit->textEdit(), Qt::Key_Return);
    QCOMPARE(audit->model()->rowCount(), 1);
    QVERIFY(audit->beforeText().contains(QStringLiteral("nothing")));
}

void tst_GuiFoundation::wrongPasswordKeepsDialogOpen()
{
    TestBooks books;
    LoginDialog login(books.db(), QStringLiteral("admin"));
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("username"))->text(),
             QStringLiteral("admin"));
    signIn(login, QStringLiteral("admin"), QStringLiteral("wrong"));
    QVERIFY(login.isVisible());
    QVERIFY(login.result() != QDialog::Accepted);
    QCOMPARE(login.message(), QStringLiteral("The user name or the password is wrong."));
    QVERIFY(login.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    QVERIFY(!login.findChild<QLabel *>(QStringLiteral("demoNote")));

    // A second try with the right password gets in.
    signIn(login, QStringLiteral("admin"), QStringLiteral("pw"));
    QCOMPARE(login.result(), int(QDialog::Accepted));
}

void tst_GuiFoundation::demoNote()
{
    TestBooks books;
    SettingsRepository(books.db()).setValue(QStringLiteral("demo"), QStringLiteral("1"));
    LoginDialog login(books.db());
    QVERIFY(login.isDemo());
    auto *note = login.findChild<QLabel *>(QStringLiteral("demoNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("Demo database: users admin, clerk, analyst, manager; "
                                          "password demo"));
}

void tst_GuiFoundation::mustChangePassword()
{
    TestBooks books;
    const User clerk = UserService(books.db()).find(QStringLiteral("clerk"));
    UserService(books.db()).resetPassword(books.admin, clerk.id, QStringLiteral("Temporary-123"));

    LoginDialog login(books.db());
    login.show();
    bool asked = false;
    whenModal<ChangePasswordDialog>(
        [](ChangePasswordDialog *change) {
            QTest::keyClicks(change->findChild<QLineEdit *>(QStringLiteral("newPassword")),
                             QStringLiteral("Chosen-by-me-456"));
            QTest::keyClicks(change->findChild<QLineEdit *>(QStringLiteral("repeatPassword")),
                             QStringLiteral("Chosen-by-me-456"));
            QTest::mouseClick(okButton(change), Qt::LeftButton);
        },
        &asked);
    signIn(login, QStringLiteral("clerk"), QStringLiteral("Temporary-123"));
    QVERIFY(asked);
    QCOMPARE(login.result(), int(QDialog::Accepted));
    QVERIFY(!UserService(books.db()).find(QStringLiteral("clerk")).mustChangePassword);
    QCOMPARE(UserService(books.db())
                 .login(QStringLiteral("clerk"), QStringLiteral("Chosen-by-me-456"))
                 .username(),
             QStringLiteral("clerk"));
}

void tst_GuiFoundation::clerkDoesNotSeeUsers()
{
    TestBooks books;
    MainWindow window(AppContext{&books.db(), books.clerk});
    window.show();
    QVERIFY(!window.viewKeys().contains(QStringLiteral("users")));
    QVERIFY(window.viewKeys().contains(QStringLiteral("journal")));
    QVERIFY(!window.showView(QStringLiteral("users")));
    QVERIFY(!window.view(QStringLiteral("users")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionView_users")));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i)
        QVERIFY(nav->item(i)->data(Qt::UserRole).toString() != QLatin1String("users"));
    // The hidden view is not even reachable by its shortcut.
    window.showView(QStringLiteral("journal"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentViewKey(), QStringLiteral("journal"));
}

void tst_GuiFoundation::addUserThroughDialog()
{
    TestBooks books;
    MainWindow window(AppContext{&books.db(), books.admin});
    window.show();
    QVERIFY(window.showView(QStringLiteral("users")));
    auto *users = qobject_cast<UsersView *>(window.view(QStringLiteral("users")));
    QVERIFY(users);

    bool filled = false;
    whenModal<UserDialog>(
        [](UserDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")),
                             QStringLiteral("newbie"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fullName")),
                             QStringLiteral("Nina Newbie"));
            toggle(dialog, QStringLiteral("role_clerk"));
            toggle(dialog, QStringLiteral("role_analyst"));
            // Two different passwords: the dialog says so and stays open.
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")),
                             QStringLiteral("Long-enough-789"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword")),
                             QStringLiteral("Long-enough-78"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->message().contains(QStringLiteral("differ")),
                     qPrintable(dialog->message()));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword")),
                             QStringLiteral("9"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        },
        &filled);
    QTest::mouseClick(users->addButton(), Qt::LeftButton);
    QVERIFY(filled);

    const User added = UserService(books.db()).find(QStringLiteral("newbie"));
    QCOMPARE(added.fullName, QStringLiteral("Nina Newbie"));
    QCOMPARE(added.roles, Roles(Role::Clerk) | Role::Analyst);
    QVERIFY(added.active);
    QCOMPARE(users->model()->rowCount(), 6);
    QVERIFY(users->model()->rowOf(QStringLiteral("newbie")) >= 0);

    // Disable and enable again through the view's button.
    QVERIFY(users->selectUser(QStringLiteral("newbie")));
    QCOMPARE(users->activeButton()->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(users->activeButton(), Qt::LeftButton);
    QVERIFY(!UserService(books.db()).find(QStringLiteral("newbie")).active);
    QCOMPARE(users->activeButton()->text(), QStringLiteral("&Enable"));
    QTest::mouseClick(users->activeButton(), Qt::LeftButton);
    QVERIFY(UserService(books.db()).find(QStringLiteral("newbie")).active);

    // New roles through the Roles… dialog.
    bool roles = false;
    whenModal<UserDialog>(
        [](UserDialog *dialog) {
            toggle(dialog, QStringLiteral("role_analyst"));
            toggle(dialog, QStringLiteral("role_manager"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        },
        &roles);
    QTest::mouseClick(users->rolesButton(), Qt::LeftButton);
    QVERIFY(roles);
    QCOMPARE(UserService(books.db()).find(QStringLiteral("newbie")).roles,
             Roles(Role::Clerk) | Role::Manager);
}

void tst_GuiFoundation::journalFilters()
{
    TestBooks books;
    postPurchase(books, QDate(2026, 3, 2), 1000000);
    postPurchase(books, QDate(2026, 4, 15), 2000000);
    MainWindow window(AppContext{&books.db(), books.analyst});
    window.show();
    QVERIFY(window.showView(QStringLiteral("journal")));
    auto *journal = qobject_cast<JournalView *>(window.view(QStringLiteral("journal")));
    QCOMPARE(journal->model()->rowCount(), 8);

    const int bank = journal->accountCombo()->findData(Accounts::bank());
    QVERIFY(bank > 0);
    journal->accountCombo()->setCurrentIndex(bank);
    QCOMPARE(journal->model()->rowCount(), 2);
    QVERIFY2(journal->totalsText().contains(QStringLiteral("credits 27,900.00 EUR")),
             qPrintable(journal->totalsText()));

    journal->fromEdit()->setDate(QDate(2026, 4, 1));
    QCOMPARE(journal->model()->rowCount(), 1);
    QCOMPARE(journal->model()->journalRow(0).credit, 1860000);

    QTest::keyClicks(journal->clientEdit(), QStringLiteral("NOBODY"));
    QTest::keyClick(journal->clientEdit(), Qt::Key_Return);
    QCOMPARE(journal->model()->rowCount(), 0);

    journal->clearFilters();
    QCOMPARE(journal->model()->rowCount(), 8);
}

// A row opens what it is (the journal line its entry, the account its lines); tables of amounts
// have a totals row; every table has the same row height; the client filter completes.
void tst_GuiFoundation::rowsOpenAndTotals()
{
    TestBooks books;
    Client c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme Tools Ltd");
    ClientService(books.db()).add(books.clerk, c);
    postPurchase(books, QDate(2026, 3, 2), 1000000);
    postPurchase(books, QDate(2026, 4, 15), 2000000);
    MainWindow window(AppContext{&books.db(), books.manager});
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView(QStringLiteral("journal")));
    auto *journal = qobject_cast<JournalView *>(window.view(QStringLiteral("journal")));
    auto *table = qobject_cast<DataTable *>(journal->table());
    QVERIFY(table);
    QVERIFY(table->hasTotalsRow());
    const QLocale locale;
    QCOMPARE(table->totalText(int(JournalTableModel::Column::Debit)),
             Money::localized(3000000, locale, 2));
    QCOMPARE(table->totalText(int(JournalTableModel::Column::Credit)),
             Money::localized(3000000, locale, 2));
    QVERIFY(table->totalText(int(JournalTableModel::Column::Entry)).isEmpty());
    QVERIFY(table->findChild<QWidget *>(QStringLiteral("totalsRow"))->isVisible());

    // The client filter completes client codes.
    QCompleter *completer = journal->clientEdit()->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(QStringLiteral("ac"));
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("ACME"));

    // A journal line opens its entry with all its lines.
    const QModelIndex first = table->model()->index(0, int(JournalTableModel::Column::Account));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    JournalLinesDialog *entry = nullptr;
    QTRY_VERIFY((entry = journal->findChild<JournalLinesDialog *>()) && entry->isVisible());
    QCOMPARE(entry->model()->rowCount(), 4);
    QVERIFY(entry->table()->hasTotalsRow());
    if (!qEnvironmentVariable("FACTORDESK_KEEP_REPORTS").isEmpty())
        entry->grab().save(qEnvironmentVariable("FACTORDESK_KEEP_REPORTS") +
                           QStringLiteral("/journal-entry.png"));
    const int entryRowHeight = entry->table()->verticalHeader()->defaultSectionSize();
    entry->close();

    // A trial balance account opens its lines.
    QVERIFY(window.showView(QStringLiteral("trial-balance")));
    auto *trial = qobject_cast<TrialBalanceView *>(window.view(QStringLiteral("trial-balance")));
    auto *trialTable = trial->findChild<DataTable *>();
    QVERIFY(trialTable);
    int bank = -1;
    for (int r = 0; r < trial->model()->rowCount(); ++r)
        if (trial->model()->index(r, 0).data().toString() == Accounts::bank())
            bank = r;
    QVERIFY(bank >= 0);
    const QModelIndex bankRow = trialTable->model()->index(bank, 1);
    QTest::mouseClick(trialTable->viewport(), Qt::LeftButton, {},
                      trialTable->visualRect(bankRow).center());
    QTest::mouseDClick(trialTable->viewport(), Qt::LeftButton, {},
                       trialTable->visualRect(bankRow).center());
    JournalLinesDialog *account = nullptr;
    QTRY_VERIFY((account = trial->findChild<JournalLinesDialog *>()) && account->isVisible());
    QCOMPARE(account->model()->rowCount(), 2);
    account->close();
    QCOMPARE(trialTable->totalText(int(TrialBalanceModel::Column::Debit)),
             trialTable->totalText(int(TrialBalanceModel::Column::Credit)));

    // One row height everywhere.
    QCOMPARE(trialTable->verticalHeader()->defaultSectionSize(),
             table->verticalHeader()->defaultSectionSize());
    QCOMPARE(entryRowHeight, table->verticalHeader()->defaultSectionSize());
}

void tst_GuiFoundation::rememberedView()
{
    TestBooks books;
    {
        MainWindow window(AppContext{&books.db(), books.admin});
        window.show();
        QVERIFY(window.showView(QStringLiteral("audit")));
        window.close();
    }
    MainWindow again(AppContext{&books.db(), books.admin});
    QCOMPARE(again.currentViewKey(), QStringLiteral("audit"));
    // A remembered view the next user may not see falls back to the first view.
    {
        MainWindow window(AppContext{&books.db(), books.admin});
        QVERIFY(window.showView(QStringLiteral("users")));
        window.close();
    }
    MainWindow clerk(AppContext{&books.db(), books.clerk});
    QCOMPARE(clerk.currentViewKey(), clerk.viewKeys().first());
}

void tst_GuiFoundation::firstRunChecks_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("fine") << "boss"
                          << "Strong-pass-123"
                          << "Strong-pass-123"
                          << "CHF"
                          << "";
    QTest::newRow("no user") << ""
                             << "Strong-pass-123"
                             << "Strong-pass-123"
                             << "EUR"
                             << "User name";
    QTest::newRow("differ") << "boss"
                            << "Strong-pass-123"
                            << "Strong-pass-124"
                            << "EUR"
                            << "differ";
    QTest::newRow("bad currency") << "boss"
                                  << "Strong-pass-123"
                                  << "Strong-pass-123"
                                  << "EU"
                                  << "three-letter";
}

void tst_GuiFoundation::firstRunChecks()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, repeat);
    QFETCH(QString, currency);
    QFETCH(QString, message);
    FirstRunDialog dialog(QStringLiteral("/tmp/books.sqlite"));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    name->clear();
    QTest::keyClicks(name, user);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("fullName")),
                     QStringLiteral("The Boss"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassword")), repeat);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("currency"));
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), currency);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    if (message.isEmpty()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.username(), user);
        QCOMPARE(dialog.fullName(), QStringLiteral("The Boss"));
        QCOMPARE(dialog.password(), password);
        QCOMPARE(dialog.currency().code(), currency);
    } else {
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    }
}

QTEST_MAIN(tst_GuiFoundation)
#include "tst_gui_foundation.moc"
