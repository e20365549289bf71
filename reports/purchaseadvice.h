#pragma once

#include "schedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <memory>

class QTextDocument;

namespace FactorDesk {

class Database;

// A party named on a printed document: the factor (from the settings factor_name,
// factor_address, factor_bank_name, factor_bank_account, factor_email, factor_phone), a client
// or a debtor.
struct ReportParty
{
    QString code;
    QString name;
    QString address; // lines separated by '\n'
    QString bankName;
    QString bankAccount;
    QString email;
    QString phone;
};

// Everything the purchase advice shows, gathered from the books. Amounts are minor units of
// `currency`.
struct PurchaseAdviceData
{
    ReportParty factor;
    ReportParty client;
    QString scheduleNumber;
    QDate scheduleDate;
    QDate fundingDate; // invalid until funded
    QString status;    // translated schedule status
    QString currency;
    Arrangement arrangement = Arrangement::Advance;
    Rate advanceRate;
    Rate commissionRate;
    QList<ScheduleLine> lines;
    ScheduleTotals totals;
};

// The purchase advice (docs/domain.md §4.3): the letter to the client listing the invoices bought
// with a schedule, the split of each (face, eligible, advance, commission, reserve), the
// totals, the charges, the net payment and its date. Data first (build), then a QTextDocument
// built with QTextCursor and tables, then PDF through QPdfWriter; no widgets, so the
// command-line tool and tests print it too.
class PurchaseAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PurchaseAdvice)
public:
    // Reads the schedule with its lines, the client and the factor. Throws Error(NotFound).
    static PurchaseAdviceData build(Database &db, qint64 scheduleId);
    static ReportParty factor(Database &db);

    static std::unique_ptr<QTextDocument> document(const PurchaseAdviceData &data,
                                                   const QLocale &locale = QLocale());
    // Renders to an A4 PDF file; throws Error(Storage) naming the file when it cannot be written.
    static void writePdf(const PurchaseAdviceData &data, const QString &path,
                         const QLocale &locale = QLocale());
    // A file name for the advice: "purchase-advice-S-000123.pdf".
    static QString suggestedFileName(const PurchaseAdviceData &data);
};

// Writes any report document to an A4 PDF (20 mm margins, page numbers at the foot).
// Throws Error(Storage) naming the file when it cannot be written.
void writeReportPdf(QTextDocument &document, const QString &path, const QString &title);
// Several documents in one file, each paged on its own ("Page 1 of 1" for each letter).
void writeReportPdf(const QList<QTextDocument *> &documents, const QString &path,
                    const QString &title);

} // namespace FactorDesk
