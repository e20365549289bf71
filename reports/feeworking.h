#pragma once

#include "feesquery.h"
#include "purchaseadvice.h"

#include <QCoreApplication>
#include <QLocale>
#include <memory>

class QTextDocument;

namespace FactorDesk {

// The working of fees and interest printed for a client's query (docs/domain.md §10: "every
// fee shows its working"): an invoice's discount fees (each collection with its dates, days,
// tier, rate and fee, and the total) and a client's interest for a month day by day (funds
// employed, base rate, margin, rate, exact daily amount, and the total rounded once). The
// figures are FeesQuery's, as `fees show` and `interest show` print them; nothing is computed
// here. QTextDocument built with QTextCursor, PDF through writeReportPdf; no widgets.
class FeeWorking
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::FeeWorking)
public:
    static std::unique_ptr<QTextDocument> invoiceDocument(const InvoiceFees &fees,
                                                          const ReportParty &factor,
                                                          const QLocale &locale = QLocale());
    static std::unique_ptr<QTextDocument> interestDocument(const InterestMonth &month,
                                                           const ReportParty &factor,
                                                           const QLocale &locale = QLocale());
    // The titles printed on the pages and used for the PDF's title.
    static QString invoiceTitle(const InvoiceFees &fees);
    static QString interestTitle(const InterestMonth &month);
    // "fees-ACME-INV-1.pdf", "interest-ACME-2026-03.pdf".
    static QString invoiceFileName(const InvoiceFees &fees);
    static QString interestFileName(const InterestMonth &month);
    // "March 2026" for "2026-03" in the locale.
    static QString monthText(const QString &month, const QLocale &locale = QLocale());
};

} // namespace FactorDesk
