// The main window as a shared desk: every view has its shortcut, Help lists them, and signing
// out hands the desk to the next user without quitting.
#include "businesscalendar.h"
#include "endofdayservice.h"
#include "mainwindow.h"
#include "manualdialog.h"
#include "testsupport.h"

#include <QtTest>
#include <QtWidgets>

using namespace FactorDesk;
using FactorDesk::Test::TestBooks;

class tst_GuiMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void everyViewHasAShortcut_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("admin") << QStringLiteral("admin");
        QTest::newRow("clerk") << QStringLiteral("clerk");
        QTest::newRow("analyst") << QStringLiteral("analyst");
        QTest::newRow("manager") << QStringLiteral("manager");
    }
    void everyViewHasAShortcut()
    {
        QFETCH(QString, who);
        TestBooks books;
        const Session session = who == QLatin1String("admin")     ? books.admin
                                : who == QLatin1String("clerk")   ? books.clerk
                                : who == QLatin1String("analyst") ? books.analyst
                                                                  : books.manager;
        MainWindow window(AppContext{&books.db(), session});
        window.show();
        QSet<QKeySequence> seen;
        const auto shortcuts = window.viewShortcuts();
        QVERIFY(!shortcuts.isEmpty());
        for (const auto &[title, keys] : shortcuts) {
            QVERIFY2(!keys.isEmpty(), qPrintable(title));
            QVERIFY2(!seen.contains(keys), qPrintable(title));
            seen.insert(keys);
        }
        // Each shortcut shows its view.
        const QStringList keys = window.viewKeys();
        for (int i = 0; i < keys.size(); ++i) {
            auto *action = window.findChild<QAction *>(QStringLiteral("actionView_") + keys.at(i));
            QVERIFY(action);
            action->trigger();
            QCOMPARE(window.currentViewKey(), keys.at(i));
        }
    }

    void firstViewIsShownAndLoaded()
    {
        QSettings().clear();
        TestBooks books;
        MainWindow window(AppContext{&books.db(), books.manager});
        window.show();
        const QString first = window.viewKeys().constFirst();
        QCOMPARE(window.currentViewKey(), first);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav && nav->currentItem());
        QCOMPARE(nav->currentItem()->data(Qt::UserRole).toString(), first);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionView_") + first);
        QVERIFY(action && action->isChecked());
    }

    void signOutClosesWithoutQuitting()
    {
        TestBooks books;
        MainWindow window(AppContext{&books.db(), books.clerk});
        window.show();
        QVERIFY(!window.signOutRequested());
        auto *signOut = window.findChild<QAction *>(QStringLiteral("actionSignOut"));
        QVERIFY(signOut);
        QVERIFY(!signOut->shortcut().isEmpty());
        signOut->trigger();
        QVERIFY(window.signOutRequested());
        QVERIFY(!window.isVisible());
    }

    void endOfDayRunsEachDay()
    {
        qunsetenv("FACTORDESK_TODAY");
        TestBooks books;
        BusinessCalendar(books.db()).start(QDate::currentDate().addDays(-2));
        {
            MainWindow clerkWindow(AppContext{&books.db(), books.clerk});
            auto *action = clerkWindow.findChild<QAction *>(QStringLiteral("actionEndOfDay"));
            QVERIFY(action && !action->isEnabled()); // managers only
        }
        MainWindow window(AppContext{&books.db(), books.manager});
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("actionEndOfDay"));
        QVERIFY(action && action->isEnabled());
        QString shown;
        QTimer closer;
        connect(&closer, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                }
        });
        closer.start(20);
        action->trigger();
        QCOMPARE(shown.count(QLatin1Char('\n')), 2); // one line per day, three days
        QCOMPARE(EndOfDayService(books.db()).lastRun(), QDate::currentDate());
        QCOMPARE(BusinessCalendar(books.db()).today(), QDate::currentDate().addDays(1));
    }

    void helpListsShortcuts()
    {
        TestBooks books;
        MainWindow window(AppContext{&books.db(), books.manager});
        window.show();
        auto *help = window.findChild<QAction *>(QStringLiteral("actionShortcuts"));
        QVERIFY(help);
        QString text;
        QTimer::singleShot(0, [&text] {
            // Whatever is open is closed, so that a wrong dialog fails the test, not hangs it.
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                text = box->text();
            if (modal)
                modal->close();
        });
        help->trigger();
        QVERIFY(text.contains(QStringLiteral("Journal")));
        QVERIFY(text.contains(QStringLiteral("Invoices")));
    }

    // Help > User's manual shows the README at the chapter on the desktop program; the About
    // box promises only what the program does.
    void helpShowsManualAndAbout()
    {
        TestBooks books;
        MainWindow window(AppContext{&books.db(), books.manager});
        window.show();
        auto *manual = window.findChild<QAction *>(QStringLiteral("actionManual"));
        QVERIFY(manual && !manual->shortcut().isEmpty());
        manual->trigger();
        auto *dialog = window.findChild<ManualDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        const QString text = dialog->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("The desktop program")));
        QVERIFY(text.contains(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY(dialog->browser()->textCursor().hasSelection()); // opened at the chapter
        dialog->close();
        QString about;
        QTimer::singleShot(0, [&about] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                about = box->text();
            if (modal)
                modal->close();
        });
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QVERIFY(about.contains(QStringLiteral("FactorDesk")));
        QVERIFY(!about.contains(QStringLiteral("collections"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(tst_GuiMainWindow)
#include "tst_gui_mainwindow.moc"
