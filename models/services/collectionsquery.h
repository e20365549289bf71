#pragma once

#include "collectionsservice.h"
#include "money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

// One overdue invoice on the worklist, with its own latest note.
struct WorklistInvoice
{
    qint64 invoiceId = 0;
    QString invoiceNo;
    QString clientCode;
    QDate invoiceDate;
    QDate dueDate;
    int daysOverdue = 0;
    Money amount;
    Money open; // open balance from the journal
    std::optional<CollectionNote> latestNote;
};

// A debtor's overdue invoices in one currency, with what its notes say is next.
struct WorklistDebtor
{
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    Money overdue; // Σ open balance of its overdue invoices
    int maxDaysOverdue = 0;
    std::optional<CollectionNote> latestNote;
    std::optional<CollectionNote> latestPromise; // the newest note with a promised date
    QDate nextFollowUp;                          // the follow-up of the newest note
    bool followUpDue = false;                    // nextFollowUp on or before the as-of day
    QList<WorklistInvoice> invoices;             // oldest due date first
};

struct WorklistFilter
{
    qint64 clientId = 0; // only this client's invoices
    qint64 debtorId = 0; // only this debtor
    QDate asOf;          // invalid: today (the business date)
};

// The collections worklist (docs/domain.md §9): funded invoices with an open balance in the
// journal and a due date before the as-of day, grouped by debtor (and currency). Debtors whose
// follow-up is due on or before that day come first, then by amount overdue, largest first.
// Read-only, any signed-in user.
class CollectionsQuery
{
public:
    explicit CollectionsQuery(Database &db)
        : m_db(db)
    {}

    QList<WorklistDebtor> worklist(const WorklistFilter &filter = {}) const;

    // The order of the worklist, one place: follow-ups due first, then the larger amount
    // overdue, then the debtor's code.
    static bool comesBefore(const WorklistDebtor &a, const WorklistDebtor &b);

private:
    Database &m_db;
};

} // namespace FactorDesk
