#pragma once

// Journal entries for the journal tests: euro amounts, one-sided lines and the seed-003
// purchase (docs/domain.md §7).
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QDate>

namespace FactorDesk::Test {

inline const Currency EUR(QStringLiteral("EUR"));

inline Money eur(qint64 minor)
{
    return Money::fromMinor(minor, EUR);
}

inline JournalLine debit(const QString &account, qint64 minor)
{
    JournalLine l;
    l.account = account;
    l.debit = eur(minor);
    return l;
}

inline JournalLine credit(const QString &account, qint64 minor)
{
    JournalLine l;
    l.account = account;
    l.credit = eur(minor);
    return l;
}

// Seed 003: invoice 1,000,000.00 bought at 93 % advance and 2 % commission.
inline JournalEntry purchase(QDate date = QDate(2026, 3, 2))
{
    JournalEntry e;
    e.date = date;
    e.currency = EUR;
    e.kind = QStringLiteral("purchase");
    e.memo = QStringLiteral("Schedule 1");
    e.lines = {debit(Accounts::factoredReceivables(), 100000000),
               credit(Accounts::bank(), 93000000), credit(Accounts::commissionIncome(), 2000000),
               credit(Accounts::clientReserves(), 5000000)};
    return e;
}

// The seed 003 purchase of an invoice of its own (seedInvoice): lines on factored receivables
// name their invoice.
inline JournalEntry purchase(Database &db, QDate date = QDate(2026, 3, 2))
{
    JournalEntry e = purchase(date);
    e.lines[0].invoiceId = seedInvoice(db, e.lines[0].debit.minor());
    return e;
}

inline int count(Database &db, const QString &table)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt();
}

} // namespace FactorDesk::Test
