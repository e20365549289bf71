#pragma once

#include "collectionposting.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>

namespace FactorDesk {

class Database;

// The storage side of the collection services (internal to models/services): finding a
// client's bought invoice, and the one path by which a credit note, a chargeback or a credit
// loss is posted, written and followed by the invoice's cached open balance and status
// (docs/domain.md §7; `books verify` compares the cache with the journal). Every method runs
// inside the caller's Transaction; permissions are the callers'.
class CollectionStore
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CollectionStore)
public:
    explicit CollectionStore(Database &db)
        : m_db(db)
    {}

    struct Invoice
    {
        InvoiceRef ref;
        QString clientCode;
        QString debtorCode;
        Currency currency;
        QDate dueDate;
        qint64 amount = 0;
        qint64 openBalance = 0;
        qint64 eligible = 0;
        qint64 orderApprovalId = 0;
        QString status;
    };

    qint64 clientIdOf(const QString &clientCode) const;
    // The client's bought invoice of that number (the open one when it was bought again).
    // Throws Error(NotFound) when there is none, Error(Conflict) when it is not bought yet.
    Invoice invoiceOf(qint64 clientId, const QString &invoiceNo) const;
    Invoice invoice(qint64 invoiceId) const;
    // Refuses (Error(Validation), field "amount") an amount that is not positive, not in the
    // invoice's currency, or over what is open on it; gives the amount the invoice's currency.
    Money checkAmount(const Invoice &inv, Money amount) const;
    // The day an act is dated: `date`, or the books' business date when it is invalid (never
    // the calendar's date: the books may be working another day).
    QDate postingDay(QDate date) const;
    // The sum of the invoice's open disputes (minor units).
    qint64 openDisputes(qint64 invoiceId) const;

    enum class Source { Manual, Csv, Dispute, Recourse, Insolvency };
    // Each posts its entry, writes its record and follows the invoice; returns the record's id.
    qint64 postCreditNote(const Session &who, const Invoice &inv, Money amount, QDate date,
                          const QString &reference, Source source, int sourceLine = 0);
    qint64 postChargeback(const Session &who, const Invoice &inv, Money amount, QDate date,
                          const QString &reason, Source source);
    qint64 postCreditLoss(const Session &who, const Invoice &inv, Money amount, QDate date);

private:
    Invoice readInvoice(const QString &where, const QVariant &a, const QVariant &b = {}) const;
    // The stored open balance and status follow the entry just posted; an invoice charged back
    // in full is no longer live, so it can be bought again (schema 8 live_key, schema 12).
    void follow(const Invoice &inv, Money taken, const QString &settledStatus,
                qint64 chargebackId = 0);
    Database &m_db;
};

QString collectionSourceName(CollectionStore::Source s);

} // namespace FactorDesk
