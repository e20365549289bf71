#pragma once

#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// The credit-cover outcomes shared by limit requests and order approvals (docs/domain.md §5).
enum class Decision { Approve, Partial, Decline, Hold };
QString decisionName(Decision d);  // "approve", "partial", "decline", "hold"
QString decisionTitle(Decision d); // translated
// Accepts approve|approved|partial|decline|declined|hold. Throws Error(Validation).
Decision parseDecision(const QString &text);

// The status of a request: pending until decided; hold is still open.
enum class RequestStatus { Pending, Approved, Partial, Declined, Hold };
QString requestStatusName(RequestStatus s); // "pending", "approved", ...
// The status a decision leaves a credit request or an order approval in.
RequestStatus statusAfter(Decision decision);
QString requestStatusTitle(RequestStatus s);
RequestStatus parseRequestStatus(const QString &text);
inline bool isOpen(RequestStatus s)
{
    return s == RequestStatus::Pending || s == RequestStatus::Hold;
}

// One credit-limit request and the analyst's decision on it.
struct CreditRequest
{
    qint64 id = 0;
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    qint64 clientId = 0; // set: a per-client sub-limit request
    QString clientCode;
    Money requestedAmount; // in the book currency, like every credit limit
    QString reason;
    QString requestedBy; // user name
    qint64 requestedById = 0;
    QString requestedAt;
    RequestStatus status = RequestStatus::Pending;
    std::optional<Money> decidedAmount;
    QString decisionReason;
    QDate reviewDate;
    QString decidedBy;
    QString decidedAt;
};

struct CreditDecision
{
    Decision decision = Decision::Approve;
    // Required for Partial (0 < amount < requested), in the book currency (a currency-less
    // amount is taken to be in it); ignored otherwise.
    Money amount;
    QDate reviewDate; // approve/partial: when the limit is reviewed (default: a year on)
    QString reason;
    // approve/partial of a debtor's limit: the last day the limit covers (invalid: it does not
    // expire). After it the debtor has no limit (the debtor_no_limit check).
    QDate expiryDate;
};

// One line of the analyst's queue.
struct CreditQueueItem
{
    enum class Kind { Pending, Hold, ReviewDue, Declined };
    Kind kind = Kind::Pending;
    qint64 requestId = 0; // 0 for ReviewDue
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    QString clientCode;
    Money amount; // requested amount; the current limit for ReviewDue
    Money currentLimit;
    Money exposure;
    QDate date; // requested on / review date / declined on
    QString requestedBy;
    QString reason;
};
QString queueKindTitle(CreditQueueItem::Kind k);

// Credit limits (docs/domain.md §5): clerks and analysts request, analysts decide — never their own
// request (four eyes, enforced here and by the table). A debtor has at most one open
// (pending or on hold) request at a time.
//
// Decisions: approve sets the limit to the requested amount, partial to the lower amount
// decided; both set the review date. Decline leaves the debtor's current limit and review
// date unchanged: a careful factor does not cut cover already granted because a rise was
// refused; cutting a limit is a request for a lower amount, approved. Hold keeps the request
// open (status hold) to be decided later. A request with a client asks for that client's
// sub-limit, which must stay within the debtor's limit; when a debtor's limit falls, the
// sub-limits above it fall with it.
class CreditService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CreditService)
public:
    explicit CreditService(Database &db)
        : m_db(db)
    {}

    // Returns the request id. amount > 0. Throws Validation, NotFound, Conflict (an open
    // request exists, the debtor is insolvent), Permission.
    // The amount is in the book currency (a currency-less amount is taken to be in it).
    qint64 request(const Session &who, qint64 debtorId, Money amount, const QString &reason,
                   qint64 clientId = 0);
    // Decides a pending or held request (analysts, not the requester).
    void decide(const Session &who, qint64 requestId, const CreditDecision &decision);

    CreditRequest find(qint64 requestId) const; // throws NotFound
    // The debtor's open (pending or hold) request, if any.
    std::optional<CreditRequest> openRequest(qint64 debtorId) const;
    // Every request of the debtor, newest first.
    QList<CreditRequest> history(qint64 debtorId) const;
    // All requests (optionally only open ones), newest first.
    QList<CreditRequest> list(bool openOnly = false) const;

    // The analyst's queue as of `asOf`: open requests, limits whose review date is within
    // 30 days or past, requests declined in the last 30 days.
    QList<CreditQueueItem> queue(QDate asOf) const;

    // The per-client sub-limit (0: none; the debtor's limit applies).
    Money subLimit(qint64 debtorId, qint64 clientId) const;

private:
    // Credit limits and requests are kept in the book currency.
    Currency bookCurrency() const;
    // The amount in the book currency; Error(Validation) when it is in another one.
    Money inBookCurrency(Money amount) const;

    Database &m_db;
};

} // namespace FactorDesk
