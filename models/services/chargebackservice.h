#pragma once

#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace FactorDesk {

class Database;

struct ChargebackInput
{
    QString clientCode;
    QString invoiceNo;
    std::optional<Money> amount; // default: what is open on the invoice
    QString reason;
    QDate date; // invalid: today
};

// A funded invoice unpaid past its recourse date (due date + the agreement's recourse days).
struct RecourseDue
{
    qint64 invoiceId = 0;
    QString clientCode;
    QString debtorCode;
    QString invoiceNo;
    QDate dueDate;
    QDate recourseDate; // the last day before it is charged back
    Money openBalance;
};

// What a credit-loss run did with one invoice of an insolvent debtor.
struct CreditLossResult
{
    QString invoiceNo;
    QString clientCode;
    Money loss;       // the factor's credit loss
    Money chargeback; // what stays with the client: disputes, the part over the approval
};

// Chargebacks to the client, buy-backs and the factor's credit losses (docs/domain.md §4.6-7,
// §7, §9). A chargeback takes the client's reserve first and puts the rest on the recourse
// receivable; an invoice charged back in full may be bought again in a later schedule. Without
// recourse, a credit-approved invoice of an insolvent debtor is the factor's credit loss for
// what is open on it less its open disputes, up to the approved amount; the rest is charged
// back. Chargebacks, insolvency and credit losses are a manager's acts; a buy-back payment a
// clerk's or a manager's.
class ChargebackService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ChargebackService)
public:
    explicit ChargebackService(Database &db)
        : m_db(db)
    {}

    qint64 chargeBack(const Session &who, const ChargebackInput &in);
    // The client pays back in cash: Dr bank / Cr recourse receivable (client reserves beyond).
    qint64 recordBuybackPayment(const Session &who, const QString &clientCode, Money amount,
                                QDate date, const QString &reference);

    // Funded, open invoices of clients with recourse whose recourse date is before `asOf`,
    // oldest due date first.
    QList<RecourseDue> dueForRecourse(QDate asOf) const;
    // Charges back every one of them in one transaction, dated `asOf`; returns how many.
    int chargeBackOverdue(const Session &who, QDate asOf);

    // Marks the debtor insolvent since `date`.
    void markInsolvent(const Session &who, const QString &debtorCode, QDate date);
    // Every open, credit-protected invoice of a debtor insolvent on or before `asOf`: the
    // credit loss and the chargeback of the rest, dated `asOf`, in one transaction.
    QList<CreditLossResult> postCreditLosses(const Session &who, QDate asOf);

    // The client's recourse receivable (what it owes the factor for buy-backs), as of `asOf`.
    Money recourseOwed(const QString &clientCode, QDate asOf = {}) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
