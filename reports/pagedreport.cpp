#include "pagedreport.h"

#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>

namespace FactorDesk {

namespace {

using ReportStyle::kAccent;
using ReportStyle::kHeaderFill;
using ReportStyle::kInk;
using ReportStyle::kMuted;
using ReportStyle::kNegative;
using ReportStyle::kRule;
using ReportStyle::kStripe;

// What a placed item on a page is, besides a data row (its index, from 0).
constexpr int kDocument = -1;
constexpr int kHeading = -2;
constexpr int kHeaderRow = -3;

QFont font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// The fonts and lengths on one device: lengths are given in pixels at 96 dpi, as
// QTextDocument reads them, and scaled to the device.
struct Metrics
{
    explicit Metrics(const QPaintDevice &device)
        : dpi(device.logicalDpiY())
        , scale(dpi / 96.0)
        , cell(font(7, false))
        , bold(font(7, true))
        , detail(font(6, false))
        , heading(font(10.5, true))
        , foot(font(7.5, false))
        , cellMetrics(cell, &device)
        , boldMetrics(bold, &device)
        , detailMetrics(detail, &device)
        , headingMetrics(heading, &device)
        , padding(2 * scale)
        , inset(3 * scale)
        , rule(0.5 * scale)
        , device(&device)
    {}
    const QFontMetricsF &metrics(bool isBold) const { return isBold ? boldMetrics : cellMetrics; }

    // A one-line cell text shaped once: its width, and its glyphs as painted. Dates, kinds and
    // many amounts repeat, and shaping a text costs more than looking it up; the cache is
    // filled while measuring and read while painting.
    struct Shaped
    {
        qreal advance = 0;
        QList<QGlyphRun> runs; // positioned from the line's top left
    };
    Shaped shape(const QString &text, bool isBold) const
    {
        if (text.isEmpty())
            return {};
        QHash<QString, Shaped> &known = shaped[isBold];
        auto it = known.constFind(text);
        if (it == known.constEnd()) {
            QTextLayout layout(text, isBold ? bold : cell, device);
            QTextOption option;
            option.setWrapMode(QTextOption::NoWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setPosition(QPointF(0, 0));
            layout.endLayout();
            it = known.insert(text, {line.naturalTextWidth(), layout.glyphRuns()});
        }
        return it.value();
    }

    qreal dpi;
    qreal scale;
    QFont cell, bold, detail, heading, foot;
    QFontMetricsF cellMetrics, boldMetrics, detailMetrics, headingMetrics;
    mutable QHash<QString, Shaped> shaped[2]; // normal, bold
    qreal padding;                            // above and below a cell's text
    qreal inset;                              // left and right of it
    qreal rule;
    const QPaintDevice *device;
};

// Breaks `layout`'s text into lines of `width` (at word boundaries; inside a word only when the
// word alone is wider); returns the height of the lines.
qreal breakLines(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

// A text's height in a cell `width` wide: one line when it fits or may not wrap.
qreal textHeight(const QString &text, const QFont &f, const QFontMetricsF &fm, qreal advance,
                 qreal width, bool wraps, const QPaintDevice *device)
{
    if (!wraps || advance <= width)
        return fm.height();
    QTextLayout layout(text, f, device);
    return breakLines(layout, width);
}

} // namespace

struct PagedReport::Part
{
    std::unique_ptr<QTextDocument> document;
    QString heading;
    QList<Column> columns;
    std::vector<Row> rows;
};

namespace {

// A table measured on one device: column edges, the height of each row, the width of each
// cell's text (for the right-aligned amounts).
struct TableGeometry
{
    QList<qreal> x; // left edge of each column, then the right edge of the table
    qreal headingHeight = 0;
    qreal headerHeight = 0;
    std::vector<qreal> rowHeight;
    std::vector<int> firstCell; // index into `advance` of each row's first cell
    std::vector<qreal> advance;
    QList<PagedReport::Cell> titles; // the header row
    std::vector<qreal> titleAdvance;

    qreal left(int column) const { return x.at(column); }
    qreal right(int column, int span) const
    {
        return x.at(std::min<int>(column + span, int(x.size()) - 1));
    }
};

} // namespace

PagedReport::PagedReport(const QString &title, const QString &runningHeader)
    : m_title(title)
    , m_running(runningHeader)
{}

PagedReport::~PagedReport() = default;

void PagedReport::addDocument(std::unique_ptr<QTextDocument> document)
{
    Part p;
    p.document = std::move(document);
    m_parts.push_back(std::move(p));
}

void PagedReport::addTable(const QString &heading, const QList<Column> &columns)
{
    Part p;
    p.heading = heading;
    p.columns = columns;
    m_parts.push_back(std::move(p));
}

void PagedReport::addRow(Row row)
{
    Q_ASSERT(!m_parts.empty() && !m_parts.back().document);
    m_parts.back().rows.push_back(std::move(row));
}

namespace {

TableGeometry measure(const QList<PagedReport::Column> &columns,
                      const std::vector<PagedReport::Row> &rows, qreal width, const Metrics &m)
{
    TableGeometry g;
    const int n = int(columns.size());
    int percents = 0;
    for (const PagedReport::Column &c : columns)
        percents += c.percent;
    // The widest one-line text of each column (its title too) sets its least width.
    QList<qreal> need(n, 0);
    for (int c = 0; c < n; ++c) {
        g.titles.append({columns.at(c).title, {}, true, false, 1});
        g.titleAdvance.push_back(m.shape(columns.at(c).title, true).advance);
        need[c] = g.titleAdvance.back() + 2 * m.inset;
    }
    g.firstCell.reserve(rows.size());
    g.advance.reserve(rows.size() * n);
    for (const PagedReport::Row &row : rows) {
        g.firstCell.push_back(int(g.advance.size()));
        int column = 0;
        for (const PagedReport::Cell &cell : row.cells) {
            const qreal a = m.shape(cell.text, cell.bold).advance;
            g.advance.push_back(a);
            if (cell.span == 1 && column < n && !columns.at(column).wraps)
                need[column] = std::max(need.at(column), a + 2 * m.inset);
            column += cell.span;
        }
    }
    QList<qreal> w(n, 0);
    qreal fixed = 0, flexible = 0;
    for (int c = 0; c < n; ++c) {
        const qreal base = width * columns.at(c).percent / std::max(percents, 1);
        w[c] = columns.at(c).wraps ? base : std::max(base, need.at(c));
        (columns.at(c).wraps ? flexible : fixed) += w.at(c);
    }
    // Columns that may wrap give up what the one-line columns need beyond their share.
    if (flexible > 0 && fixed + flexible > width) {
        const qreal factor = std::max<qreal>(0, width - fixed) / flexible;
        for (int c = 0; c < n; ++c)
            if (columns.at(c).wraps)
                w[c] = std::max(w.at(c) * factor, need.at(c));
    }
    g.x.append(0);
    for (int c = 0; c < n; ++c)
        g.x.append(g.x.last() + w.at(c));

    g.headingHeight = 8 * m.scale + m.headingMetrics.height() + 3 * m.scale;
    g.headerHeight = m.boldMetrics.height() + 2 * m.padding;
    g.rowHeight.reserve(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        qreal h = m.cellMetrics.height();
        int column = 0;
        int i = g.firstCell.at(r);
        for (const PagedReport::Cell &cell : rows.at(r).cells) {
            const qreal inner = g.right(column, cell.span) - g.left(column) - 2 * m.inset;
            const bool wraps = column < n && columns.at(column).wraps;
            qreal ch = textHeight(cell.text, cell.bold ? m.bold : m.cell, m.metrics(cell.bold),
                                  g.advance.at(i), inner, wraps, m.device);
            if (!cell.detail.isEmpty())
                ch += textHeight(cell.detail, m.detail, m.detailMetrics,
                                 m.detailMetrics.horizontalAdvance(cell.detail), inner, true,
                                 m.device);
            h = std::max(h, ch);
            column += cell.span;
            ++i;
        }
        g.rowHeight.push_back(h + 2 * m.padding);
    }
    return g;
}

struct Placed
{
    int part;
    int row; // a data row, or kDocument, kHeading, kHeaderRow
    qreal y;
};

// Paints what is placed on one page, recording the texts when `text` is given.
class PagePainter
{
public:
    PagePainter(QPainter &painter, const Metrics &m, QStringList *text)
        : m_p(painter)
        , m_m(m)
        , m_text(text)
    {}

    void record(const QString &s)
    {
        if (m_text && !s.isEmpty())
            m_text->append(s);
    }

    void heading(const QString &text, qreal y)
    {
        setFont(m_m.heading);
        setColor(kAccent);
        m_p.drawText(QPointF(0, y + 8 * m_m.scale + m_m.headingMetrics.ascent()), text);
        record(text);
    }

    // One row of a table as painted: its cells, the widths of their texts, where it is.
    struct Line
    {
        const QList<PagedReport::Cell> *cells;
        const qreal *advance;
        PagedReport::Fill fill;
        qreal top;
        qreal height;
    };

    // Rows of a table one under the other: fills, texts, then the rules in one go (a rule
    // between two columns runs down the rows until a cell spans over it).
    void segment(const QList<PagedReport::Column> &columns, const TableGeometry &g,
                 const std::vector<Line> &lines)
    {
        const int n = int(columns.size());
        const qreal x0 = g.x.first(), x1 = g.x.last();
        QList<QLineF> rules;
        std::vector<qreal> runStart(n + 1, -1);
        std::vector<char> starts(n + 1, 0);
        for (const Line &l : lines) {
            if (l.fill != PagedReport::Fill::None)
                m_p.fillRect(QRectF(x0, l.top, x1 - x0, l.height),
                             l.fill == PagedReport::Fill::Header ? kHeaderFill : kStripe);
            rules.append(QLineF(x0, l.top, x1, l.top));
            std::fill(starts.begin(), starts.end(), 0);
            starts[n] = 1;
            int column = 0;
            for (int i = 0; i < l.cells->size(); ++i) {
                const PagedReport::Cell &cell = l.cells->at(i);
                const qreal left = g.left(column), right = g.right(column, cell.span);
                const bool numeric = column < n && columns.at(column).numeric;
                const bool wraps = column < n && columns.at(column).wraps;
                text(cell, l.advance[i], left + m_m.inset, right - m_m.inset, l.top + m_m.padding,
                     numeric, wraps);
                if (column <= n)
                    starts[column] = 1;
                column += cell.span;
            }
            for (int b = 0; b <= n; ++b) {
                if (starts[b] && runStart[b] < 0) {
                    runStart[b] = l.top;
                } else if (!starts[b] && runStart[b] >= 0) {
                    rules.append(QLineF(g.x.at(b), runStart[b], g.x.at(b), l.top));
                    runStart[b] = -1;
                }
            }
        }
        const qreal bottom = lines.back().top + lines.back().height;
        rules.append(QLineF(x0, bottom, x1, bottom));
        for (int b = 0; b <= n; ++b)
            if (runStart[b] >= 0)
                rules.append(QLineF(g.x.at(b), runStart[b], g.x.at(b), bottom));
        QPen pen(kRule);
        pen.setWidthF(m_m.rule);
        m_p.setPen(pen);
        m_color = nullptr;
        m_p.drawLines(rules);
    }

private:
    // QPainter compares and resolves a font or pen on every set; a row sets the same few.
    void setFont(const QFont &f)
    {
        if (m_font != &f)
            m_p.setFont(f);
        m_font = &f;
    }
    void setColor(const QColor &c)
    {
        if (m_color != &c)
            m_p.setPen(c);
        m_color = &c;
    }

    void text(const PagedReport::Cell &cell, qreal advance, qreal left, qreal right, qreal top,
              bool numeric, bool wraps)
    {
        const qreal width = right - left;
        qreal y = top;
        if (!cell.text.isEmpty()) {
            const QFont &f = cell.bold ? m_m.bold : m_m.cell;
            const QFontMetricsF &fm = m_m.metrics(cell.bold);
            setFont(f);
            setColor(cell.negative ? kNegative : kInk);
            if (wraps && advance > width) {
                QTextLayout layout(cell.text, f, m_m.device);
                const qreal h = breakLines(layout, width);
                layout.draw(&m_p, QPointF(left, y));
                y += h;
            } else {
                const qreal x = numeric ? right - advance : left;
                const Metrics::Shaped shaped = m_m.shape(cell.text, cell.bold);
                for (const QGlyphRun &run : shaped.runs)
                    m_p.drawGlyphRun(QPointF(x, y), run);
                y += fm.height();
            }
            record(cell.text);
        } else {
            y += m_m.cellMetrics.height();
        }
        if (!cell.detail.isEmpty()) {
            setFont(m_m.detail);
            setColor(kMuted);
            if (m_m.detailMetrics.horizontalAdvance(cell.detail) > width) {
                QTextLayout layout(cell.detail, m_m.detail, m_m.device);
                breakLines(layout, width);
                layout.draw(&m_p, QPointF(left, y));
            } else {
                m_p.drawText(QPointF(left, y + m_m.detailMetrics.ascent()), cell.detail);
            }
            record(cell.detail);
        }
    }

    QPainter &m_p;
    const Metrics &m_m;
    QStringList *m_text;
    const QFont *m_font = nullptr;
    const QColor *m_color = nullptr;
};

} // namespace

int PagedReport::paint(QPagedPaintDevice &device, QList<QStringList> *pageText)
{
    const Metrics m(device);
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal width = area.width();
    const qreal header = m.dpi * 0.35; // the running header's band, about 9 mm
    const qreal footer = m.dpi * 0.3;
    const qreal bottom = area.height() - footer;

    // Measure every part on this device.
    std::vector<TableGeometry> geometry(m_parts.size());
    std::vector<qreal> documentHeight(m_parts.size(), 0);
    for (size_t i = 0; i < m_parts.size(); ++i) {
        Part &p = m_parts.at(i);
        if (p.document) {
            p.document->documentLayout()->setPaintDevice(&device);
            p.document->setTextWidth(width);
            documentHeight[i] = p.document->documentLayout()->documentSize().height();
        } else {
            geometry[i] = measure(p.columns, p.rows, width, m);
        }
    }

    // Place them, page by page. The first page opens with the letterhead at the top of the
    // area; the others start under the running header.
    QList<QList<Placed>> pages(1);
    qreal y = 0;
    const auto newPage = [&] {
        pages.append(QList<Placed>());
        y = header;
    };
    const auto fits = [&](qreal height) { return y + height <= bottom || pages.last().isEmpty(); };
    for (int i = 0; i < int(m_parts.size()); ++i) {
        const Part &p = m_parts.at(i);
        if (p.document) {
            if (!fits(documentHeight.at(i)))
                newPage();
            pages.last().append({i, kDocument, y});
            y += documentHeight.at(i);
            continue;
        }
        const TableGeometry &g = geometry.at(i);
        // The heading stays with the header row and the first row.
        const qreal first = p.rows.empty() ? 0 : g.rowHeight.front();
        if (!fits(g.headingHeight + g.headerHeight + first))
            newPage();
        pages.last().append({i, kHeading, y});
        y += g.headingHeight;
        pages.last().append({i, kHeaderRow, y});
        y += g.headerHeight;
        int onPage = 0; // data rows of this table on the page
        for (int r = 0; r < int(p.rows.size()); ++r) {
            if (y + g.rowHeight.at(r) > bottom && onPage > 0) {
                // Rows that keep with the one before take it with them, leaving at least
                // one row behind.
                int from = r;
                while (from > r - onPage + 1 && p.rows.at(from).keepWithPrevious)
                    --from;
                for (int k = from; k < r; ++k)
                    pages.last().removeLast();
                r = from;
                newPage();
                pages.last().append({i, kHeaderRow, y});
                y += g.headerHeight;
                onPage = 0;
            }
            pages.last().append({i, r, y});
            y += g.rowHeight.at(r);
            ++onPage;
        }
    }

    const int count = int(pages.size());
    if (pageText) {
        pageText->clear();
        pageText->resize(count);
    }
    QPainter painter(&device);
    for (int n = 0; n < count; ++n) {
        if (n > 0)
            device.newPage();
        QStringList *text = pageText ? &(*pageText)[n] : nullptr;
        PagePainter page(painter, m, text);
        painter.setFont(m.foot);
        painter.setPen(kMuted);
        if (n > 0) {
            painter.drawText(QRectF(0, 0, width, header * 0.6), Qt::AlignLeft | Qt::AlignVCenter,
                             m_running);
            painter.drawLine(QPointF(0, header * 0.7), QPointF(width, header * 0.7));
            page.record(m_running);
        }
        const QList<Placed> &items = pages.at(n);
        for (int k = 0; k < items.size(); ++k) {
            const Placed &item = items.at(k);
            const Part &p = m_parts.at(item.part);
            if (item.row == kDocument) {
                painter.save();
                painter.translate(0, item.y);
                p.document->drawContents(&painter);
                painter.restore();
                page.record(p.document->toPlainText());
                continue;
            }
            if (item.row == kHeading) {
                page.heading(p.heading, item.y);
                continue;
            }
            // The header row and the data rows that follow it on this page.
            const TableGeometry &g = geometry.at(item.part);
            std::vector<PagePainter::Line> lines;
            for (; k < items.size() && items.at(k).part == item.part &&
                   (items.at(k).row == kHeaderRow || items.at(k).row >= 0);
                 ++k) {
                const Placed &at = items.at(k);
                if (at.row == kHeaderRow) {
                    lines.push_back(
                        {&g.titles, g.titleAdvance.data(), Fill::Header, at.y, g.headerHeight});
                } else {
                    const Row &row = p.rows.at(at.row);
                    lines.push_back({&row.cells, &g.advance.at(g.firstCell.at(at.row)), row.fill,
                                     at.y, g.rowHeight.at(at.row)});
                }
            }
            --k;
            page.segment(p.columns, g, lines);
        }
        painter.setFont(m.foot);
        painter.setPen(kMuted);
        const QRectF foot(0, bottom + footer * 0.3, width, footer * 0.7);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_title);
        const QString number = tr("Page %1 of %2").arg(n + 1).arg(count);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, number);
        page.record(m_title);
        page.record(number);
    }
    painter.end();
    return count;
}

} // namespace FactorDesk
