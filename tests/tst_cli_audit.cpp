// factordesk-cli audit verify and audit list, run as the real program: a sound trail passes,
// a record edited behind the program's back fails with exit 1 naming it.
#include "clifixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace FactorDesk;
using namespace FactorDesk::Test;

class tst_CliAudit : public QObject
{
    Q_OBJECT
private slots:
    void auditVerify();
};

void tst_CliAudit::auditVerify()
{
    QTemporaryDir dir;
    const QString db = newBooks(dir);
    postPurchase(db, QDate(2026, 3, 2));
    const QStringList verify = {QStringLiteral("--db"),   db,
                                QStringLiteral("--user"), QStringLiteral("root"),
                                QStringLiteral("audit"),  QStringLiteral("verify")};
    CliResult r = runCli(verify, adminEnv());
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("3")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("(s)")), qPrintable(r.out));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("root"),
                QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("csv")},
               adminEnv());
    CLI_EXIT(r, 0);
    QCOMPARE(lines(r.out).first(),
             QStringLiteral("id,at,user,action,entity,entity_id,before,after"));

    // Someone with direct access drops the protection and edits record 2.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE id = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = runCli(verify, adminEnv());
    CLI_EXIT(r, 1);
    QVERIFY2(r.err.contains(QLatin1String("record 2 ")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_cli_audit.moc"
