#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace FactorDesk {

// A report laid out on pages by hand, for documents whose tables run to hundreds of pages (the
// client statement): short parts are small QTextDocuments, each kept whole on a page; long
// tables are painted row by row with QPainter, their header row repeated at the top of every
// page they continue on, no row split over two pages. Pages from 2 on carry a running header,
// every page "Page n of m" at its foot. Laying out is linear in the rows (Qt's layout of one
// QTextTable across pages is not). No widgets: it paints on a PDF writer or a printer.
class PagedReport
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PagedReport)
public:
    enum class Fill { None, Stripe, Header };
    struct Column
    {
        QString title;
        int percent = 10;     // of the page's width
        bool numeric = false; // right-aligned
        bool wraps = false;   // may break over lines (others stay on one line, widening the column)
    };
    struct Cell
    {
        QString text;
        QString detail; // a second, smaller line (a fee's working); always wraps
        bool bold = false;
        bool negative = false; // shown in red
        int span = 1;          // columns it covers
    };
    struct Row
    {
        QList<Cell> cells;
        Fill fill = Fill::None;
        bool keepWithPrevious = false; // moves to the next page with the row before it
    };

    // `title` at the left of every foot; `runningHeader` at the top of pages from 2 on.
    PagedReport(const QString &title, const QString &runningHeader);
    ~PagedReport();
    PagedReport(const PagedReport &) = delete;
    PagedReport &operator=(const PagedReport &) = delete;

    // A part kept whole on one page: it starts a new page when it does not fit on this one.
    void addDocument(std::unique_ptr<QTextDocument> document);
    // A table under a heading; addRow adds to the last table added.
    void addTable(const QString &heading, const QList<Column> &columns);
    void addRow(Row row);

    // Lays the report out on the device's pages and paints them; returns the number of pages.
    // `pageText`, when given, receives per page every text painted on it, in painting order
    // (the running header, the parts, the foot).
    int paint(QPagedPaintDevice &device, QList<QStringList> *pageText = nullptr);

private:
    struct Part;
    QString m_title;
    QString m_running;
    std::vector<Part> m_parts;
};

} // namespace FactorDesk
