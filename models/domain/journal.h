#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// The value types of the factor's journal (docs/domain.md §7): the chart of accounts, an entry and
// its lines. Pure data: PostingBuilder makes balanced entries of them, JournalService stores
// and reads them.

// The chart of accounts of docs/domain.md §7, created by the migrations.
namespace Accounts {
inline QString bank()
{
    return QStringLiteral("1000");
}
inline QString factoredReceivables()
{
    return QStringLiteral("1100");
}
inline QString recourseReceivable()
{
    return QStringLiteral("1200");
}
inline QString clientReserves()
{
    return QStringLiteral("2100");
}
inline QString unappliedCash()
{
    return QStringLiteral("2200");
}
// Owed to clients and approved, not yet sent by a payment run (advances, reserve releases).
inline QString paymentsDue()
{
    return QStringLiteral("2300");
}
inline QString commissionIncome()
{
    return QStringLiteral("4000");
}
inline QString discountFeeIncome()
{
    return QStringLiteral("4100");
}
inline QString interestIncome()
{
    return QStringLiteral("4200");
}
// Per-item charges, minimum-fee top-ups and penalty interest.
inline QString chargesIncome()
{
    return QStringLiteral("4300");
}
inline QString creditLosses()
{
    return QStringLiteral("5000");
}
} // namespace Accounts

// Funds employed of a client (docs/domain.md §6) = open factored receivables − reserve balance: the
// debit-minus-credit balance of these accounts, tagged with the client. The one definition,
// used by the journal's balances and by what a draft entry would change.
namespace FundsEmployed {
inline QStringList accounts()
{
    return {Accounts::factoredReceivables(), Accounts::clientReserves()};
}
} // namespace FundsEmployed

struct JournalLine
{
    QString account; // account code
    Money debit;
    Money credit;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    qint64 invoiceId = 0;
    QString memo;
};

struct JournalEntry
{
    qint64 id = 0;
    QDate date;
    Currency currency;
    QString kind; // purchase, payment, reversal, ...
    QString memo;
    qint64 reversesId = 0;
    qint64 scheduleId = 0;
    qint64 clientId = 0;
    QString postedBy;
    QString postedAt;
    QList<JournalLine> lines;
};

} // namespace FactorDesk
