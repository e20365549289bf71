// Opening and creating books through the one handle the desktop and the command-line tool use:
// new books are all or nothing, on both engines.
#include "books.h"
#include "error.h"
#include "testsupport.h"
#include "userservice.h"

#include <QtTest>

using namespace FactorDesk;
using FactorDesk::Test::ScratchDatabase;

class tst_Books : public QObject
{
    Q_OBJECT
private slots:
    void createAndOpen_data() { Test::addEngineRows(); }
    void createAndOpen()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY(!Books::exists(scratch.spec()) || engine == QLatin1String("postgres"));
        {
            Books books = Books::create(
                scratch.spec(), NewBooks{QStringLiteral("root"), QStringLiteral("secret"),
                                         QStringLiteral("Ada Root"), QStringLiteral("jpy")});
            QCOMPARE(Books::currency(books.db()).code(), QStringLiteral("JPY"));
            QCOMPARE(Books::currency(books.db()).decimals(), 0);
            QVERIFY(!Books::isDemo(books.db()));
            QVERIFY(books.schemaVersion() > 0);
            QVERIFY(!books.displayName().contains(QStringLiteral("secret")));
        }
        Books again = Books::open(scratch.spec());
        const Session admin =
            UserService(again.db()).login(QStringLiteral("root"), QStringLiteral("secret"));
        QVERIFY(admin.has(Role::Admin));
        // Books exist there now: a second create is refused and changes nothing.
        QVERIFY_THROWS_EXCEPTION(
            Error,
            Books::create(scratch.spec(),
                          NewBooks{QStringLiteral("other"), QStringLiteral("secret2"), {}, {}}));
        QCOMPARE(Books::currency(again.db()).code(), QStringLiteral("JPY"));
    }

    void refusalsLeaveNothing_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("failInPopulate");
        QTest::newRow("weak password") << QStringLiteral("pw") << QString() << false;
        QTest::newRow("bad currency")
            << QStringLiteral("secret") << QStringLiteral("EURO") << false;
        QTest::newRow("failure while populating") << QStringLiteral("secret") << QString() << true;
    }
    void refusalsLeaveNothing()
    {
        QFETCH(QString, password);
        QFETCH(QString, currency);
        QFETCH(bool, failInPopulate);
        ScratchDatabase scratch;
        bool refused = false;
        try {
            Books::create(scratch.spec(), NewBooks{QStringLiteral("root"), password, {}, currency},
                          [&](Database &, const Session &) {
                              if (failInPopulate)
                                  throw Error(Error::Kind::Validation, QStringLiteral("no"));
                          });
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY(refused);
        QVERIFY(!Books::exists(scratch.spec()));
    }

    void openMissing()
    {
        ScratchDatabase scratch;
        QVERIFY_THROWS_EXCEPTION(Error, Books::open(scratch.spec()));
        QVERIFY(!Books::exists(scratch.spec()));
    }
};

QTEST_GUILESS_MAIN(tst_Books)
#include "tst_books.moc"
