#pragma once

#include "debtor.h"
#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace FactorDesk {

class Database;

// What the debtor list shows and how: a search text matched against code and name
// (case-insensitive, anywhere), an optional status, and the sort column. Everything is done
// by SQL so the list stays quick with 100,000 debtors.
struct DebtorFilter
{
    enum class Sort { Code, Name, Status, Limit, Exposure, Utilisation, ReviewDate };
    QString text;
    std::optional<DebtorStatus> status;
    Sort sort = Sort::Code;
    bool descending = false;
};

// Debtors' master data (docs/domain.md §1, §5): add and edit (clerks and managers), status with the
// insolvency date, the clients a debtor buys from, and the exposure beside the credit limit.
// The limit itself is decided through CreditService only. Every change is audited.
class DebtorService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::DebtorService)
public:
    explicit DebtorService(Database &db)
        : m_db(db)
    {}

    // Adds a debtor (clerk or manager); returns its id. The limit and id of `d` are ignored.
    // Throws Validation (naming the field), Conflict (code taken), Permission.
    qint64 add(const Session &who, const Debtor &d);
    // Adds a debtor linked to the clients it buys from, all or nothing.
    qint64 add(const Session &who, const Debtor &d, const QList<qint64> &clientIds);
    // Saves the master data of an existing debtor, status included (clerk or manager). The
    // code may not change; the limit is left alone. Client links are not touched (see
    // setClients).
    void update(const Session &who, const Debtor &d);
    // Sets the status; `insolvencyDate` is required for Insolvent and ignored otherwise.
    void setStatus(const Session &who, qint64 debtorId, DebtorStatus status,
                   QDate insolvencyDate = {});
    // Links the debtor to a client it buys from (sub-limits are set by CreditService).
    void linkClient(const Session &who, qint64 debtorId, qint64 clientId);
    // Removes a link; refused while the link carries a sub-limit.
    void unlinkClient(const Session &who, qint64 debtorId, qint64 clientId);

    // Reading: everyone. find throws NotFound.
    Debtor find(qint64 debtorId) const;
    std::optional<Debtor> findByCode(const QString &code) const;
    // Like findByCode but throws NotFound naming the code.
    Debtor requireByCode(const QString &code) const;
    QList<ClientLink> clients(qint64 debtorId) const;

    // Open purchased receivables of the debtor across all clients: the sum of open_balance of
    // its invoices in status 'open' (0 until purchases exist), in the book currency.
    Money exposure(qint64 debtorId) const;
    // The same for one client's invoices only (for per-client sub-limits).
    Money exposure(qint64 debtorId, qint64 clientId) const;
    // exposure ÷ credit limit; nullopt when the debtor has no limit.
    std::optional<Rate> utilisation(qint64 debtorId) const;
    // The factor-wide credit limit and, when clientId is given and a sub-limit exists, the
    // smaller per-client sub-limit: what may be bought from that client on that debtor.
    Money creditLimit(qint64 debtorId) const;
    Money availableLimit(qint64 debtorId, qint64 clientId = 0) const;

    // The debtor list, page by page (offset/limit), sorted and filtered by SQL.
    QList<DebtorSummary> list(const DebtorFilter &filter, int offset = 0, int limit = -1) const;
    qint64 count(const DebtorFilter &filter) const;

    // A client's id by its code (0 when unknown), and every client as (id, "CODE — Name"),
    // for the dialogs' choosers.
    qint64 clientIdByCode(const QString &code) const;
    QList<QPair<qint64, QString>> clientChoices() const;

private:
    void validate(const Debtor &d) const;
    // An amount of the book currency, in which debtors' limits and exposures are kept.
    Money money(qint64 minor) const;
    Database &m_db;
};

} // namespace FactorDesk
