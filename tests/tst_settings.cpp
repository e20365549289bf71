// The factor's profile (letterhead) through the service, the command line and the Settings view.
#include "auditlog.h"
#include "error.h"
#include "factorprofileservice.h"
#include "settingsview.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void adminSetsProfile_data() { addEngineRows(); }
    void adminSetsProfile();
    void refusals_data();
    void refusals();
    void cli();
    void view();
};

void tst_Settings::adminSetsProfile()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    FactorProfileService service(books.db());
    FactorProfile p;
    p.name = QStringLiteral("Northbank Factors plc");
    p.address = QStringLiteral("1 Quay Street\nBristol");
    p.bankAccount = QStringLiteral("gb29 nwbk 6016 1331 9268 19");
    p.email = QStringLiteral("ops@northbank.example");
    service.setProfile(books.admin, p);
    const FactorProfile back = service.profile();
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.address, p.address);
    QCOMPARE(back.bankAccount, QStringLiteral("GB29NWBK60161331926819")); // stored compact
    const auto records = AuditLog(books.db()).list(books.admin, AuditFilter{});
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().action, QStringLiteral("settings.factor_profile"));
    QVERIFY(AuditLog(books.db()).verify().ok);
}

void tst_Settings::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("clerk") << "clerk"
                           << "X Ltd"
                           << ""
                           << "" << int(Error::Kind::Permission) << "";
    QTest::newRow("manager") << "manager"
                             << "X Ltd"
                             << ""
                             << "" << int(Error::Kind::Permission) << "";
    QTest::newRow("empty name") << "admin"
                                << "  "
                                << ""
                                << "" << int(Error::Kind::Validation) << "name";
    QTest::newRow("not an account") << "admin"
                                    << "X Ltd"
                                    << "GB29-NWBK!6016"
                                    << "" << int(Error::Kind::Validation) << "bank-account";
    QTest::newRow("bad email") << "admin"
                               << "X Ltd"
                               << ""
                               << "nobody" << int(Error::Kind::Validation) << "email";
}

void tst_Settings::refusals()
{
    QFETCH(QString, user);
    QFETCH(QString, name);
    QFETCH(QString, account);
    QFETCH(QString, email);
    QFETCH(int, kind);
    QFETCH(QString, field);
    TestBooks books;
    const Session who = user == QLatin1String("clerk")     ? books.clerk
                        : user == QLatin1String("manager") ? books.manager
                                                           : books.admin;
    FactorProfileService service(books.db());
    FactorProfile p;
    p.name = name;
    p.bankAccount = account;
    p.email = email;
    try {
        service.setProfile(who, p);
        QFAIL("the profile was saved");
    } catch (const Error &e) {
        QCOMPARE(int(e.kind()), kind);
        if (!field.isEmpty()) {
            QCOMPARE(e.field(), field);
            QVERIFY2(e.message().startsWith(field + QLatin1Char(':')), qPrintable(e.message()));
        }
    }
    QCOMPARE(service.profile().name, QString()); // nothing changed
}

void tst_Settings::cli()
{
    ScratchDatabase scratch;
    const QStringList env = {QStringLiteral("FACTORDESK_PASSWORD=secret1")};
    QCOMPARE(runCli({QStringLiteral("--db"), scratch.spec(), QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("root")},
                    env)
                 .exitCode,
             0);
    const QStringList base = {QStringLiteral("--db"), scratch.spec(), QStringLiteral("--user"),
                              QStringLiteral("root")};
    CliResult r = runCli(
        base + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                           QStringLiteral("--factor-name"), QStringLiteral("Northbank Factors plc"),
                           QStringLiteral("--address"), QStringLiteral("1 Quay Street\\nBristol")},
        env);
    QCOMPARE(r.exitCode, 0);
    r = runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("show"),
                                  QStringLiteral("--format"), QStringLiteral("csv")},
               env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("setting,value\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("factor-name,Northbank Factors plc")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("\"1 Quay Street\nBristol\"")), qPrintable(r.out));
    r = runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("--bank-account"),
                                  QStringLiteral("GB29NWBK60161331926818")},
               env);
    // The factor's own account is kept as written, with a warning (anonymised bank samples
    // and test accounts fail the check; statements of exactly that account are accepted).
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("bank-account")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Warning")), qPrintable(r.err));
    r = runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("set")}, env);
    QCOMPARE(r.exitCode, 2);
}

void tst_Settings::view()
{
    TestBooks books;
    AppContext ctx{&books.db(), books.admin};
    SettingsView view(ctx);
    view.nameEdit()->clear();
    QTest::keyClicks(view.nameEdit(), QStringLiteral("Northbank Factors plc"));
    view.bankAccountEdit()->setText(QStringLiteral("GB29NWBK60161331926818"));
    QTest::mouseClick(view.saveButton(), Qt::LeftButton);
    QVERIFY2(view.statusLabel()->text().contains(QLatin1String("bank-account:")),
             qPrintable(view.statusLabel()->text()));
    QCOMPARE(FactorProfileService(books.db()).profile().bankAccount,
             QStringLiteral("GB29NWBK60161331926818"));
    view.bankAccountEdit()->setText(QStringLiteral("GB29NWBK60161331926819"));
    QTest::mouseClick(view.saveButton(), Qt::LeftButton);
    QCOMPARE(FactorProfileService(books.db()).profile().name,
             QStringLiteral("Northbank Factors plc"));

    // Only administrators may save; the service refuses anyone else from the view too.
    SettingsView clerkView(AppContext{&books.db(), books.clerk});
    QVERIFY(!clerkView.save());
    QVERIFY(!clerkView.statusLabel()->text().isEmpty());
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
