#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

// The client statement of docs/domain.md §8 as pure data: what StatementQuery reads from the
// journal and what the report renders, prints and exports. Every amount is in the client's
// currency. Balances are signed as the client reads them: receivables, funds employed and the
// recourse receivable are what the client owes (debit balances), the reserve and payments due
// are what the factor owes the client (credit balances); a negative figure is the other way
// round.

// The five balances the statement follows.
struct StatementBalances
{
    Money receivables;   // 1100 Factored receivables
    Money reserve;       // 2100 Client reserves (credit balance)
    Money fundsEmployed; // receivables − reserve (FundsEmployed::accounts())
    Money recourse;      // 1200 Recourse receivable from the client
    Money paymentsDue;   // 2300 Payments due to the client (credit balance)

    StatementBalances &operator+=(const StatementBalances &other)
    {
        receivables += other.receivables;
        reserve += other.reserve;
        fundsEmployed += other.fundsEmployed;
        recourse += other.recourse;
        paymentsDue += other.paymentsDue;
        return *this;
    }
    // By amount (a zero without a currency equals a zero in euros).
    friend bool operator==(const StatementBalances &a, const StatementBalances &b)
    {
        return a.receivables.minor() == b.receivables.minor() &&
               a.reserve.minor() == b.reserve.minor() &&
               a.fundsEmployed.minor() == b.fundsEmployed.minor() &&
               a.recourse.minor() == b.recourse.minor() &&
               a.paymentsDue.minor() == b.paymentsDue.minor();
    }
};

// One journal entry's effect on the client's balances.
struct StatementMovement
{
    qint64 entryId = 0;
    QDate date;
    QString kind;      // the journal kind: purchase, receipt, interest, ...
    QString kindLabel; // translated
    QString reference; // schedule number, receipt reference, invoice numbers
    QString working;   // how a fee or interest was worked out (empty for other kinds)
    StatementBalances effect;
};

// An invoice still open at the end of the period, with its aging by days past due.
struct StatementInvoice
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    QString debtor; // name (code when it has none)
    QDate invoiceDate;
    QDate dueDate;
    Money face;
    Money open; // from the journal: its factored receivables lines up to the end
    int daysPastDue = 0;
    int bucket = 0; // index into StatementAging::labels(): 0 current … 4 over 90 days
};

struct StatementAging
{
    static constexpr int Buckets = 5;
    Money amounts[Buckets];
    static int bucketOf(int daysPastDue)
    {
        if (daysPastDue <= 0)
            return 0;
        if (daysPastDue <= 30)
            return 1;
        if (daysPastDue <= 60)
            return 2;
        if (daysPastDue <= 90)
            return 3;
        return 4;
    }
};

struct StatementAvailability
{
    bool hasTerms = false;
    Rate advanceRate;
    Money eligible; // eligible part of the open invoices at the end
    Money fundsEmployed;
    Money overAdvanceLimit;
    Money available;
};

struct ClientStatement
{
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    QString clientAddress;
    Currency currency;
    QDate from;
    QDate to;
    QDate asOf; // lines dated after it are left out
    QDate end;  // the last day counted: the earlier of `to` and `asOf`

    StatementBalances opening; // at the end of the day before `from`
    QList<StatementMovement> movements;
    StatementBalances totals;  // the sum of the movements
    StatementBalances closing; // at the end of `end`

    QList<StatementInvoice> openInvoices;
    StatementAging aging;
    Money openTotal;
    StatementAvailability availability;

    // opening + totals == closing, balance by balance.
    bool ties() const
    {
        StatementBalances sum = opening;
        sum += totals;
        return sum == closing;
    }
};

} // namespace FactorDesk
