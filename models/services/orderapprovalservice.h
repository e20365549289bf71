#pragma once

#include "creditservice.h"
#include "money.h"
#include "ordercsv.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// A pre-shipment credit approval (docs/domain.md §5): a client asks whether an order to a debtor is
// covered; an analyst approves (in full or in part) with a unique code valid for some days,
// declines, or holds it.
struct OrderApproval
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode;
    qint64 debtorId = 0;
    QString debtorCode;
    QString debtorName;
    QString orderRef;
    Money amount; // requested, in the client's currency
    QDate shipDate;
    QString requestedBy;
    qint64 requestedById = 0;
    QString requestedAt;
    RequestStatus status = RequestStatus::Pending;
    std::optional<Money> approvedAmount; // in the same currency
    QString approvalCode;                // approve/partial only
    QDate decisionDate;
    QDate expiryDate;
    QDate shipFrom;
    QDate shipTo;
    QString decisionReason;
    QString decidedBy;
    QString decidedAt;
    QDate expiredOn; // the end-of-day run found it past its expiry date (status "expired")

    // "expired" once lapsed, otherwise requestStatusName(status); statusTitle() translated.
    QString statusName() const;
    QString statusTitle() const;
    // Whether an invoice shipped on `date` is covered: approved (in part), inside the ship
    // window, not expired.
    bool covers(QDate date) const;
};

struct OrderDecision
{
    Decision decision = Decision::Approve;
    // Required for Partial: 0 < amount < requested, in the request's currency (a currency-less
    // amount is taken to be in it).
    Money amount;
    int validDays = 30; // approve/partial: 1..365
    QString reason;
};

struct OrderFilter
{
    qint64 clientId = 0; // 0: all clients
    std::optional<RequestStatus> status;
};

// What an import found (and, after importRequests, did).
struct OrderImportResult
{
    int dataLines = 0; // lines with data (header and blank lines not counted)
    int goodLines = 0;
    QList<ImportIssue> issues;
    QList<qint64> importedIds;
    // "requests.csv line 4, amount: ..." for each issue, one per line.
    QString issueText(const QString &fileName) const;
};

// Order approvals: clerks and analysts request, analysts decide (never their own request).
//
// The approval code is "OA-" + the decision year + "-" + six characters drawn from an
// unambiguous alphabet (no 0/O, 1/I/L) by the system's cryptographic random generator; it is
// unique in the books. The approval expires `validDays` after the decision date (default 30).
// The ship window runs from five days before the requested ship date (never before the
// decision date) to the expiry date; a decision whose expiry falls before the ship date is
// refused (give more days).
class OrderApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::OrderApprovalService)
public:
    static constexpr int DefaultValidDays = 30;
    static constexpr int ShipWindowLeadDays = 5;

    explicit OrderApprovalService(Database &db)
        : m_db(db)
    {}

    // Returns the new request's id. The amount is in the client's currency (a currency-less
    // amount is taken to be in it; another currency is refused). Throws Validation, NotFound,
    // Conflict, Permission.
    qint64 request(const Session &who, qint64 clientId, qint64 debtorId, Money amount,
                   QDate shipDate, const QString &orderRef);
    // Decides a pending or held request; returns it as decided (with the code when granted).
    OrderApproval decide(const Session &who, qint64 id, const OrderDecision &decision);

    OrderApproval find(qint64 id) const; // throws NotFound
    std::optional<OrderApproval> findByCode(const QString &approvalCode) const;
    QList<OrderApproval> list(const OrderFilter &filter = {}) const;

    // The client's requests and decisions as CSV (UTF-8, comma, header
    // request_id,order_ref,debtor,debtor_name,amount,ship_date,status,approved_amount,
    // approval_code,expiry_date,ship_from,ship_to,reason).
    QString decisionsCsv(qint64 clientId) const;
    // Writes decisionsCsv to `fileName`; returns the number of rows. Throws Storage when the
    // file cannot be written (nothing half-written: written to a temporary file first).
    int exportDecisions(const Session &who, qint64 clientId, const QString &fileName) const;

    // Reads a client's request file (header with client, debtor, order_ref or ref, amount,
    // ship_date; comma or semicolon; UTF-8 with or without BOM) and checks every line without
    // writing anything.
    OrderImportResult previewImport(const QString &fileName) const;
    // Imports the requests of the file in one transaction. When any line is bad, nothing is
    // imported and Error(Validation) lists the problems — unless skipBad, when only the good
    // lines are imported and the result lists the skipped ones.
    OrderImportResult importRequests(const Session &who, const QString &fileName,
                                     bool skipBad = false);

    // A new code (not checked for uniqueness): "OA-2026-7KQ2XM".
    static QString generateCode(int year);

private:
    struct ParsedLine
    {
        int line = 0;
        qint64 clientId = 0;
        qint64 debtorId = 0;
        QString ref;
        Money amount;
        QDate shipDate;
    };
    OrderImportResult parse(const QString &fileName, QList<ParsedLine> *good) const;
    Database &m_db;
};

} // namespace FactorDesk
