#include "clientstatementreport.h"

#include "clock.h"
#include "error.h"
#include "localeformat.h"
#include "pagedreport.h"
#include "reportstyle.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace FactorDesk {

using namespace ReportStyle;

namespace {

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

    // A cell of a small table (balances, aging): text, right-aligned for amounts, red when
    // the amount is negative, on one line.
    void cell(QTextTable *t, int row, int column, const QString &text, bool numeric, bool bold,
              bool negative = false) const
    {
        QTextCursor c = t->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(numeric ? Qt::AlignRight : Qt::AlignLeft);
        b.setNonBreakableLines(true);
        c.setBlockFormat(b);
        QTextCharFormat f;
        f.setFontPointSize(7);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(negative ? kNegative : kInk);
        // An empty cell keeps the small size too, or its empty line would heighten the row.
        c.setBlockCharFormat(f);
        c.insertText(text, f);
    }
    void amount(QTextTable *t, int row, int column, Money m, bool bold = false) const
    {
        cell(t, row, column, money(m), true, bold, m.isNegative());
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

// The movements, painted row by row (PagedReport): a statement can run to thousands.
void movementsTable(PagedReport &report, const Writer &w)
{
    const ClientStatement &s = w.m_s;
    const bool recourse = showsRecourse(s);
    QList<PagedReport::Column> columns = {
        {ClientStatementReport::tr("Date"), 9, false, false},
        {ClientStatementReport::tr("Kind"), recourse ? 11 : 12, false, true},
        {ClientStatementReport::tr("Reference"), recourse ? 20 : 27, false, true},
        {ClientStatementReport::tr("Receivables"), recourse ? 12 : 13, true, false},
        {ClientStatementReport::tr("Reserve"), recourse ? 12 : 13, true, false},
        {ClientStatementReport::tr("Funds employed"), recourse ? 12 : 13, true, false}};
    if (recourse)
        columns.append({ClientStatementReport::tr("Recourse"), 12, true, false});
    columns.append({ClientStatementReport::tr("Payments due"), recourse ? 12 : 13, true, false});
    report.addTable(ClientStatementReport::tr("Movements"), columns);

    // `blankZero`: a movement leaves the balances it does not touch empty, so what it does
    // stands out.
    const auto amount = [&](Money m, bool bold, bool blankZero) {
        return PagedReport::Cell{
            blankZero && m.isZero() ? QString() : w.money(m), {}, bold, m.isNegative(), 1};
    };
    const auto balances = [&](PagedReport::Row &row, const StatementBalances &b, bool bold) {
        row.cells.append(amount(b.receivables, bold, !bold));
        row.cells.append(amount(b.reserve, bold, !bold));
        row.cells.append(amount(b.fundsEmployed, bold, !bold));
        if (recourse)
            row.cells.append(amount(b.recourse, bold, !bold));
        row.cells.append(amount(b.paymentsDue, bold, !bold));
    };
    const auto labelRow = [&](QDate day, const QString &label, const StatementBalances &b,
                              bool keep) {
        PagedReport::Row row;
        row.fill = PagedReport::Fill::Header;
        row.keepWithPrevious = keep;
        row.cells = {{w.date(day), {}, true, false, 1}, {label, {}, true, false, 2}};
        balances(row, b, true);
        report.addRow(std::move(row));
    };
    labelRow(s.from, ClientStatementReport::tr("Opening balance"), s.opening, false);
    for (qsizetype i = 0; i < s.movements.size(); ++i) {
        const StatementMovement &m = s.movements.at(i);
        PagedReport::Row row;
        row.fill = i % 2 == 1 ? PagedReport::Fill::Stripe : PagedReport::Fill::None;
        row.cells = {{w.date(m.date), {}, false, false, 1},
                     {m.kindLabel, {}, false, false, 1},
                     {m.reference, m.working, false, false, 1}};
        balances(row, m.effect, false);
        report.addRow(std::move(row));
    }
    // The totals stay on the page of the last movement.
    labelRow(s.end,
             ClientStatementReport::tr("Total of %n movement(s)", nullptr, int(s.movements.size())),
             s.totals, true);
    labelRow(s.end, ClientStatementReport::tr("Closing balance"), s.closing, true);
}

void openInvoicesTable(PagedReport &report, const Writer &w)
{
    const ClientStatement &s = w.m_s;
    report.addTable(ClientStatementReport::tr("Open invoices at %1").arg(w.date(s.end)),
                    {{ClientStatementReport::tr("Invoice"), 16, false, false},
                     {ClientStatementReport::tr("Debtor"), 30, false, true},
                     {ClientStatementReport::tr("Inv. date"), 11, false, false},
                     {ClientStatementReport::tr("Due date"), 11, false, false},
                     {ClientStatementReport::tr("Days past due"), 10, true, false},
                     {ClientStatementReport::tr("Face value"), 11, true, false},
                     {ClientStatementReport::tr("Open"), 11, true, false}});
    for (qsizetype i = 0; i < s.openInvoices.size(); ++i) {
        const StatementInvoice &inv = s.openInvoices.at(i);
        PagedReport::Row row;
        row.fill = i % 2 == 1 ? PagedReport::Fill::Stripe : PagedReport::Fill::None;
        row.cells = {{inv.invoiceNo, {}, false, false, 1},
                     {inv.debtor, {}, false, false, 1},
                     {w.date(inv.invoiceDate), {}, false, false, 1},
                     {w.date(inv.dueDate), {}, false, false, 1},
                     {inv.daysPastDue > 0 ? w.m_locale.toString(inv.daysPastDue)
                                          : ClientStatementReport::tr("current"),
                      {},
                      false,
                      false,
                      1},
                     {w.money(inv.face), {}, false, inv.face.isNegative(), 1},
                     {w.money(inv.open), {}, false, inv.open.isNegative(), 1}};
        report.addRow(std::move(row));
    }
    PagedReport::Row total;
    total.fill = PagedReport::Fill::Header;
    total.keepWithPrevious = true;
    total.cells = {
        {ClientStatementReport::tr("Total (%n invoice(s))", nullptr, int(s.openInvoices.size())),
         {},
         true,
         false,
         6},
        {w.money(s.openTotal), {}, true, s.openTotal.isNegative(), 1}};
    report.addRow(std::move(total));
}

// The aging table and the availability under it, with the closing note: kept on one page.
std::unique_ptr<QTextDocument> closingPart(const Writer &w)
{
    const ClientStatement &s = w.m_s;
    auto doc = newDocument(QString());
    QTextCursor cursor(doc.get());
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
    availabilitySummary(cursor, w);
    paragraph(cursor, {});
    paragraph(cursor, ClientStatementReport::tr("Please tell us within 30 days of any difference."),
              smallFormat());
    return doc;
}

} // namespace

int ClientStatementReport::paint(const ClientStatement &s, const ReportParty &factor,
                                 QPagedPaintDevice &device, const QLocale &locale,
                                 QList<QStringList> *pageText)
{
    const QString title = tr("Statement %1 %2").arg(s.clientCode, periodText(s, locale));
    PagedReport report(title, tr("%1 %2 · statement %3 (continued)")
                                  .arg(s.clientCode, s.clientName, periodText(s, locale)));
    const Writer w(s, locale);

    auto front = newDocument(title);
    QTextCursor cursor(front.get());
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
    if (s.movements.isEmpty()) {
        heading(cursor, tr("Movements"));
        paragraph(cursor, tr("No movements in the period."), smallFormat());
    }
    report.addDocument(std::move(front));
    if (!s.movements.isEmpty())
        movementsTable(report, w);
    if (s.openInvoices.isEmpty()) {
        auto none = newDocument(QString());
        QTextCursor c(none.get());
        heading(c, tr("Open invoices at %1").arg(w.date(s.end)));
        paragraph(c, tr("No invoices open."), smallFormat());
        report.addDocument(std::move(none));
    } else {
        openInvoicesTable(report, w);
    }
    report.addDocument(closingPart(w));
    return report.paint(device, pageText);
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
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Statement %1 %2").arg(s.clientCode, periodText(s, locale)));
        writer.setCreator(QStringLiteral("FactorDesk"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 12, 16, 10), QPageLayout::Millimeter));
        paint(s, factor, writer, locale);
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
