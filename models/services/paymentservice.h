#pragma once

#include "camtreader.h"
#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// Where a payment to a client stands (client_payments.status).
enum class PaymentStatus { Due, Sent, Executed, Cancelled };
QString paymentStatusName(PaymentStatus status);  // "due"
QString paymentStatusTitle(PaymentStatus status); // translated
// "due", "sent", "executed", "cancelled"; nullopt for anything else.
std::optional<PaymentStatus> parsePaymentStatus(const QString &text);

// A payment owed to a client: an advance of a funded schedule or a reserve release.
struct ClientPayment
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    QString kind; // funding, reserve_release
    QString scheduleNumber;
    Money amount;
    QDate dueDate;
    PaymentStatus status = PaymentStatus::Due;
    // Due: the client's account now (what a run would pay into); sent and executed: the
    // account the run paid into.
    QString account;
    qint64 runId = 0;
    QString messageId;
    QString endToEndId;
    QDate executedOn;
};

// One payment run: one pain.001 file.
struct PaymentRun
{
    qint64 id = 0;
    QString messageId;
    QDate date;
    QString version; // pain.001.001.03, pain.001.001.09
    QString fileName;
    int count = 0;
    QList<Money> totals; // one per currency
    QString createdBy;
    QString createdAt;
};

// What a payment run did.
struct PaymentRunResult
{
    PaymentRun run;
    QList<qint64> paymentIds;
    QList<qint64> entryIds;
};

// Payments to clients (docs/domain.md §12). Funding and reserve releases put a payment 'due'
// (credited to payments due to clients, 2300); a payment run (manager) sends every due payment
// in one ISO 20022 pain.001 file from the factor's account, posts Dr payments due / Cr bank
// for each (kind client_payment) and marks them sent, all in one transaction; the bank
// statement that shows a payment leave the account closes it as executed.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PaymentService)
public:
    explicit PaymentService(Database &db)
        : m_db(db)
    {}

    // Advances and reserve releases, oldest first; all statuses when `status` is empty.
    QList<ClientPayment> list(std::optional<PaymentStatus> status = std::nullopt) const;
    // The payment runs, newest first.
    QList<PaymentRun> runs() const;

    // "03", "09", "pain.001.001.03", ... as the full version name; empty when unknown.
    static QString versionName(const QString &text);

    // Sends every due payment: checks first (nothing due, the factor's or a client's account
    // not a valid IBAN: Error(Validation) naming every such client, nothing written), then in
    // one transaction records the run, posts each payment and marks it sent, and writes the
    // file at `path` atomically (a temporary file renamed; none is left when anything fails).
    // `date` is the requested execution date (invalid: the business date).
    PaymentRunResult run(const Session &who, const QString &path, QDate date,
                         const QString &version = QStringLiteral("pain.001.001.03"));

    // For the receipt import, inside its transaction: the sent payment that a debit `t` of
    // the factor's statement shows leaving the account — by end-to-end id, else the oldest
    // sent payment with the debit's counterparty account, amount and currency — closed as
    // executed on the booking date. 0 when it matches none (nothing changed).
    qint64 closeExecuted(const BankTransaction &t);

private:
    Database &m_db;
};

} // namespace FactorDesk
