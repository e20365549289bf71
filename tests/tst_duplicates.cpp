// Duplicates across schedules (issue 8): the earlier schedule stands, invoice numbers compare
// as a person reads them, and the database holds "one client + invoice number among live
// lines" even when two clerks import the same file at the same moment. On both engines.
#include "clock.h"
#include "error.h"
#include "migrationrunner.h"
#include "scheduleapprovalservice.h"
#include "schedulefixture.h"
#include "scheduleimportservice.h"
#include "schedulequery.h"

#include <QProcess>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDate kDate(2025, 3, 1);
const QString kHeader = QStringLiteral("invoice_no,debtor,invoice_date,due_date,amount\n");

ScheduleImportOptions at()
{
    ScheduleImportOptions o;
    o.date = kDate;
    return o;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    return q.scalar().toLongLong();
}

} // namespace

class tst_Duplicates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2025-03-01"); }
    void debtorDateAmountEarlierStands_data() { addEngineRows(); }
    void debtorDateAmountEarlierStands();
    void spellingsAcrossSchedules_data() { addEngineRows(); }
    void spellingsAcrossSchedules();
    void databaseHoldsOneLiveNumber_data() { addEngineRows(); }
    void databaseHoldsOneLiveNumber();
    void keysOfStoredLinesFilled_data() { addEngineRows(); }
    void keysOfStoredLinesFilled();
    void concurrentImports_data() { addEngineRows(); }
    void concurrentImports();
};

// Two schedules with one debtor, date and amount: only the later one is the possible
// duplicate, however often either is checked again.
void tst_Duplicates::debtorDateAmountEarlierStands()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportService import(b.db());
    const qint64 first =
        import
            .importFile(
                b.clerk, b.clientId,
                b.writeCsv(s("a.csv"), kHeader + s("A-1,BIG,2025-02-25,2025-03-27,500.00\n")), at())
            .schedule.id;
    const ScheduleImportResult second = import.importFile(
        b.clerk, b.clientId,
        b.writeCsv(s("b.csv"), kHeader + s("B-1,BIG,2025-02-25,2025-03-27,500.00\n")), at());
    QVERIFY(second.schedule.lines[0].hasCheck(CheckCode::duplicateDebtorDateAmount()));
    QCOMPARE(second.schedule.lines[0].eligible.minor(), qint64(0));

    ScheduleApprovalService approval(b.db());
    const Schedule a = approval.recheck(b.clerk, first);
    QVERIFY(!a.lines[0].hasCheck(CheckCode::duplicateDebtorDateAmount()));
    QCOMPARE(a.lines[0].eligible.minor(), qint64(50000));
    const Schedule again = approval.recheck(b.clerk, second.schedule.id);
    QVERIFY(again.lines[0].hasCheck(CheckCode::duplicateDebtorDateAmount()));
    // Approving the earlier one buys it with its full advance.
    const Schedule approved = approval.approve(b.manager, first);
    QCOMPARE(approved.totals.advance.minor(), qint64(46500));
    QVERIFY(!approved.lines[0].hasCheck(CheckCode::duplicateDebtorDateAmount()));
    QVERIFY(approval.recheck(b.clerk, second.schedule.id)
                .lines[0]
                .hasCheck(CheckCode::duplicateDebtorDateAmount()));
}

// One invoice in six spellings, one schedule each: the first is stored live, the other five
// are refused as duplicates (once six purchases of one invoice were made).
void tst_Duplicates::spellingsAcrossSchedules()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportService import(b.db());
    const QStringList spellings{s("INV-1"),       s("inv-1"),    s("INV\u200B-1"),
                                s("INV\uFEFF-1"), s("ＩＮＶ-1"), s("INV\u20101")};
    QList<qint64> ids;
    // Keyed into the wizard's grid (a byte-order mark inside a CSV file is refused by the
    // reader before any check: tst_csvreader).
    for (int i = 0; i < spellings.size(); ++i) {
        ScheduleInputLine l;
        l.invoiceNo = spellings[i];
        l.debtor = s("BIG");
        l.invoiceDate = s("2025-02-25");
        l.dueDate = s("2025-03-27");
        l.amount = QStringLiteral("%1.00").arg(100 + i);
        const ScheduleImportResult r = import.importLines(b.clerk, b.clientId, {l}, at());
        ids << r.schedule.id;
        QCOMPARE(r.schedule.lines[0].hasCheck(CheckCode::duplicateInvoiceNo()), i > 0);
        QCOMPARE(r.schedule.lines[0].status, i > 0 ? s("rejected") : s("pending"));
    }
    QCOMPARE(scalar(b.db(), s("SELECT COUNT(*) FROM invoices WHERE live_key IS NOT NULL")), 1);
    QCOMPARE(scalar(b.db(), s("SELECT COUNT(DISTINCT invoice_key) FROM invoices")), 1);
    // No manager's override buys a refused one.
    QVERIFY_THROWS_EXCEPTION(Error, ScheduleApprovalService(b.db()).approve(
                                        b.manager, ids[1], {{spellings[1], s("sure")}}));
    // Rechecking the first keeps it; once it is rejected the next one found is clean.
    ScheduleApprovalService approval(b.db());
    QCOMPARE(approval.recheck(b.clerk, ids[0]).lines[0].status, s("pending"));
    approval.reject(b.manager, ids[0], s("sent six times"));
    QCOMPARE(approval.recheck(b.clerk, ids[3]).lines[0].status, s("pending"));
    QCOMPARE(approval.recheck(b.clerk, ids[1]).lines[0].status, s("rejected"));
    QCOMPARE(scalar(b.db(), s("SELECT COUNT(*) FROM invoices WHERE live_key IS NOT NULL")), 1);
}

// Past every check, the database itself refuses a second live line with the same key.
void tst_Duplicates::databaseHoldsOneLiveNumber()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportService import(b.db());
    import.importFile(b.clerk, b.clientId,
                      b.writeCsv(s("a.csv"), kHeader + s("X-9,BIG,2025-02-25,2025-03-27,100.00\n")),
                      at());
    const qint64 second =
        import
            .importFile(
                b.clerk, b.clientId,
                b.writeCsv(s("b.csv"), kHeader + s("x\u20119,BIG,2025-02-26,2025-03-27,200.00\n")),
                at())
            .schedule.id;
    try {
        SqlQuery(b.db(), s("UPDATE invoices SET status = 'pending', live_key = invoice_key "
                           "WHERE schedule_id = ?"))
            .bind(second)
            .exec();
        QFAIL("a second live line with one invoice number was stored");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    // live_key is the key or nothing.
    QVERIFY_THROWS_EXCEPTION(
        Error, SqlQuery(b.db(), s("UPDATE invoices SET live_key = 'other' WHERE schedule_id = ?"))
                   .bind(second)
                   .exec());
}

// Schema 8 fills the keys of lines stored before it: the bought or first line keeps the
// number, a duplicate stored before the key existed is left without it and is found when
// checked again.
void tst_Duplicates::keysOfStoredLinesFilled()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportService import(b.db());
    const qint64 first =
        import
            .importFile(
                b.clerk, b.clientId,
                b.writeCsv(s("a.csv"), kHeader + s("K-1,BIG,2025-02-25,2025-03-27,100.00\n"
                                                   "K-2,BIG,2025-02-25,2025-03-27,101.00\n")),
                at())
            .schedule.id;
    const qint64 second =
        import
            .importFile(
                b.clerk, b.clientId,
                b.writeCsv(s("b.csv"), kHeader + s("k-1,BIG,2025-02-26,2025-03-27,200.00\n")), at())
            .schedule.id;
    // As the books were before schema 8: both lines live, no keys.
    execStatement(b.db(), s("UPDATE invoices SET live_key = NULL"));
    execStatement(b.db(), s("UPDATE invoices SET invoice_key = '', status = 'pending', checks = "
                            "'[]', check_codes = '[]'"));
    MigrationRunner::fillInvoiceKeys(b.db());
    QCOMPARE(scalar(b.db(), s("SELECT COUNT(*) FROM invoices WHERE invoice_key = 'k-1'")), 2);
    QCOMPARE(scalar(b.db(),
                    s("SELECT COUNT(*) FROM invoices WHERE live_key = 'k-1' AND schedule_id = ?"),
                    {first}),
             1);
    QCOMPARE(scalar(b.db(),
                    s("SELECT COUNT(*) FROM invoices WHERE live_key IS NOT NULL AND "
                      "schedule_id = ?"),
                    {second}),
             0);
    const Schedule again = ScheduleApprovalService(b.db()).recheck(b.clerk, second);
    QVERIFY(again.lines[0].hasCheck(CheckCode::duplicateInvoiceNo()));
    QCOMPARE(again.lines[0].status, s("rejected"));
}

// Two clerks import the same file at the same moment, round after round: exactly one
// schedule holds the invoices, the other is stored with every line refused as a duplicate,
// and neither clerk sees a driver error.
void tst_Duplicates::concurrentImports()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const int rounds = 6;
    const int linesPerFile = 30;
    QString bin = qEnvironmentVariable("FACTORDESK_BIN");
    for (int round = 0; round < rounds; ++round) {
        QString text = kHeader;
        for (int i = 1; i <= linesPerFile; ++i)
            text += QStringLiteral("R%1-%2,BIG,2025-02-25,2025-03-27,%3.00\n")
                        .arg(round)
                        .arg(i)
                        .arg(10 + i);
        const QString file = b.writeCsv(QStringLiteral("r%1.csv").arg(round), text);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("FACTORDESK_PASSWORD"), s("pw"));
        env.insert(s("FACTORDESK_TODAY"), s("2025-03-01"));
        QList<QProcess *> clerks;
        for (int c = 0; c < 2; ++c) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            clerks << p;
        }
        for (QProcess *p : clerks)
            p->start(bin + s("/factordesk-cli"),
                     {s("--db"), b.spec(), s("--user"), s("clerk"), s("schedule"), s("import"),
                      s("ACME"), file, s("--date"), s("2025-03-01")});
        for (QProcess *p : clerks)
            p->waitForFinished(120000);
        for (QProcess *p : clerks) {
            QCOMPARE(p->state(), QProcess::NotRunning);
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err));
            QVERIFY2(!err.contains(s("database refused")), qPrintable(err));
            QVERIFY2(!err.contains(s("ERROR")), qPrintable(err));
            delete p;
        }
        const QString like = QStringLiteral("r%1-%").arg(round);
        QCOMPARE(scalar(b.db(),
                        s("SELECT COUNT(*) FROM invoices WHERE invoice_key LIKE ? AND live_key "
                          "IS NOT NULL"),
                        {like}),
                 qint64(linesPerFile));
        QCOMPARE(scalar(b.db(),
                        s("SELECT COUNT(DISTINCT schedule_id) FROM invoices WHERE invoice_key "
                          "LIKE ? AND status = 'pending'"),
                        {like}),
                 qint64(1));
        QCOMPARE(scalar(b.db(),
                        s("SELECT COUNT(*) FROM invoices WHERE invoice_key LIKE ? AND status = "
                          "'rejected' AND check_codes LIKE '%duplicate_invoice_no%'"),
                        {like}),
                 qint64(linesPerFile));
    }
}

QTEST_GUILESS_MAIN(tst_Duplicates)
#include "tst_duplicates.moc"
