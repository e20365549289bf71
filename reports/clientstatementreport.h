#pragma once

#include "clientstatement.h"
#include "purchaseadvice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace FactorDesk {

class Database;

// The client statement (docs/domain.md §8) as a printed document and as files: letterhead,
// balances, every movement, open invoices with aging, availability, laid out page by page by
// hand (PagedReport: the movements and open invoices painted row by row, their header row on
// every page, the totals kept with the last row) onto a PDF or a printer, with a running
// header on the continuation pages and "Page n of m" at every foot; the same data as CSV and
// JSON. No widgets: the command-line tool, the tests and the print preview all use it.
class ClientStatementReport
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ClientStatementReport)
public:
    // Lays the statement out on the device's pages and paints each: the running header from
    // page 2 on, the page number at the foot. Returns the number of pages. `pageText`, when
    // given, receives per page the texts painted on it, in order (what the tests read).
    static int paint(const ClientStatement &s, const ReportParty &factor, QPagedPaintDevice &device,
                     const QLocale &locale = QLocale(), QList<QStringList> *pageText = nullptr);
    // A4 PDF, written to a temporary file and renamed over `path` only once complete.
    // Throws Error(Storage) naming the file when it cannot be written.
    static void writePdf(const ClientStatement &s, const ReportParty &factor, const QString &path,
                         const QLocale &locale = QLocale());
    // "statement-ACME-2026-03-01-2026-03-31.pdf"
    static QString suggestedFileName(const ClientStatement &s);

    // Sections (balances, movements, open invoices, aging, availability) one after another,
    // each with its own header row, a blank line between; amounts as plain decimals.
    static QString csv(const ClientStatement &s);
    static QJsonObject json(const ClientStatement &s);
    // A plain-text rendering for the terminal.
    static QString text(const ClientStatement &s);

    // Batch: one PDF per active client for the period into `folder`. `progress(done, total,
    // clientCode)` is called before each client; returning false stops before that client.
    // A PDF is complete or absent, never half-written. Returns the number written.
    using Progress = std::function<bool(int, int, const QString &)>;
    static int writeBatch(Database &db, QDate from, QDate to, QDate asOf, const QString &folder,
                          const Progress &progress, const QLocale &locale = QLocale());
};

} // namespace FactorDesk
