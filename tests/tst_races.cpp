// Concurrent clerks and managers on one shared book (issue 9, "Concurrent clerks on
// PostgreSQL"): two real factordesk-cli processes act on the same schedule at the same moment,
// round after round, on the test PostgreSQL server, and every round must end in exactly one
// outcome: one purchase entry and one payment per funded schedule, no approval lost, no
// rejected schedule revived or bought, a duplicate import flagged, and the loser told so in a
// plain sentence (never the driver's text). The books verify afterwards. The figures printed
// at the end are the ones the README's reliability section quotes.
//
// Also: an administrator's change to a user holds from that user's next act, on an open
// connection (roles are read again at each act).

#include "debtorservice.h"
#include "error.h"
#include "journal.h"
#include "ledger.h"
#include "scheduleapprovalservice.h"
#include "schedulefixture.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "transaction.h"
#include "userservice.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>
#include <memory>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Driver text that must never reach a clerk.
bool rawDriverText(const QString &text)
{
    for (const char *raw :
         {"SQLSTATE", "ERROR:", "QPSQL", "deadlock", "could not serialize", "duplicate key",
          "violates", "unexpected failure", "The database refused", "FactorDesk:"})
        if (text.contains(QLatin1String(raw), Qt::CaseInsensitive))
            return true;
    return false;
}

// A refusal as a clerk should read it: one "factordesk-cli: ..." sentence, no driver text.
bool plainRefusal(const Outcome &o)
{
    return o.exitCode != 0 && o.err.startsWith(s("factordesk-cli: ")) && !rawDriverText(o.err);
}

QString describe(const Outcome &o)
{
    return QStringLiteral("exit %1: %2").arg(o.exitCode).arg(o.err.trimmed());
}

} // namespace

class tst_Races : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fundAgainstFund();
    void recheckAgainstApproveAndFund();
    void rejectAgainstFund();
    void approveAgainstReject();
    void sameFileTwice();
    void booksVerify();
    void databaseKeepsOnePurchase_data() { addEngineRows(); }
    void databaseKeepsOnePurchase();
    void lockedScheduleGivesPlainSentence_data() { addEngineRows(); }
    void lockedScheduleGivesPlainSentence();
    void userDisabledStopsAtOnce_data() { addEngineRows(); }
    void userDisabledStopsAtOnce();

private:
    // ---- the two processes ----
    std::unique_ptr<QProcess> start(const QString &user, QStringList args)
    {
        args = QStringList{s("--db"), m_books->spec(), s("--user"), user} + args;
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(s("FACTORDESK_USER"));
        env.remove(s("FACTORDESK_DB"));
        env.insert(s("FACTORDESK_PASSWORD"), s("pw"));
        env.insert(s("FACTORDESK_TODAY"), s("2025-03-01"));
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("FACTORDESK_BIN") + s("/factordesk-cli"), args);
        p->closeWriteChannel();
        return p;
    }
    static Outcome finish(QProcess &p)
    {
        if (!p.waitForFinished(60000))
            p.kill();
        Outcome o;
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }
    // Runs both at once and waits for both.
    std::pair<Outcome, Outcome> race(const QString &userA, const QStringList &a,
                                     const QString &userB, const QStringList &b)
    {
        auto pa = start(userA, a);
        auto pb = start(userB, b);
        const Outcome oa = finish(*pa);
        const Outcome ob = finish(*pb);
        return {oa, ob};
    }

    // ---- the books ----
    // A schedule file of two invoices whose numbers and amounts no other round uses (so no
    // round's checks see another's lines as duplicates).
    QString writeFile(const QString &tag, int round)
    {
        const int base = 1000 + 10 * m_files++;
        QString text = s("Invoice Number;Debtor Code;Invoice Date;Due Date;Amount\n");
        for (int line = 1; line <= 2; ++line)
            text += QStringLiteral("%1-%2-%3;BIG;2025-02-25;2025-03-27;%4.%5\n")
                        .arg(tag)
                        .arg(round)
                        .arg(line)
                        .arg(base + line)
                        .arg(round % 100, 2, 10, QLatin1Char('0'));
        return m_books->writeCsv(QStringLiteral("%1-%2.csv").arg(tag).arg(round), text);
    }
    Schedule imported(const QString &tag, int round)
    {
        ScheduleImportOptions o;
        o.date = QDate(2025, 3, 1);
        return ScheduleImportService(m_books->db())
            .importFile(m_books->clerk, m_books->clientId, writeFile(tag, round), o)
            .schedule;
    }
    Schedule approved(const QString &tag, int round)
    {
        const Schedule sc = imported(tag, round);
        return ScheduleApprovalService(m_books->db()).approve(m_books->manager, sc.id);
    }
    qint64 count(const QString &sql, qint64 id)
    {
        return SqlQuery(m_books->db(), sql).bind(id).scalar().toLongLong();
    }
    qint64 purchases(qint64 scheduleId)
    {
        return count(s("SELECT count(*) FROM journal_entries WHERE schedule_id = ? AND kind = "
                       "'purchase'"),
                     scheduleId);
    }
    qint64 payments(qint64 scheduleId)
    {
        return count(s("SELECT count(*) FROM client_payments WHERE schedule_id = ?"), scheduleId);
    }
    QString status(qint64 scheduleId)
    {
        return SqlQuery(m_books->db(), s("SELECT status FROM schedules WHERE id = ?"))
            .bind(scheduleId)
            .scalar()
            .toString();
    }

    // ---- the figures ----
    int rounds() const
    {
        const int n = qEnvironmentVariableIntValue("FACTORDESK_RACE_ROUNDS");
        return n > 0 ? n : 20;
    }
    // Counts an anomaly (and says what it was) instead of stopping at the first one, so the
    // figures cover every round.
    void anomaly(const char *pair, int round, const QString &what)
    {
        ++m_anomalies[QLatin1String(pair)];
        qWarning("%s round %d: %s", pair, round, qPrintable(what));
    }
    void report(const char *pair, const QElapsedTimer &timer)
    {
        const int found = m_anomalies.value(QLatin1String(pair));
        m_totalRounds += rounds();
        m_totalAnomalies += found;
        qInfo("races %s: %d rounds, %d anomalies (%lld ms)", pair, rounds(), found,
              timer.elapsed());
        QCOMPARE(found, 0);
    }

    std::unique_ptr<ScheduleBooks> m_books;
    int m_files = 0;
    int m_totalRounds = 0;
    int m_totalAnomalies = 0;
    QHash<QString, int> m_anomalies;
};

void tst_Races::initTestCase()
{
    m_books = std::make_unique<ScheduleBooks>(s("postgres"));
    QVERIFY(!qEnvironmentVariable("FACTORDESK_BIN").isEmpty());
}

void tst_Races::fundAgainstFund()
{
    QElapsedTimer timer;
    timer.start();
    const char *pair = "fund/fund";
    for (int round = 1; round <= rounds(); ++round) {
        const Schedule sc = approved(s("FF"), round);
        const QStringList fund{s("schedule"),      s("fund"),       sc.number,
                               s("--date"),        s("2025-03-01"), s("--over-availability"),
                               s("test: accepted")};
        const auto [a, b] = race(s("manager"), fund, s("boss"), fund);
        if ((a.exitCode == 0) == (b.exitCode == 0))
            anomaly(pair, round,
                    s("not exactly one funding: ") + describe(a) + s(" / ") + describe(b));
        const Outcome &loser = a.exitCode == 0 ? b : a;
        if (!plainRefusal(loser))
            anomaly(pair, round, s("the loser was not told plainly: ") + describe(loser));
        if (purchases(sc.id) != 1 || payments(sc.id) != 1 || status(sc.id) != s("funded"))
            anomaly(pair, round,
                    QStringLiteral("%1 purchase entries, %2 payments, status %3")
                        .arg(purchases(sc.id))
                        .arg(payments(sc.id))
                        .arg(status(sc.id)));
    }
    report(pair, timer);
}

void tst_Races::recheckAgainstApproveAndFund()
{
    QElapsedTimer timer;
    timer.start();
    const char *pair = "recheck/approve+fund";
    for (int round = 1; round <= rounds(); ++round) {
        const Schedule sc = imported(s("RA"), round);
        // A clerk rechecks while a manager approves and then funds.
        auto recheck = start(s("clerk"), {s("schedule"), s("recheck"), sc.number});
        auto approve = start(s("manager"), {s("schedule"), s("approve"), sc.number});
        const Outcome approval = finish(*approve);
        auto fund =
            start(s("manager"), {s("schedule"), s("fund"), sc.number, s("--date"), s("2025-03-01"),
                                 s("--over-availability"), s("test: accepted")});
        const Outcome check = finish(*recheck);
        const Outcome funding = finish(*fund);
        if (approval.exitCode != 0 || funding.exitCode != 0)
            anomaly(pair, round,
                    s("approval lost or funding refused: ") + describe(approval) + s(" / ") +
                        describe(funding));
        if (check.exitCode != 0 && !plainRefusal(check))
            anomaly(pair, round, s("the recheck was not refused plainly: ") + describe(check));
        if (purchases(sc.id) != 1 || status(sc.id) != s("funded"))
            anomaly(pair, round,
                    QStringLiteral("%1 purchase entries, status %2")
                        .arg(purchases(sc.id))
                        .arg(status(sc.id)));
    }
    report(pair, timer);
}

void tst_Races::rejectAgainstFund()
{
    QElapsedTimer timer;
    timer.start();
    const char *pair = "reject/fund";
    for (int round = 1; round <= rounds(); ++round) {
        const Schedule sc = approved(s("RF"), round);
        const auto [rejection, funding] =
            race(s("manager"), {s("schedule"), s("reject"), sc.number, s("--reason"), s("race")},
                 s("boss"),
                 {s("schedule"), s("fund"), sc.number, s("--date"), s("2025-03-01"),
                  s("--over-availability"), s("test: accepted")});
        if ((rejection.exitCode == 0) == (funding.exitCode == 0)) {
            anomaly(pair, round,
                    s("not exactly one of them succeeded: ") + describe(rejection) + s(" / ") +
                        describe(funding));
            continue;
        }
        const bool funded = funding.exitCode == 0;
        if (!plainRefusal(funded ? rejection : funding))
            anomaly(pair, round,
                    s("the loser was not told plainly: ") + describe(funded ? rejection : funding));
        const QString want = funded ? s("funded") : s("rejected");
        if (status(sc.id) != want || purchases(sc.id) != (funded ? 1 : 0))
            anomaly(pair, round,
                    QStringLiteral("%1 won, but status %2 with %3 purchase entries")
                        .arg(want, status(sc.id))
                        .arg(purchases(sc.id)));
    }
    report(pair, timer);
}

void tst_Races::approveAgainstReject()
{
    QElapsedTimer timer;
    timer.start();
    const char *pair = "approve/reject";
    for (int round = 1; round <= rounds(); ++round) {
        const Schedule sc = imported(s("AR"), round);
        const auto [approval, rejection] =
            race(s("manager"), {s("schedule"), s("approve"), sc.number}, s("boss"),
                 {s("schedule"), s("reject"), sc.number, s("--reason"), s("race")});
        // Either order ends rejected: an approved schedule can still be rejected, a rejected
        // one is never approved again.
        if (rejection.exitCode != 0)
            anomaly(pair, round, s("the rejection failed: ") + describe(rejection));
        if (approval.exitCode != 0 && !plainRefusal(approval))
            anomaly(pair, round, s("the approval was not refused plainly: ") + describe(approval));
        if (status(sc.id) != s("rejected"))
            anomaly(pair, round, s("a rejected schedule came back as ") + status(sc.id));
        // ... and is never bought.
        try {
            ScheduleFundingService(m_books->db())
                .fund(m_books->manager, sc.id, QDate(2025, 3, 1), {},
                      FundingOptions{QStringLiteral("test: over the availability, accepted")});
            anomaly(pair, round, s("a rejected schedule was funded"));
        } catch (const Error &e) {
            if (e.kind() != Error::Kind::Conflict)
                anomaly(pair, round, s("funding it failed oddly: ") + e.message());
        }
        if (purchases(sc.id) != 0)
            anomaly(pair, round, s("a rejected schedule has a purchase entry"));
    }
    report(pair, timer);
}

void tst_Races::sameFileTwice()
{
    QElapsedTimer timer;
    timer.start();
    const char *pair = "import/import";
    ScheduleApprovalService approvals(m_books->db());
    ScheduleFundingService funding(m_books->db());
    for (int round = 1; round <= rounds(); ++round) {
        const QString file = writeFile(s("II"), round);
        const QStringList import{s("schedule"), s("import"), s("ACME"),
                                 file,          s("--date"), s("2025-03-01")};
        const auto [a, b] = race(s("clerk"), import, s("manager"), import);
        for (const Outcome &o : {a, b})
            if (o.exitCode != 0 && !plainRefusal(o))
                anomaly(pair, round, s("an import was not refused plainly: ") + describe(o));
        // Exactly one schedule holds the lines unflagged; the other one (if stored) has every
        // line flagged as a duplicate.
        SqlQuery q(m_books->db(),
                   s("SELECT s.id, sum(CASE WHEN i.check_codes LIKE '%duplicate_invoice_no%' "
                     "THEN 1 ELSE 0 END), count(*) FROM schedules s JOIN invoices i ON "
                     "i.schedule_id = s.id WHERE s.source_file = ? GROUP BY s.id ORDER BY s.id"));
        q.bind(QFileInfo(file).fileName()).exec();
        int clean = 0;
        int flagged = 0;
        QList<qint64> ids;
        while (q.next()) {
            ids << q.int64(0);
            if (q.int64(1) == 0)
                ++clean;
            else if (q.int64(1) == q.int64(2))
                ++flagged;
        }
        if (clean != 1 || clean + flagged != ids.size())
            anomaly(pair, round,
                    QStringLiteral("%1 schedules: %2 unflagged, %3 flagged as duplicates")
                        .arg(ids.size())
                        .arg(clean)
                        .arg(flagged));
        // Buying both buys each invoice once.
        for (qint64 id : std::as_const(ids)) {
            try {
                approvals.approve(m_books->manager, id);
                funding.fund(
                    m_books->manager, id, QDate(2025, 3, 1), {},
                    FundingOptions{QStringLiteral("test: over the availability, accepted")});
            } catch (const Error &) {
                // the flagged one has nothing to buy
            }
        }
        SqlQuery twice(m_books->db(),
                       s("SELECT count(*) FROM (SELECT invoice_no FROM invoices WHERE client_id "
                         "= ? AND status = 'open' AND invoice_no LIKE ? GROUP BY invoice_no "
                         "HAVING count(*) > 1) t"));
        twice.bind(m_books->clientId).bind(QStringLiteral("II-%1-%").arg(round));
        if (twice.scalar().toLongLong() != 0)
            anomaly(pair, round, s("an invoice was bought twice"));
    }
    report(pair, timer);
}

void tst_Races::booksVerify()
{
    auto p = start(s("manager"), {s("books"), s("verify")});
    const Outcome o = finish(*p);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o) + o.out));
    qInfo("races: %d rounds of two concurrent factordesk-cli processes on PostgreSQL, %d "
          "anomalies; books verify: exit %d",
          m_totalRounds, m_totalAnomalies, o.exitCode);
}

void tst_Races::databaseKeepsOnePurchase()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportOptions o;
    o.date = QDate(2025, 3, 1);
    const auto schedule = [&](const char *name, const char *invoice) {
        const QString file =
            b.writeCsv(s(name), s("Invoice Number;Debtor Code;Invoice Date;Due Date;Amount\n") +
                                    s(invoice) + s(";BIG;2025-02-25;2025-03-27;100.00\n"));
        return ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, o).schedule;
    };
    const Schedule sc = schedule("one.csv", "P-1");
    ScheduleApprovalService(b.db()).approve(b.manager, sc.id);
    const FundingResult funded = ScheduleFundingService(b.db()).fund(
        b.manager, sc.id, QDate(2025, 3, 1), {},
        FundingOptions{QStringLiteral("test: over the availability, accepted")});

    // A second purchase entry for the schedule, posted past the services: refused.
    const Currency eur(s("EUR"));
    const auto entry = [&](const QString &kind, qint64 reverses) {
        JournalEntry e;
        e.date = QDate(2025, 3, 2);
        e.currency = eur;
        e.kind = kind;
        e.memo = kind;
        e.scheduleId = sc.id;
        e.clientId = b.clientId;
        e.reversesId = reverses;
        JournalLine d;
        d.account = Accounts::commissionIncome();
        d.debit = Money::fromMinor(100, eur);
        d.credit = Money::fromMinor(0, eur);
        JournalLine c;
        c.account = Accounts::bank();
        c.debit = Money::fromMinor(0, eur);
        c.credit = Money::fromMinor(100, eur);
        if (reverses > 0)
            std::swap(d.account, c.account);
        e.lines = {d, c};
        return e;
    };
    JournalService journal(b.db());
    try {
        journal.post(b.manager, entry(s("purchase"), 0));
        QFAIL("a second purchase entry was posted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    // Once the purchase is reversed, the schedule may be bought again.
    journal.post(b.manager, entry(s("reversal"), funded.journalEntryId));
    QVERIFY(journal.post(b.manager, entry(s("purchase"), 0)) > 0);

    // A funded schedule becomes approved again only; a rejected one stays rejected.
    QVERIFY_THROWS_EXCEPTION(
        Error, SqlQuery(b.db(), s("UPDATE schedules SET status = 'submitted' WHERE id = ?"))
                   .bind(sc.id)
                   .exec());
    const Schedule other = schedule("two.csv", "P-2");
    ScheduleApprovalService(b.db()).reject(b.manager, other.id, s("no"));
    QVERIFY_THROWS_EXCEPTION(
        Error, SqlQuery(b.db(), s("UPDATE schedules SET status = 'approved' WHERE id = ?"))
                   .bind(other.id)
                   .exec());
}

void tst_Races::lockedScheduleGivesPlainSentence()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    ScheduleImportOptions o;
    o.date = QDate(2025, 3, 1);
    const QString file = b.writeCsv(s("locked.csv"), s("Invoice Number;Debtor Code;Invoice Date;"
                                                       "Due Date;Amount\nL-1;BIG;2025-02-25;"
                                                       "2025-03-27;100.00\n"));
    const Schedule sc =
        ScheduleImportService(b.db()).importFile(b.clerk, b.clientId, file, o).schedule;
    // A second manager's connection that waits only briefly for a lock.
    auto other = Database::open(b.spec());
    const Session manager = UserService(*other).login(s("manager"), s("pw"));
    execStatement(*other, engine == s("postgres") ? s("SET lock_timeout = '50ms'")
                                                  : s("PRAGMA busy_timeout = 50"));
    {
        // Another act holds the schedule (on SQLite: the write lock) all the while.
        Transaction hold(b.db());
        QVERIFY(lockRow(b.db(), s("schedules"), sc.id));
        try {
            ScheduleApprovalService(*other).approve(manager, sc.id);
            QFAIL("approved a schedule another act holds");
        } catch (const Error &e) {
            // Retried, then one plain sentence: no driver text, no SQLSTATE.
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QCOMPARE(e.message(), ScheduleApprovalService::concurrentChange());
        }
    }
    // Once the other act is over, the same act goes through.
    QCOMPARE(ScheduleApprovalService(*other).approve(manager, sc.id).status,
             ScheduleStatus::Approved);
}

void tst_Races::userDisabledStopsAtOnce()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    UserService admins(b.db());
    // The clerk and the analyst work on their own open connection to the same books.
    auto desk = Database::open(b.spec());
    const Session clerk = UserService(*desk).login(s("clerk"), s("pw"));
    const Session analyst = UserService(*desk).login(s("analyst"), s("pw"));
    DebtorService debtors(*desk);
    Debtor d;
    d.code = s("NEW1");
    d.name = s("New One");
    QVERIFY(debtors.add(clerk, d) > 0);

    // The administrator disables the clerk on another connection: the clerk's next act fails.
    admins.setActive(b.admin, admins.find(s("clerk")).id, false);
    d.code = s("NEW2");
    try {
        debtors.add(clerk, d);
        QFAIL("a disabled user could still act");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Authentication);
    }
    // A role granted holds at once too, and one taken away.
    try {
        debtors.add(analyst, d);
        QFAIL("an analyst added a debtor");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Permission);
    }
    admins.setRoles(b.admin, admins.find(s("analyst")).id, Roles(Role::Analyst) | Role::Clerk);
    QVERIFY(debtors.add(analyst, d) > 0);
    admins.setRoles(b.admin, admins.find(s("analyst")).id, Role::Analyst);
    d.code = s("NEW3");
    QVERIFY_THROWS_EXCEPTION(Error, debtors.add(analyst, d));
}

QTEST_GUILESS_MAIN(tst_Races)
#include "tst_races.moc"
