#pragma once

#include "reserve.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// A reserve release as it was made (reserve_releases): the figures it was released by (before
// the interest posted with it), the interest posted with it and what was released.
struct ReserveRelease
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode;
    QDate date;
    ReserveFigures figures;
    Money releasable;
    Money released;
    Money interestPosted;
    qint64 interestEntryId = 0;
    qint64 entryId = 0;   // the reserve_release entry
    qint64 paymentId = 0; // the due client payment
    QString releasedBy;   // user name
    QString releasedAt;
};

// One movement shown on a settlement statement.
struct SettlementLine
{
    QDate date;
    qint64 entryId = 0;
    QString kind; // the journal entry's kind: receipt, discount_fee, interest, chargeback, ...
    QString invoiceNo;
    QString memo;
    Money amount; // positive: collected, or taken from (deductions) / added to the reserve
};

// What moved since the previous release: the debtors' payments on the client's invoices and
// every debit and credit on its reserve, from the journal.
struct SettlementMovements
{
    QList<SettlementLine> collections; // on factored receivables: receipts, cash applied, returns
    QList<SettlementLine> deductions;  // debits on client reserves (fees, interest, chargebacks…)
    QList<SettlementLine> additions;   // credits on client reserves (reserves of purchases…)
    Money collected;
    Money deducted;
    Money added;
};

// The reserve figures of docs/domain.md §12 for a client as of any date D, read from the
// journal lines dated on or before D (and the records that post nothing: open disputes,
// interest accrued), and the releases made. Read-only, any signed-in user.
class ReserveQuery
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ReserveQuery)
public:
    explicit ReserveQuery(Database &db)
        : m_db(db)
    {}

    // The figures as of the end of `asOf` (invalid: the business date). The reserve held
    // against an invoice uses the advance rate of the agreement it was bought under (its
    // schedule's; else the version in force on its purchase day), scaled by its eligible share
    // (an invoice bought without an advance holds its whole open amount). Throws
    // Error(NotFound) for an unknown client.
    ReserveFigures figures(qint64 clientId, QDate asOf = {}) const;

    // The client's releases, oldest first.
    QList<ReserveRelease> releases(qint64 clientId) const;
    // Throws Error(NotFound).
    ReserveRelease release(qint64 releaseId) const;
    // The latest release of the client (by entry), nullopt when none.
    std::optional<ReserveRelease> lastRelease(qint64 clientId) const;

    // The movements of entries after `afterEntryId` and, when `beforeEntryId` > 0, before it,
    // dated on or before `asOf`.
    SettlementMovements movements(qint64 clientId, qint64 afterEntryId, qint64 beforeEntryId,
                                  QDate asOf) const;

private:
    Money held(qint64 clientId, Currency currency, QDate asOf) const;
    Money interestAccrued(qint64 clientId, Currency currency, QDate asOf) const;
    Money feesAccrued(qint64 clientId, Currency currency, QDate asOf) const;
    Money disputes(qint64 clientId, Currency currency, QDate asOf) const;
    QList<ReserveRelease> readReleases(const QString &where, qint64 value) const;
    Database &m_db;
};

} // namespace FactorDesk
