#pragma once

#include "dispute.h"
#include "session.h"

namespace FactorDesk {

class Database;

struct DisputeInput
{
    QString clientCode;
    QString invoiceNo;
    Money amount;
    QString reasonCode;
    QString note;
    qint64 receiptId = 0; // the short payment it comes from (0: opened by hand)
};

// Debtors' deductions and disputes (docs/domain.md §4.6, §9). Opening one posts nothing: it
// records the amount in dispute, which is not counted for a reserve release while open, and
// no more than is open on the invoice can be disputed. Resolving it: paid (closed, nothing
// posted), credited (a credit note of the disputed amount) or charged back (a chargeback to
// the client, a manager's act). Clerks and managers.
class DisputeService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::DisputeService)
public:
    explicit DisputeService(Database &db)
        : m_db(db)
    {}

    static QList<DisputeReason> reasons() { return DisputeReasons::all(); }

    qint64 open(const Session &who, const DisputeInput &in);
    void resolve(const Session &who, qint64 id, DisputeResolution resolution, const QString &note);
    Dispute get(qint64 id) const;
    // Newest first.
    QList<Dispute> list(bool openOnly) const;
    // What is in open dispute on one invoice (minor units).
    qint64 openAmount(qint64 invoiceId) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
