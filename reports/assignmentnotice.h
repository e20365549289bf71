#pragma once

#include "purchaseadvice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <memory>

class QTextDocument;

namespace FactorDesk {

class Database;

// One letter: the factor tells a debtor that the client's receivables are assigned to it.
struct AssignmentNoticeData
{
    struct Invoice
    {
        QString number;
        QDate invoiceDate;
        QDate dueDate;
        Money amount; // in `currency`
    };
    ReportParty factor;
    ReportParty client;
    ReportParty debtor;
    QDate date; // of the letter
    QString scheduleNumber;
    QString currency;
    QList<Invoice> invoices; // the debtor's invoices in the schedule
};

// The notice of assignment (docs/domain.md §2 "notification", issue 4 step 5): a formal letter to a
// debtor naming the client, stating that its receivables are assigned to the factor and that
// payment must go to the factor's account from now on. Sent for notified clients to each debtor
// new to the factor with that client. Data, then QTextDocument (one letter per page), then PDF.
class AssignmentNotice
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::AssignmentNotice)
public:
    // The letter to `debtorId` about schedule `scheduleId`, dated `date` (invalid: the funding
    // date, else today). Throws Error(NotFound).
    static AssignmentNoticeData build(Database &db, qint64 scheduleId, qint64 debtorId,
                                      QDate date = {});
    // The letters for every debtor that got a notice with this schedule
    // (ScheduleQuery::noticesOf); empty when none did.
    static QList<AssignmentNoticeData> buildForSchedule(Database &db, qint64 scheduleId);

    static std::unique_ptr<QTextDocument> document(const QList<AssignmentNoticeData> &letters,
                                                   const QLocale &locale = QLocale());
    // Throws Error(Storage) naming the file when it cannot be written.
    static void writePdf(const QList<AssignmentNoticeData> &letters, const QString &path,
                         const QLocale &locale = QLocale());
    // The name of a country given by its ISO code ("DE": "Germany"); other text as it is.
    static QString countryName(const QString &code);
    static QString suggestedFileName(const QString &scheduleNumber);
};

} // namespace FactorDesk
