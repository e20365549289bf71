#include "clientstatementreport.h"

#include "clock.h"
#include "error.h"
#include "localeformat.h"
#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace FactorDesk {

using namespace ReportStyle;

namespace {

const QColor kInk(0x1f, 0x2a, 0x37);
const QColor kNegative(0xb0, 0x1c, 0x1c);
const QColor kMuted(0x5f, 0x6b, 0x78);
const QColor kHeaderFill(0xe4, 0xea, 0xf2);
const QColor kStripe(0xf6, 0xf8, 0xfb);

// One statement being written: the locale's formats and the table helpers.
class Writer
{
public:
    Writer(const ClientStatement &s, const QLocale &locale)
        : m_s(s)
        , m_locale(locale)
        , m_decimals(s.currency.decimals())
    {}

    QString money(Money m) const { return Money::localized(m.minor(), m_locale, m_decimals); }
    QString date(QDate d) const { return LocaleFormat::date(d, m_locale); }

    // A cell: text, right-aligned for amounts, red when the amount is negative; `detail` a
    // second, smaller line (a fee's working).
    void cell(QTextTable *t, int row, int column, const QString &text, bool numeric, bool bold,
              bool negative = false, const QString &detail = {}, bool wrap = false) const
    {
        QTextCursor c = t->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(numeric ? Qt::AlignRight : Qt::AlignLeft);
        b.setNonBreakableLines(!wrap);
        c.setBlockFormat(b);
        QTextCharFormat f;
        f.setFontPointSize(7);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(negative ? kNegative : kInk);
        // An empty cell keeps the small size too, or its empty line would heighten the row.
        c.setBlockCharFormat(f);
        c.insertText(text, f);
        if (!detail.isEmpty()) {
            QTextBlockFormat db;
            db.setAlignment(Qt::AlignLeft);
            c.insertBlock(db);
            QTextCharFormat small;
            small.setFontPointSize(6);
            small.setForeground(kMuted);
            c.insertText(detail, small);
        }
    }
    // `blankZero`: a movement leaves the balances it does not touch empty, so what it does
    // stands out.
    void amount(QTextTable *t, int row, int column, Money m, bool bold = false,
                bool blankZero = false) const
    {
        cell(t, row, column, blankZero && m.isZero() ? QString() : money(m), true, bold,
             m.isNegative());
    }
    void shade(QTextTable *t, int row, const QColor &color) const
    {
        QTextTableCellFormat cf;
        cf.setBackground(color);
        for (int c = 0; c < t->columns(); ++c)
            t->cellAt(row, c).setFormat(cf);
    }

    const ClientStatement &m_s;
    const QLocale &m_locale;
    int m_decimals;
};

bool showsRecourse(const ClientStatement &s)
{
    if (!s.opening.recourse.isZero() || !s.closing.recourse.isZero())
        return true;
    for (const StatementMovement &m : s.movements)
        if (!m.effect.recourse.isZero())
            return true;
    return false;
}

QString periodText(const ClientStatement &s, const QLocale &locale)
{
    return ClientStatementReport::tr("%1 to %2")
        .arg(LocaleFormat::date(s.from, locale), LocaleFormat::date(s.to, locale));
}

void balancesTable(QTextCursor &cursor, const Writer &w)
{
    const ClientStatement &s = w.m_s;
    heading(cursor, ClientStatementReport::tr("Balances"));
    const QStringList headers = {
        ClientStatementReport::tr("Balance"),
        ClientStatementReport::tr("Opening %1").arg(w.date(s.from.addDays(-1))),
        ClientStatementReport::tr("Movements"),
        ClientStatementReport::tr("Closing %1").arg(w.date(s.end))};
    QTextTable *t = dataTable(cursor, 6, headers, {34, 22, 22, 22}, 1);
    const QList<std::pair<QString, Money StatementBalances::*>> rows = {
        {ClientStatementReport::tr("Factored receivables"), &StatementBalances::receivables},
        {ClientStatementReport::tr("Reserve held for you"), &StatementBalances::reserve},
        {ClientStatementReport::tr("Funds employed (receivables less reserve)"),
         &StatementBalances::fundsEmployed},
        {ClientStatementReport::tr("Recourse receivable (owed by you)"),
         &StatementBalances::recourse},
        {ClientStatementReport::tr("Payments due to you"), &StatementBalances::paymentsDue},
    };
    int r = 1;
    for (const auto &[label, member] : rows) {
        const bool strong = member == &StatementBalances::fundsEmployed;
        if (strong)
            w.shade(t, r, kStripe);
        w.cell(t, r, 0, label, false, strong);
        w.amount(t, r, 1, s.opening.*member, strong);
        w.amount(t, r, 2, s.totals.*member, strong);
        w.amount(t, r, 3, s.closing.*member, strong);
        ++r;
    }
    cursor.movePosition(QTextCursor::End);
}

void movementsTable(QTextCursor &cursor, const Writer &w)
{
    const ClientStatement &s = w.m_s;
    heading(cursor, ClientStatementReport::tr("Movements"));
    if (s.movements.isEmpty()) {
        paragraph(cursor, ClientStatementReport::tr("No movements in the period."), smallFormat());
        return;
    }
    const bool recourse = showsRecourse(s);
    QStringList headers = {
        ClientStatementReport::tr("Date"),      ClientStatementReport::tr("Kind"),
        ClientStatementReport::tr("Reference"), ClientStatementReport::tr("Receivables"),
        ClientStatementReport::tr("Reserve"),   ClientStatementReport::tr("Funds employed")};
    QList<int> widths = {9, 12, 27, 13, 13, 13};
    if (recourse) {
        headers << ClientStatementReport::tr("Recourse");
        widths = {9, 11, 20, 12, 12, 12, 12};
    }
    headers << ClientStatementReport::tr("Payments due");
    widths << (recourse ? 12 : 13);
    const int rows = int(s.movements.size()) + 4;
    QTextTable *t = dataTable(cursor, rows, headers, widths, 3);
    const auto balances = [&](int row, const StatementBalances &b, bool bold) {
        int c = 3;
        const bool blank = !bold;
        w.amount(t, row, c++, b.receivables, bold, blank);
        w.amount(t, row, c++, b.reserve, bold, blank);
        w.amount(t, row, c++, b.fundsEmployed, bold, blank);
        if (recourse)
            w.amount(t, row, c++, b.recourse, bold, blank);
        w.amount(t, row, c++, b.paymentsDue, bold, blank);
    };
    const auto labelRow = [&](int row, QDate day, const QString &label,
                              const StatementBalances &b) {
        w.shade(t, row, kHeaderFill);
        w.cell(t, row, 0, w.date(day), false, true);
        w.cell(t, row, 1, label, false, true);
        t->mergeCells(row, 1, 1, 2);
        balances(row, b, true);
    };
    labelRow(1, s.from, ClientStatementReport::tr("Opening balance"), s.opening);
    int row = 2;
    for (const StatementMovement &m : s.movements) {
        if (row % 2 == 1)
            w.shade(t, row, kStripe);
        w.cell(t, row, 0, w.date(m.date), false, false);
        w.cell(t, row, 1, m.kindLabel, false, false, false, {}, true);
        w.cell(t, row, 2, m.reference, false, false, false, m.working, true);
        balances(row, m.effect, false);
        ++row;
    }
    labelRow(row++, s.end,
             ClientStatementReport::tr("Total of %n movement(s)", nullptr, int(s.movements.size())),
             s.totals);
    labelRow(row, s.end, ClientStatementReport::tr("Closing balance"), s.closing);
    cursor.movePosition(QTextCursor::End);
}

void openInvoicesTable(QTextCursor &cursor, const Writer &w)
{
    const ClientStatement &s = w.m_s;
    heading(cursor, ClientStatementReport::tr("Open invoices at %1").arg(w.date(s.end)));
    if (s.openInvoices.isEmpty()) {
        paragraph(cursor, ClientStatementReport::tr("No invoices open."), smallFormat());
    } else {
        const QStringList headers = {
            ClientStatementReport::tr("Invoice"),       ClientStatementReport::tr("Debtor"),
            ClientStatementReport::tr("Inv. date"),     ClientStatementReport::tr("Due date"),
            ClientStatementReport::tr("Days past due"), ClientStatementReport::tr("Face value"),
            ClientStatementReport::tr("Open")};
        QTextTable *t = dataTable(cursor, int(s.openInvoices.size()) + 2, headers,
                                  {16, 30, 11, 11, 10, 11, 11}, 4);
        int row = 1;
        for (const StatementInvoice &inv : s.openInvoices) {
            if (row % 2 == 0)
                w.shade(t, row, kStripe);
            w.cell(t, row, 0, inv.invoiceNo, false, false);
            w.cell(t, row, 1, inv.debtor, false, false, false, {}, true);
            w.cell(t, row, 2, w.date(inv.invoiceDate), false, false);
            w.cell(t, row, 3, w.date(inv.dueDate), false, false);
            w.cell(t, row, 4,
                   inv.daysPastDue > 0 ? w.m_locale.toString(inv.daysPastDue)
                                       : ClientStatementReport::tr("current"),
                   true, false);
            w.amount(t, row, 5, inv.face);
            w.amount(t, row, 6, inv.open);
            ++row;
        }
        w.shade(t, row, kHeaderFill);
        w.cell(
            t, row, 0,
            ClientStatementReport::tr("Total (%n invoice(s))", nullptr, int(s.openInvoices.size())),
            false, true);
        // The label spans every column but the total: an empty cell in the row, set in the
        // document's default font, made the row taller than its text and split it over a page.
        t->mergeCells(row, 0, 1, 6);
        w.amount(t, row, 6, s.openTotal, true);
        cursor.movePosition(QTextCursor::End);
    }

    heading(cursor, ClientStatementReport::tr("Aging by days past due"));
    const QStringList headers = {
        ClientStatementReport::tr("Current"),      ClientStatementReport::tr("1–30 days"),
        ClientStatementReport::tr("31–60 days"),   ClientStatementReport::tr("61–90 days"),
        ClientStatementReport::tr("Over 90 days"), ClientStatementReport::tr("Total")};
    QTextTable *t = dataTable(cursor, 2, headers, {16, 16, 17, 17, 17, 17}, 0);
    for (int b = 0; b < StatementAging::Buckets; ++b)
        w.amount(t, 1, b, s.aging.amounts[b]);
    w.amount(t, 1, StatementAging::Buckets, s.openTotal, true);
    cursor.movePosition(QTextCursor::End);
}

void availabilitySummary(QTextCursor &cursor, const Writer &w)
{
    const StatementAvailability &a = w.m_s.availability;
    QList<SummaryLine> lines;
    if (a.hasTerms) {
        lines.append({ClientStatementReport::tr("Eligible receivables"), w.money(a.eligible)});
        lines.append(
            {ClientStatementReport::tr("Advance rate"), a.advanceRate.toLocalePercent(w.m_locale)});
        lines.append({ClientStatementReport::tr("Less funds employed"), w.money(-a.fundsEmployed)});
        if (!a.overAdvanceLimit.isZero())
            lines.append(
                {ClientStatementReport::tr("Plus over-advance line"), w.money(a.overAdvanceLimit)});
    } else {
        lines.append({ClientStatementReport::tr("No agreement in force: funds employed"),
                      w.money(a.fundsEmployed)});
    }
    lines.append({ClientStatementReport::tr("Available to draw"), w.money(a.available), true});
    paragraph(cursor, {});
    summaryTable(cursor, ClientStatementReport::tr("Availability at %1").arg(w.date(w.m_s.end)),
                 lines);
}

} // namespace

std::unique_ptr<QTextDocument> ClientStatementReport::document(const ClientStatement &s,
                                                               const ReportParty &factor,
                                                               const QLocale &locale)
{
    auto doc = newDocument(tr("Statement %1 %2").arg(s.clientCode, periodText(s, locale)));
    QTextCursor cursor(doc.get());
    const Writer w(s, locale);
    QList<QPair<QString, QString>> facts = {{tr("Client"), s.clientCode},
                                            {tr("Period"), periodText(s, locale)},
                                            {tr("Currency"), s.currency.code()}};
    if (s.asOf != s.to)
        facts.insert(2, {tr("As of"), w.date(s.asOf)});
    letterhead(cursor, factor, tr("Client statement"), facts);
    ReportParty client;
    client.code = s.clientCode;
    client.name = s.clientName;
    client.address = s.clientAddress;
    addressBlock(cursor, tr("To"), client);
    paragraph(cursor, {});
    paragraph(cursor,
              tr("Your account with us from %1, from our journal as of %2. Amounts are in %3; "
                 "a negative amount (in red, with a minus sign) is the other way round: a "
                 "reserve below zero is owed by you.")
                  .arg(periodText(s, locale), w.date(s.asOf), s.currency.code()),
              smallFormat());
    balancesTable(cursor, w);
    movementsTable(cursor, w);
    openInvoicesTable(cursor, w);
    availabilitySummary(cursor, w);
    paragraph(cursor, {});
    paragraph(cursor, tr("Please tell us within 30 days of any difference."), smallFormat());
    return doc;
}

int ClientStatementReport::paint(const ClientStatement &s, QTextDocument &document,
                                 QPagedPaintDevice &device, const QLocale &locale)
{
    const int dpi = device.logicalDpiY();
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal header = dpi * 0.35; // the running header's band, about 9 mm
    const qreal footer = dpi * 0.3;
    const QSizeF page(area.width(), area.height() - header - footer);
    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(page);
    const int pages = document.pageCount();
    QPainter painter(&device);
    QFont small = document.defaultFont();
    small.setPointSizeF(7.5);
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    const QString running = tr("%1 %2 · statement %3 (continued)")
                                .arg(s.clientCode, s.clientName, periodText(s, locale));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        // The first page opens with the letterhead, so it starts at the top of the area.
        const qreal top = i == 0 ? 0 : header;
        painter.save();
        painter.translate(0, top - page.height() * i);
        document.drawContents(&painter, QRectF(QPointF(0, page.height() * i), page));
        painter.restore();
        painter.setFont(small);
        painter.setPen(kMuted);
        if (i > 0) {
            const QRectF band(0, 0, page.width(), header * 0.6);
            painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, running);
            painter.drawLine(QPointF(0, header * 0.7), QPointF(page.width(), header * 0.7));
        }
        const qreal bottom = (i == 0 ? 0 : header) + page.height();
        const QRectF foot(0, bottom + footer * 0.3, page.width(), footer * 0.7);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

void ClientStatementReport::writePdf(const ClientStatement &s, const ReportParty &factor,
                                     const QString &path, const QLocale &locale)
{
    // QSaveFile writes beside the target and renames only on commit(): a failed or
    // interrupted statement never leaves a half-written PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the PDF file %1: %2").arg(path, file.errorString()));
    auto doc = document(s, factor, locale);
    {
        QPdfWriter writer(&file);
        writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("FactorDesk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 12, 16, 10), QPageLayout::Millimeter));
        paint(s, *doc, writer, locale);
    }
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    tr("Cannot write the PDF file %1: %2").arg(path, file.errorString()));
}

QString ClientStatementReport::suggestedFileName(const ClientStatement &s)
{
    QString code = s.clientCode;
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("statement-%1-%2-%3.pdf").arg(code, isoDate(s.from), isoDate(s.to));
}

} // namespace FactorDesk
