// The invariants of the simulated year (see simulation.h), each rebuilt from journal_lines by
// account and tag with plain SQL and compared with what the program's own services report.
#include "simulation.h"

#include "availabilityquery.h"
#include "booksverifier.h"
#include "invoiceledger.h"
#include "journal.h"
#include "ledger.h"
#include "reservequery.h"
#include "sqlquery.h"

#include <QElapsedTimer>

namespace FactorDesk::Test {

int Simulation::check(QDate day)
{
    if (!day.isValid())
        day = m_lastDay;
    const int before = m_result.breaks;
    // The seals and the closed months' statements cost the most: on their days only.
    const bool last = day == m_config.start.addDays(m_config.days - 1);
    const bool deep =
        last || m_config.statementCheckEvery <= 1 || m_dayIndex % m_config.statementCheckEvery == 0;
    QElapsedTimer t;
    const auto lap = [&](const char *what) {
        m_result.msByStep[QLatin1String(what)] += t.restart();
    };
    t.start();
    checkEntries(deep);
    lap("check entries and seals");
    checkTrialBalance(day);
    lap("check trial balance");
    checkInvoices(day);
    lap("check invoices");
    checkClients(day);
    lap("check clients");
    checkReleases();
    if (deep)
        checkStatements();
    lap("check statements");
    return m_result.breaks - before;
}

void Simulation::checkEntries(bool verifySeals)
{
    // Every entry balances and has the lines and total it was posted with.
    SqlQuery q(m_books.db(),
               QStringLiteral("SELECT e.id, e.kind, e.line_count, e.total, COUNT(l.id), "
                              "COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0) FROM "
                              "journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
                              "GROUP BY e.id, e.kind, e.line_count, e.total"));
    q.exec();
    qint64 entries = 0;
    while (q.next()) {
        ++entries;
        const qint64 debit = q.value(5).toLongLong();
        const qint64 credit = q.value(6).toLongLong();
        if (debit != credit || q.value(2).toLongLong() != q.value(4).toLongLong() ||
            q.value(3).toLongLong() != debit)
            broken(QStringLiteral("entry %1 (%2): %3 lines for %4, debits %5, credits %6, "
                                  "total %7")
                       .arg(q.value(0).toLongLong())
                       .arg(q.value(1).toString())
                       .arg(q.value(4).toLongLong())
                       .arg(q.value(2).toLongLong())
                       .arg(cents(debit), cents(credit), cents(q.value(3).toLongLong())));
    }
    m_result.checks += int(entries);
    if (!verifySeals)
        return;
    const BooksVerifier::Result v = BooksVerifier(m_books.db()).verify();
    if (!holds(v.ok))
        broken(QStringLiteral("books verify: %1").arg(v.problem));
}

void Simulation::checkTrialBalance(QDate day)
{
    SqlQuery q(m_books.db(), QStringLiteral("SELECT COALESCE(SUM(debit), 0), COALESCE(SUM(credit), "
                                            "0) FROM journal_lines WHERE entry_date <= ?"));
    q.bind(day.toString(Qt::ISODate)).exec();
    q.next();
    const qint64 debit = q.value(0).toLongLong();
    const qint64 credit = q.value(1).toLongLong();
    if (!holds(debit == credit))
        broken(QStringLiteral("the journal's debits %1 and credits %2")
                   .arg(cents(debit), cents(credit)));
    qint64 tbDebit = 0;
    qint64 tbCredit = 0;
    QHash<QString, qint64> shown;
    for (const AccountBalance &b : JournalService(m_books.db()).trialBalance(day)) {
        tbDebit += b.debit;
        tbCredit += b.credit;
        shown.insert(b.code, b.debit - b.credit);
    }
    if (!holds(tbDebit == tbCredit))
        broken(QStringLiteral("the trial balance: debits %1, credits %2")
                   .arg(cents(tbDebit), cents(tbCredit)));
    // Each account's line as the trial balance shows it, rebuilt.
    SqlQuery a(m_books.db(), QStringLiteral("SELECT a.code, COALESCE(SUM(l.debit - l.credit), 0) "
                                            "FROM accounts a LEFT JOIN journal_lines l ON "
                                            "l.account_id = a.id AND l.entry_date <= ? GROUP BY "
                                            "a.code"));
    a.bind(day.toString(Qt::ISODate)).exec();
    while (a.next()) {
        const QString code = a.value(0).toString();
        if (!holds(shown.value(code) == a.value(1).toLongLong()))
            broken(QStringLiteral("account %1: the trial balance shows %2, the journal holds %3")
                       .arg(code, cents(shown.value(code)), cents(a.value(1).toLongLong())));
    }
}

void Simulation::checkInvoices(QDate day)
{
    // Every bought invoice: its lines on factored receivables, the stored balance the lists
    // show and the invoice ledger's figure.
    SqlQuery q(m_books.db(),
               QStringLiteral("SELECT i.id, i.invoice_no, i.status, i.open_balance, "
                              "COALESCE(j.net, 0) FROM invoices i LEFT JOIN (SELECT invoice_id, "
                              "SUM(debit - credit) AS net FROM journal_lines WHERE account_id = ? "
                              "AND entry_date <= ? AND invoice_id IS NOT NULL GROUP BY "
                              "invoice_id) j ON j.invoice_id = i.id WHERE i.status <> 'pending' "
                              "AND i.status <> 'rejected'"));
    q.bind(m_receivablesAccount).bind(day.toString(Qt::ISODate)).exec();
    const QHash<qint64, qint64> ledger = InvoiceLedger(m_books.db()).openBalances(day);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString number = q.value(1).toString();
        const QString status = q.value(2).toString();
        const qint64 stored = q.value(3).toLongLong();
        const qint64 journal = q.value(4).toLongLong();
        if (!holds(stored == journal))
            broken(QStringLiteral("invoice %1 (%2): shown open %3, the journal "
                                  "holds %4")
                       .arg(number, status, cents(stored), cents(journal)));
        if (!holds(ledger.value(id) == journal))
            broken(QStringLiteral("invoice %1: the invoice ledger says %2, the journal holds %3")
                       .arg(number, cents(ledger.value(id)), cents(journal)));
        if (!holds(journal >= 0))
            broken(QStringLiteral("invoice %1: open balance %2 below zero")
                       .arg(number, cents(journal)));
        if (!holds((status == QLatin1String("open")) == (journal != 0)))
            broken(QStringLiteral("invoice %1: status %2 with %3 open")
                       .arg(number, status, cents(journal)));
    }
}

void Simulation::checkClients(QDate day)
{
    SqlQuery q(
        m_books.db(),
        QStringLiteral("SELECT l.client_id, l.account_id, SUM(l.debit - l.credit) FROM "
                       "journal_lines l WHERE l.client_id IS NOT NULL AND l.account_id IN "
                       "(?, ?, ?) AND l.entry_date <= ? GROUP BY l.client_id, l.account_id"));
    q.bind(m_receivablesAccount)
        .bind(m_reservesAccount)
        .bind(m_recourseAccount)
        .bind(day.toString(Qt::ISODate))
        .exec();
    QHash<qint64, qint64> receivables; // debit − credit
    QHash<qint64, qint64> reserve;     // credit − debit
    QHash<qint64, qint64> recourse;    // debit − credit
    while (q.next()) {
        const qint64 client = q.value(0).toLongLong();
        const qint64 account = q.value(1).toLongLong();
        const qint64 net = q.value(2).toLongLong();
        if (account == m_receivablesAccount)
            receivables.insert(client, net);
        else if (account == m_reservesAccount)
            reserve.insert(client, -net);
        else
            recourse.insert(client, net);
    }
    const ReserveQuery reserves(m_books.db());
    const InvoiceLedger ledger(m_books.db());
    const AvailabilityQuery availability(m_books.db());
    for (const qint64 id : std::as_const(m_clientIds)) {
        const QString code = m_clientCodes.value(id);
        const ReserveFigures f = reserves.figures(id, day);
        if (!holds(f.balance.minor() == reserve.value(id)))
            broken(QStringLiteral("client %1: reserve shown %2, the journal holds %3")
                       .arg(code, cents(f.balance.minor()), cents(reserve.value(id))));
        if (!holds(ledger.reserve(id, day) == reserve.value(id)))
            broken(
                QStringLiteral("client %1: the invoice ledger's reserve %2, the journal holds %3")
                    .arg(code, cents(ledger.reserve(id, day)), cents(reserve.value(id))));
        if (!holds(f.recourse.minor() == recourse.value(id)))
            broken(QStringLiteral("client %1: recourse shown %2, the journal holds %3")
                       .arg(code, cents(f.recourse.minor()), cents(recourse.value(id))));
        const qint64 employed = receivables.value(id) - reserve.value(id);
        const qint64 shown = availability.fundsEmployed(id, day);
        if (!holds(shown == employed))
            broken(QStringLiteral("client %1: funds employed shown %2, the journal "
                                  "holds %3")
                       .arg(code, cents(shown), cents(employed)));
        qint64 fromLedger = 0;
        for (const qint64 open : ledger.openBalances(day, id))
            fromLedger += open;
        if (!holds(fromLedger == receivables.value(id)))
            broken(QStringLiteral("client %1: its invoices' open balances add up to %2, its "
                                  "receivables are %3")
                       .arg(code, cents(fromLedger), cents(receivables.value(id))));
        if (!holds(f.held.minor() >= 0 && f.disputes.minor() >= 0 &&
                   f.interestAccrued.minor() >= 0))
            broken(
                QStringLiteral("client %1: a negative figure (held %2, disputes %3, interest %4)")
                    .arg(code, cents(f.held.minor()), cents(f.disputes.minor()),
                         cents(f.interestAccrued.minor())));
    }
}

void Simulation::checkReleases()
{
    SqlQuery q(m_books.db(), QStringLiteral("SELECT id, client_id, released, releasable FROM "
                                            "reserve_releases ORDER BY id"));
    q.exec();
    while (q.next())
        if (!holds(q.value(2).toLongLong() <= q.value(3).toLongLong()))
            broken(QStringLiteral("release %1 of client %2: %3 released, %4 releasable")
                       .arg(q.value(0).toLongLong())
                       .arg(m_clientCodes.value(q.value(1).toLongLong()))
                       .arg(cents(q.value(2).toLongLong()), cents(q.value(3).toLongLong())));
}

void Simulation::checkStatements()
{
    for (auto it = m_closedStatements.cbegin(); it != m_closedStatements.cend(); ++it) {
        const QDate from = QDate::fromString(it.key().first + QStringLiteral("-01"), Qt::ISODate);
        const QString now = statementCsv(it.key().second, from, from.addMonths(1).addDays(-1));
        if (now == it.value()) {
            holds(true);
            continue;
        }
        // Name the first line that differs.
        const QStringList was = it.value().split(QLatin1Char('\n'));
        const QStringList is = now.split(QLatin1Char('\n'));
        int line = 0;
        while (line < was.size() && line < is.size() && was.at(line) == is.at(line))
            ++line;
        if (!holds(false))
            broken(QStringLiteral("client %1, closed month %2: the statement changed at line "
                                  "%3: \"%4\" is now \"%5\"")
                       .arg(m_clientCodes.value(it.key().second), it.key().first)
                       .arg(line + 1)
                       .arg(was.value(line), is.value(line)));
    }
}

} // namespace FactorDesk::Test
