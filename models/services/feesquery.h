#pragma once

#include "discountfee.h"
#include "interestcalc.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

// One collected (or charged-back) amount of an invoice and the discount fee on it.
struct CollectionFee
{
    qint64 sourceLineId = 0; // the credit on factored receivables
    qint64 entryId = 0;
    QString kind; // receipt, cash_application, chargeback
    QDate posted; // the collection entry's date
    qint64 clientId = 0;
    qint64 invoiceId = 0;
    QString invoiceNo;
    DiscountFeeWorking working;
    qint64 chargedEntryId = 0; // the discount_fee entry that charged it; 0: not yet
    bool reversed = false;     // its receipt was reversed: no fee is due on it
    qint64 refundEntryId = 0;  // the entry that refunded the fee charged on it
};

// The working of an invoice's discount fees.
struct InvoiceFees
{
    QString client; // code
    qint64 invoiceId = 0;
    QString invoiceNo;
    Money face;
    QDate purchased;
    QList<CollectionFee> collections;
    Money total; // sum of the fees, each rounded once
};

// The interest of a client for a month, day by day.
struct InterestMonth
{
    QString client;
    QString month; // "2026-03"
    InterestWorking working;
    qint64 postedEntryId = 0; // the month's interest entry, once posted
};

// The figures of docs/domain.md §10 read from the journal (no writes). A fee is computed from
// the invoice's purchase entry (its date), the collections on factored receivables (journal
// kinds receipt, cash_application and chargeback, each line tagged with its invoice; a
// receipt's value date is the collection date) and the agreement in force on the purchase day.
// Interest is computed from the client's funds employed at the end of each day
// (FundsEmployed::accounts(), entries dated on or before the day) and the agreement and base
// rate in force that day. The end-of-day run posts exactly these figures.
class FeesQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::FeesQuery)
public:
    explicit FeesQuery(Database &db)
        : m_db(db)
    {}

    // Throws Error(NotFound) for an unknown client or an invoice it has not sold.
    InvoiceFees invoiceFees(const QString &clientCode, const QString &invoiceNo) const;
    // The collections posted on `day` that no discount fee has charged yet.
    QList<CollectionFee> unchargedCollections(QDate day) const;

    // The working from `from` to `to` inclusive for one client.
    InterestWorking interest(qint64 clientId, QDate from, QDate to) const;
    // `month` is "YYYY-MM". Throws Error(Validation) for a bad month, Error(NotFound) for an
    // unknown client.
    InterestMonth interestMonth(const QString &clientCode, const QString &month) const;
    // One day's interest inputs for every client with an agreement charging interest, from one
    // pass over the journal that sums funds employed by client.
    QHash<qint64, InterestDayInput> interestInputsOn(QDate day) const;

private:
    QList<CollectionFee> collections(const QString &where, const QVariant &value) const;
    Database &m_db;
};

} // namespace FactorDesk
