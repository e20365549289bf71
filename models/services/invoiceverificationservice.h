#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace FactorDesk {

class Database;

// How an invoice was verified with the debtor.
enum class VerificationMethod { Phone, Email, Portal, Letter };
QString verificationMethodName(VerificationMethod method); // "phone", "email", ...
// Throws Error(Validation) naming the methods for anything else.
VerificationMethod parseVerificationMethod(const QString &text);

// One verification of an invoice with its debtor: who, when, how and with whom at the debtor.
struct InvoiceVerification
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    int lineNo = 0;
    QString invoiceNo;
    QString verifiedBy; // user name
    QString verifiedAt; // timestamp
    VerificationMethod method = VerificationMethod::Phone;
    QString contact; // the person at the debtor who confirmed the invoice
    QString note;
};

// Records the verifications an agreement asks for before funding (the verification_required
// check, docs/domain.md §4.2): a line with that check is not funded until one is recorded
// (or a manager overrides it with a reason, ScheduleFundingService). Clerks, analysts and
// managers record; each record is written in one Transaction with an audit record.
class InvoiceVerificationService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::InvoiceVerificationService)
public:
    explicit InvoiceVerificationService(Database &db)
        : m_db(db)
    {}

    // Records the verification of line `lineNo` of schedule `scheduleId` (a line not refused,
    // of a schedule not yet funded or rejected). `contact` is required. Returns the record's id.
    // Throws Validation, NotFound, Conflict, Permission.
    qint64 record(const Session &who, qint64 scheduleId, int lineNo, VerificationMethod method,
                  const QString &contact, const QString &note = {});
    // The line of schedule `scheduleId` with invoice number `invoiceNo` (Error(NotFound)).
    int lineOf(qint64 scheduleId, const QString &invoiceNo) const;

    // The verifications of the schedule's lines, in the order recorded.
    QList<InvoiceVerification> forSchedule(qint64 scheduleId) const;
    // The invoices of the schedule with at least one verification.
    QSet<qint64> verifiedInvoices(qint64 scheduleId) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
