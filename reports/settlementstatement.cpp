#include "settlementstatement.h"

#include "businesscalendar.h"
#include "clientservice.h"
#include "clock.h"
#include "error.h"
#include "iban.h"
#include "localeformat.h"
#include "reportstyle.h"

#include <QMap>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace FactorDesk {

using namespace ReportStyle;

namespace {

// The settlement statement's own red for amounts below zero.
const QColor kSettlementNegative(0xb0, 0x12, 0x1b);

ReportParty clientParty(const Client &c)
{
    ReportParty p;
    p.code = c.code;
    p.name = c.name;
    p.address = c.address;
    p.bankName = c.bankName;
    p.bankAccount =
        Iban::looksLikeIban(c.bankAccount) ? Iban::format(c.bankAccount) : c.bankAccount;
    p.email = c.contactEmail;
    p.phone = c.contactPhone;
    return p;
}

SettlementStatementData base(Database &db, qint64 clientId)
{
    const Client c = ClientService(db).get(clientId);
    SettlementStatementData d;
    d.factor = PurchaseAdvice::factor(db);
    d.client = clientParty(c);
    d.currency = c.currency.code();
    return d;
}

// Prints a negative amount of a table cell in red, so it cannot be read as a positive one.
void markNegative(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCharFormat red;
    red.setForeground(kSettlementNegative);
    c.mergeCharFormat(red);
}

QTextTable *lastTable(QTextDocument *doc)
{
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    return frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.last());
}

} // namespace

SettlementStatementData SettlementStatement::forRelease(Database &db, qint64 releaseId)
{
    const ReserveQuery query(db);
    const ReserveRelease r = query.release(releaseId);
    SettlementStatementData d = base(db, r.clientId);
    d.date = r.date;
    d.releaseId = r.id;
    d.figures = r.figures;
    d.releasable = r.releasable;
    d.released = r.released;
    d.interestPosted = r.interestPosted;
    qint64 after = 0;
    for (const ReserveRelease &p : query.releases(r.clientId)) {
        if (p.entryId >= r.entryId)
            break;
        after = p.entryId;
        d.previousRelease = p.date;
        d.previousReleaseId = p.id;
    }
    d.movements = query.movements(r.clientId, after, r.entryId, r.date);
    return d;
}

SettlementStatementData SettlementStatement::proposal(Database &db, qint64 clientId, QDate date,
                                                      std::optional<Money> amount)
{
    const ReserveQuery query(db);
    SettlementStatementData d = base(db, clientId);
    d.date = date.isValid() ? date : BusinessCalendar(db).today();
    d.figures = query.figures(clientId, d.date);
    d.releasable = d.figures.releasable();
    d.released = amount ? *amount : d.releasable;
    d.interestPosted = d.figures.interestAccrued;
    qint64 after = 0;
    if (const auto last = query.lastRelease(clientId)) {
        after = last->entryId;
        d.previousRelease = last->date;
        d.previousReleaseId = last->id;
    }
    d.movements = query.movements(clientId, after, 0, d.date);
    return d;
}

QString SettlementStatement::kindTitle(const QString &kind)
{
    static const QMap<QString, const char *> titles = {
        {QStringLiteral("purchase"), QT_TR_NOOP("Reserve on invoices bought")},
        {QStringLiteral("receipt"), QT_TR_NOOP("Debtor payment")},
        {QStringLiteral("cash_application"), QT_TR_NOOP("Cash applied")},
        {QStringLiteral("receipt_reversal"), QT_TR_NOOP("Payment returned")},
        {QStringLiteral("discount_fee"), QT_TR_NOOP("Discount fees")},
        {QStringLiteral("interest"), QT_TR_NOOP("Interest")},
        {QStringLiteral("chargeback"), QT_TR_NOOP("Chargebacks")},
        {QStringLiteral("credit_note"), QT_TR_NOOP("Credit notes")},
        {QStringLiteral("buyback_payment"), QT_TR_NOOP("Buy-back payments")},
        {QStringLiteral("penalty"), QT_TR_NOOP("Penalty interest")},
        {QStringLiteral("minimum_fee"), QT_TR_NOOP("Minimum-fee top-up")},
        {QStringLiteral("charge"), QT_TR_NOOP("Charges")},
        {QStringLiteral("reversal"), QT_TR_NOOP("Reversals")},
        {QStringLiteral("reserve_release"), QT_TR_NOOP("Reserve releases")},
    };
    const auto it = titles.constFind(kind);
    return it == titles.cend() ? kind : tr(it.value());
}

QString SettlementStatement::suggestedFileName(const SettlementStatementData &d)
{
    QString code = d.client.code;
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("settlement-%1-%2.pdf").arg(code, d.date.toString(Qt::ISODate));
}

std::unique_ptr<QTextDocument> SettlementStatement::document(const SettlementStatementData &d,
                                                             const QLocale &locale)
{
    auto doc = newDocument(tr("Settlement statement %1").arg(d.client.code));
    QTextCursor cursor(doc.get());
    const int decimals = Currency(d.currency).decimals();
    const auto money = [&](Money m) { return Money::localized(m.minor(), locale, decimals); };
    const auto date = [&](QDate day) { return LocaleFormat::date(day, locale); };
    const ReserveFigures &f = d.figures;

    letterhead(
        cursor, d.factor, tr("Settlement statement"),
        {{tr("Client"), d.client.code},
         {tr("Release date"), date(d.date)},
         {tr("Release"), d.releaseId > 0 ? locale.toString(d.releaseId) : tr("proposal")},
         {tr("Since"), d.previousRelease.isValid()
                           ? tr("release %1 of %2")
                                 .arg(locale.toString(d.previousReleaseId), date(d.previousRelease))
                           : tr("the first purchase")}});
    addressBlock(cursor, tr("To"), d.client);
    paragraph(cursor, {});
    paragraph(cursor,
              tr("This statement shows what your debtors paid since %1, what was deducted "
                 "from your reserve and why, and how the reserve we release to you on %2 is "
                 "worked out. Amounts are in %3.")
                  .arg(d.previousRelease.isValid()
                           ? tr("our last release on %1").arg(date(d.previousRelease))
                           : tr("your first purchase"),
                       date(d.date), d.currency));
    if (d.releaseId == 0)
        paragraph(cursor, tr("PROPOSAL: nothing has been released yet."), boldFormat());
    paragraph(cursor, {});

    // The releasable amount as a sum read down the page. Red is kept for what the client
    // owes: a reserve below zero and the recourse receivable.
    QList<SummaryLine> summary;
    QList<int> red; // rows (from 1) printed in red
    const auto add = [&](const QString &label, Money value, bool bold = false, bool alert = false) {
        summary.append({label, money(value), bold});
        if (alert)
            red.append(int(summary.size()));
    };
    add(tr("Reserve balance"), f.balance, true, f.balance.isNegative());
    add(tr("Less held against open invoices"), -f.held);
    add(tr("Less interest accrued to this date"), -f.interestAccrued);
    if (!f.feesAccrued.isZero())
        add(tr("Less discount fees due, not charged yet"), -f.feesAccrued);
    add(tr("Less open disputes"), -f.disputes);
    add(tr("Releasable"), d.releasable, true);
    add(d.releaseId > 0 ? tr("Released: paid to you") : tr("To be released"), d.released, true);
    const Money remaining = f.balance - f.interestAccrued - d.released;
    add(tr("Reserve kept after the release"), remaining, false, remaining.isNegative());
    if (!f.recourseShown().isZero()) {
        add(tr("Recourse receivable: owed by you"), f.recourseShown(), true, true);
        if (!f.shortfall().isZero())
            add(tr("of which the reserve below zero"), f.shortfall(), false, true);
    }
    summaryTable(cursor, tr("Releasable reserve"), summary);
    if (QTextTable *t = lastTable(doc.get()))
        for (int row : std::as_const(red))
            markNegative(t, row, 1);
    paragraph(cursor, {});

    QString account = d.client.bankAccount;
    if (!d.client.bankName.isEmpty())
        account = account.isEmpty() ? d.client.bankName
                                    : tr("%1 at %2").arg(d.client.bankAccount, d.client.bankName);
    if (d.released.isPositive())
        paragraph(cursor, account.isEmpty()
                              ? tr("We will pay %1 %2 to you with our next payment run.")
                                    .arg(d.currency, money(d.released))
                              : tr("We will pay %1 %2 to your account %3 with our next payment "
                                   "run.")
                                    .arg(d.currency, money(d.released), account));
    else
        paragraph(cursor, tr("No reserve can be released to you on %1.").arg(date(d.date)));
    if (f.balance.isNegative())
        paragraph(cursor, tr("Your reserve is %1 below zero: this is owed by you as recourse "
                             "receivable and is set against your next purchases or collections.")
                              .arg(money(f.shortfall())));

    // What the debtors paid.
    const SettlementMovements &m = d.movements;
    paragraph(cursor, {});
    heading(cursor, tr("Collected since the last release"));
    if (m.collections.isEmpty()) {
        paragraph(cursor, tr("No payments were collected."), smallFormat());
    } else {
        QTextTable *t =
            dataTable(cursor, int(m.collections.size()) + 2,
                      {tr("Date"), tr("Invoice"), tr("What"), tr("Amount")}, {16, 24, 40, 20}, 3);
        int row = 1;
        for (const SettlementLine &l : m.collections) {
            fillRow(t, row, {date(l.date), l.invoiceNo, kindTitle(l.kind), money(l.amount)}, 3,
                    false, row % 2 == 0, {2});
            if (l.amount.isNegative())
                markNegative(t, row, 3);
            ++row;
        }
        fillRow(t, row, {tr("Total collected"), QString(), QString(), money(m.collected)}, 3, true,
                false);
        t->mergeCells(row, 0, 1, 3);
        cursor.movePosition(QTextCursor::End);
    }

    // What was taken from the reserve, by kind, then line by line.
    paragraph(cursor, {});
    heading(cursor, tr("Deducted from your reserve"));
    if (m.deductions.isEmpty()) {
        paragraph(cursor, tr("Nothing was deducted."), smallFormat());
    } else {
        QMap<QString, Money> byKind;
        for (const SettlementLine &l : m.deductions)
            byKind[kindTitle(l.kind)] += l.amount;
        QList<SummaryLine> kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds.append({it.key(), money(it.value()), false});
        kinds.append({tr("Total deducted"), money(m.deducted), true});
        if (!f.disputes.isZero())
            kinds.append({tr("Held for open disputes (not deducted)"), money(f.disputes), false});
        summaryTable(cursor, tr("Deductions"), kinds);
        paragraph(cursor, {});
        // The entry's memo names the invoice and the reason (a chargeback's dispute, the
        // interest's period).
        QTextTable *t =
            dataTable(cursor, int(m.deductions.size()) + 2,
                      {tr("Date"), tr("Why"), tr("Details"), tr("Amount")}, {14, 20, 50, 16}, 3);
        int row = 1;
        for (const SettlementLine &l : m.deductions) {
            QString details = l.memo;
            if (!l.invoiceNo.isEmpty() && !l.memo.contains(l.invoiceNo))
                details = l.memo.isEmpty() ? tr("Invoice %1").arg(l.invoiceNo)
                                           : tr("%1 (invoice %2)").arg(l.memo, l.invoiceNo);
            fillRow(t, row, {date(l.date), kindTitle(l.kind), details, money(l.amount)}, 3, false,
                    row % 2 == 0, {1, 2});
            ++row;
        }
        fillRow(t, row, {tr("Total deducted"), QString(), QString(), money(m.deducted)}, 3, true,
                false);
        t->mergeCells(row, 0, 1, 3);
        cursor.movePosition(QTextCursor::End);
    }

    if (!m.additions.isEmpty()) {
        paragraph(cursor, {});
        heading(cursor, tr("Added to your reserve"));
        QMap<QString, Money> byKind;
        for (const SettlementLine &l : m.additions)
            byKind[kindTitle(l.kind)] += l.amount;
        QList<SummaryLine> kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds.append({it.key(), money(it.value()), false});
        kinds.append({tr("Total added"), money(m.added), true});
        summaryTable(cursor, tr("Additions"), kinds);
    }

    paragraph(cursor, {});
    paragraph(cursor,
              tr("The reserve held against open invoices is their open amount less the "
                 "advance rate they were bought at; it is released as your debtors pay."),
              smallFormat());
    paragraph(cursor, {});
    paragraph(cursor, tr("Yours faithfully,"));
    paragraph(cursor, d.factor.name, boldFormat());
    return doc;
}

void SettlementStatement::writePdf(const SettlementStatementData &data, const QString &path,
                                   const QLocale &locale)
{
    auto doc = document(data, locale);
    writeReportPdf(*doc, path,
                   tr("Settlement statement %1, %2").arg(data.client.code, isoDate(data.date)));
}

} // namespace FactorDesk
