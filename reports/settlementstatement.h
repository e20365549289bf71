#pragma once

#include "purchaseadvice.h"
#include "reservequery.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <memory>
#include <optional>

class QTextDocument;

namespace FactorDesk {

class Database;

// Everything a settlement statement shows, from the books: the reserve figures the release
// was made by, what the debtors paid and what was taken from or added to the reserve since
// the previous release, and what is paid.
struct SettlementStatementData
{
    ReportParty factor;
    ReportParty client;
    QString currency;
    QDate date;            // the release date (a proposal: the date it is worked out for)
    qint64 releaseId = 0;  // 0: a proposal, nothing released yet
    QDate previousRelease; // invalid: the first release
    qint64 previousReleaseId = 0;
    ReserveFigures figures;
    Money releasable;
    Money released;       // what is paid (a proposal: what would be)
    Money interestPosted; // the accrued interest posted with the release
    SettlementMovements movements;
};

// The settlement statement of a reserve release (docs/domain.md §12): the letter telling the
// client what was collected since the last release, what was deducted from its reserve and
// why (fees, interest, chargebacks, credit notes, disputes held), the figures of the
// releasable amount, and what is paid. Data first, then a QTextDocument in the look of the
// purchase advice, then PDF through the same writer; no widgets. A negative figure prints in
// red, and the reserve's part below zero as recourse receivable.
class SettlementStatement
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::SettlementStatement)
public:
    // The statement of a release made. Throws Error(NotFound).
    static SettlementStatementData forRelease(Database &db, qint64 releaseId);
    // What the statement of a release on `date` (invalid: the business date) would show, for
    // `amount` (nullopt: all that is releasable). Nothing is written.
    static SettlementStatementData proposal(Database &db, qint64 clientId, QDate date = {},
                                            std::optional<Money> amount = std::nullopt);

    static std::unique_ptr<QTextDocument> document(const SettlementStatementData &data,
                                                   const QLocale &locale = QLocale());
    // Throws Error(Storage) naming the file when it cannot be written.
    static void writePdf(const SettlementStatementData &data, const QString &path,
                         const QLocale &locale = QLocale());
    // "settlement-ACME-2026-03-31.pdf".
    static QString suggestedFileName(const SettlementStatementData &data);
    // What an entry kind is called on the statement ("Discount fees" for discount_fee).
    static QString kindTitle(const QString &kind);
};

} // namespace FactorDesk
