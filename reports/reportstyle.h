#pragma once

#include <QColor>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextCharFormat>
#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace FactorDesk {

struct ReportParty;

// The look shared by the printed letters (purchase advice, notice of assignment): a letterhead
// with the factor's name and the document's title and facts, address blocks, ruled data tables
// whose header row repeats on every page, and a settlement summary. Builds QTextDocument
// content through QTextCursor; no widgets.
namespace ReportStyle {

// The colours of every printed document: text, accents, negative amounts (red), secondary
// text, rules, header fills and row stripes.
extern const QColor kInk;
extern const QColor kAccent;
extern const QColor kNegative;
extern const QColor kMuted;
extern const QColor kRule;
extern const QColor kHeaderFill;
extern const QColor kStripe;

std::unique_ptr<QTextDocument> newDocument(const QString &title);

QTextCharFormat normalFormat();
QTextCharFormat boldFormat();
QTextCharFormat smallFormat();

// The factor's name and address on the left; the title and facts (label, value) on the right;
// a rule underneath.
void letterhead(QTextCursor &cursor, const ReportParty &factor, const QString &title,
                const QList<QPair<QString, QString>> &facts);
// "To" and the party's name and address.
void addressBlock(QTextCursor &cursor, const QString &label, const ReportParty &party);
void paragraph(QTextCursor &cursor, const QString &text,
               const QTextCharFormat &format = normalFormat());
void heading(QTextCursor &cursor, const QString &text);

// A ruled table of `rows` rows (the first is the header, filled from `headers`), columns
// `widths` in percent of the page; columns from `firstNumeric` on are right-aligned.
QTextTable *dataTable(QTextCursor &cursor, int rows, const QStringList &headers,
                      const QList<int> &widths, int firstNumeric);
// Every cell is one unbroken line (an invoice number never breaks inside) except the columns
// in `wrapping` (names).
void fillRow(QTextTable *table, int row, const QStringList &cells, int firstNumeric, bool bold,
             bool shaded, const QList<int> &wrapping = {});

struct SummaryLine
{
    QString label;
    QString value;
    bool bold = false;
};
// A two-column table on the right half of the page with a title row.
void summaryTable(QTextCursor &cursor, const QString &title, const QList<SummaryLine> &lines);

} // namespace ReportStyle
} // namespace FactorDesk
