#include "statementquery.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "feesquery.h"
#include "journal.h"
#include "ledger.h"
#include "pricing.h"
#include "sqlquery.h"

#include <QHash>
#include <algorithm>

namespace FactorDesk {

namespace {

// The entries with lines tagged with the client in the period: the subquery every reference
// lookup filters by (three bound values: client, from, end).
const char *const kEntriesOfPeriod =
    "SELECT entry_id FROM journal_lines WHERE client_id = ? AND entry_date >= ? AND "
    "entry_date <= ?";

// Adds `debitMinusCredit` on `account` to the balances, signed as the client reads them.
void addLine(StatementBalances &b, const QString &account, Money debitMinusCredit)
{
    if (account == Accounts::factoredReceivables())
        b.receivables += debitMinusCredit;
    else if (account == Accounts::clientReserves())
        b.reserve -= debitMinusCredit;
    else if (account == Accounts::recourseReceivable())
        b.recourse += debitMinusCredit;
    else if (account == Accounts::paymentsDue())
        b.paymentsDue -= debitMinusCredit;
    if (FundsEmployed::accounts().contains(account))
        b.fundsEmployed += debitMinusCredit;
}

StatementBalances zeroBalances(Currency c)
{
    const Money z = Money::fromMinor(0, c);
    return {z, z, z, z, z};
}

// "INV-1, INV-2, INV-3 and 4 more"
QString invoiceList(const QStringList &invoices)
{
    constexpr int shown = 3;
    if (invoices.size() <= shown)
        return invoices.join(QStringLiteral(", "));
    return QCoreApplication::translate("FactorDesk::StatementQuery", "%1 and %n more", nullptr,
                                       int(invoices.size()) - shown)
        .arg(invoices.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace

QString StatementQuery::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("purchase"), QT_TR_NOOP("Purchase")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment sent")},
        {QStringLiteral("client_payment"), QT_TR_NOOP("Payment sent")},
        {QStringLiteral("receipt"), QT_TR_NOOP("Collection")},
        {QStringLiteral("cash_application"), QT_TR_NOOP("Collection (applied)")},
        {QStringLiteral("receipt_reversal"), QT_TR_NOOP("Collection returned")},
        {QStringLiteral("credit_note"), QT_TR_NOOP("Credit note")},
        {QStringLiteral("dispute"), QT_TR_NOOP("Dispute")},
        {QStringLiteral("chargeback"), QT_TR_NOOP("Chargeback")},
        {QStringLiteral("buyback_payment"), QT_TR_NOOP("Buy-back payment")},
        {QStringLiteral("credit_loss"), QT_TR_NOOP("Credit loss")},
        {QStringLiteral("discount_fee"), QT_TR_NOOP("Discount fee")},
        {QStringLiteral("interest"), QT_TR_NOOP("Interest")},
        {QStringLiteral("penalty"), QT_TR_NOOP("Penalty")},
        {QStringLiteral("minimum_fee"), QT_TR_NOOP("Minimum fee")},
        {QStringLiteral("charge"), QT_TR_NOOP("Charge")},
        {QStringLiteral("reserve_release"), QT_TR_NOOP("Reserve release")},
        {QStringLiteral("reversal"), QT_TR_NOOP("Reversal")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.constEnd() ? kind : tr(it.value());
}

ClientStatement StatementQuery::statement(const QString &clientCode, QDate from, QDate to,
                                          QDate asOf) const
{
    return statement(ClientService(m_db).byCode(clientCode).id, from, to, asOf);
}

ClientStatement StatementQuery::statement(qint64 clientId, QDate from, QDate to, QDate asOf) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error(Error::Kind::Validation,
                    tr("A statement's period runs from a date to a later one (%1 to %2).")
                        .arg(isoDate(from), isoDate(to)),
                    QStringLiteral("from"));
    const Client c = ClientService(m_db).get(clientId);
    ClientStatement s;
    s.clientId = c.id;
    s.clientCode = c.code;
    s.clientName = c.name;
    s.clientAddress = c.address;
    s.currency = c.currency;
    s.from = from;
    s.to = to;
    s.asOf = asOf.isValid() ? asOf : to;
    s.end = std::min(to, s.asOf);
    s.opening = s.totals = s.closing = zeroBalances(s.currency);
    s.openTotal = Money::fromMinor(0, s.currency);
    for (Money &m : s.aging.amounts)
        m = Money::fromMinor(0, s.currency);
    readBalances(s);
    readMovements(s);
    readOpenInvoices(s);
    readAvailability(s);
    return s;
}

void StatementQuery::readBalances(ClientStatement &s) const
{
    const JournalService journal(m_db);
    const auto balancesAt = [&](QDate day) {
        StatementBalances b = zeroBalances(s.currency);
        for (const QString &account : {Accounts::factoredReceivables(), Accounts::clientReserves(),
                                       Accounts::recourseReceivable(), Accounts::paymentsDue()})
            addLine(b, account,
                    Money::fromMinor(journal.balance(account, day, s.clientId), s.currency));
        return b;
    };
    s.opening = balancesAt(s.from.addDays(-1));
    // Before the period starts nothing of it is counted: the closing is the opening.
    s.closing = s.end < s.from ? s.opening : balancesAt(s.end);
}

void StatementQuery::readMovements(ClientStatement &s) const
{
    if (s.end < s.from)
        return;
    const QString from = isoDate(s.from);
    const QString end = isoDate(s.end);

    // What each entry refers to: receipts' bank references, credit note and buy-back
    // references, chargeback reasons; schedule numbers for purchases.
    QHash<qint64, QString> references;
    {
        const QString sub = QLatin1String(kEntriesOfPeriod);
        SqlQuery q(
            m_db,
            QStringLiteral(
                "SELECT journal_entry_id, reference FROM receipts WHERE journal_entry_id IN (%1) "
                "UNION ALL SELECT ra.journal_entry_id, r.reference FROM receipt_applications ra "
                "JOIN receipts r ON r.id = ra.receipt_id WHERE ra.journal_entry_id IN (%1) "
                "UNION ALL SELECT journal_entry_id, reference FROM credit_notes WHERE "
                "journal_entry_id IN (%1) "
                "UNION ALL SELECT journal_entry_id, reference FROM buyback_payments WHERE "
                "journal_entry_id IN (%1) "
                "UNION ALL SELECT journal_entry_id, reason FROM chargebacks WHERE "
                "journal_entry_id IN (%1)")
                .arg(sub));
        for (int i = 0; i < 5; ++i)
            q.bind(s.clientId).bind(from).bind(end);
        q.exec();
        while (q.next()) {
            const QString ref = q.text(1).section(QLatin1Char('\n'), 0, 0).trimmed();
            QString &known = references[q.int64(0)];
            if (!ref.isEmpty() && !known.contains(ref))
                known = known.isEmpty() ? ref : known + QStringLiteral(", ") + ref;
        }
    }

    SqlQuery q(m_db,
               QStringLiteral("SELECT l.entry_id, l.entry_date, e.kind, e.memo, e.reverses_id, "
                              "COALESCE(sc.number, ''), a.code, l.debit, l.credit, "
                              "COALESCE(i.invoice_no, ''), COALESCE(re.kind, '') "
                              "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
                              "JOIN journal_entries e ON e.id = l.entry_id "
                              "LEFT JOIN schedules sc ON sc.id = e.schedule_id "
                              "LEFT JOIN invoices i ON i.id = l.invoice_id "
                              "LEFT JOIN journal_entries re ON re.id = e.reverses_id "
                              "WHERE l.client_id = ? AND l.entry_date >= ? AND l.entry_date <= ? "
                              "ORDER BY l.entry_date, l.entry_id, l.line_no"));
    q.bind(s.clientId).bind(from).bind(end).exec();
    StatementMovement current;
    QStringList invoices;
    QString memo;
    QString schedule;
    qint64 reversesId = 0;
    QString reversedKind;
    const auto finish = [&]() {
        if (current.entryId == 0)
            return;
        QStringList parts;
        if (!schedule.isEmpty())
            parts << tr("Schedule %1").arg(schedule);
        if (reversesId > 0)
            parts << tr("reverses entry %1 (%2)").arg(reversesId).arg(kindLabel(reversedKind));
        const QString ref = references.value(current.entryId);
        if (!ref.isEmpty())
            parts << ref;
        // A purchase names its schedule; the invoices are on the purchase advice.
        if (!invoices.isEmpty() && schedule.isEmpty())
            parts << invoiceList(invoices);
        if (parts.isEmpty())
            parts << memo;
        current.reference = parts.join(QStringLiteral(" · "));
        if (current.kind == QLatin1String("discount_fee"))
            current.working = feeWorking(s, current.entryId, invoices);
        else if (current.kind == QLatin1String("interest"))
            current.working = interestWorking(s, current.date);
        else if (current.kind == QLatin1String("penalty") ||
                 current.kind == QLatin1String("minimum_fee") ||
                 current.kind == QLatin1String("charge"))
            current.working = memo;
        s.totals += current.effect;
        s.movements.append(current);
    };
    while (q.next()) {
        const qint64 entryId = q.int64(0);
        if (entryId != current.entryId) {
            finish();
            current = StatementMovement();
            current.entryId = entryId;
            current.date = parseIsoDate(q.text(1));
            current.kind = q.text(2);
            current.kindLabel = kindLabel(current.kind);
            current.effect = zeroBalances(s.currency);
            memo = q.text(3);
            reversesId = q.int64(4);
            schedule = q.text(5);
            reversedKind = q.text(10);
            invoices.clear();
        }
        addLine(current.effect, q.text(6), Money::fromMinor(q.int64(7) - q.int64(8), s.currency));
        const QString invoice = q.text(9);
        if (!invoice.isEmpty() && !invoices.contains(invoice))
            invoices << invoice;
    }
    finish();
}

QString StatementQuery::feeWorking(const ClientStatement &s, qint64 entryId,
                                   const QStringList &invoices) const
{
    QStringList parts;
    const FeesQuery fees(m_db);
    for (const QString &invoice : invoices) {
        InvoiceFees f;
        try {
            f = fees.invoiceFees(s.clientCode, invoice);
        } catch (const Error &) {
            continue; // a number sold twice: the fee is still in the movement, without working
        }
        for (const CollectionFee &c : std::as_const(f.collections)) {
            if (c.chargedEntryId != entryId)
                continue;
            const DiscountFeeWorking &w = c.working;
            parts << tr("%1: %2 collected %3, %n day(s), %4 = %5", nullptr, w.days)
                         .arg(invoice, w.amount.toPlainString(), isoDate(w.collected), w.tierText(),
                              w.fee.toPlainString());
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString StatementQuery::interestWorking(const ClientStatement &s, QDate posted) const
{
    const QDate first(posted.year(), posted.month(), 1);
    const InterestWorking w = FeesQuery(m_db).interest(s.clientId, first, posted);
    // Interest posted by hand, or under terms that charge none now, has no working to show.
    if (w.days.isEmpty() || w.total.isZero())
        return {};
    QStringList rates;
    int charged = 0;
    for (const InterestDay &d : w.days) {
        if (d.balance.isPositive())
            ++charged;
        const QString r = tr("%1 % + %2 % (ACT/%3)")
                              .arg(d.baseRate.toPercentString(), d.margin.toPercentString())
                              .arg(static_cast<int>(d.basis));
        if (!rates.contains(r))
            rates << r;
    }
    return tr("%1 to %2, %n day(s) with funds employed, base + margin %3: %4 (unrounded %5)",
              nullptr, charged)
        .arg(isoDate(first), isoDate(posted), rates.join(QStringLiteral(", ")),
             w.total.toPlainString(), w.exactTotal.toExactString());
}

void StatementQuery::readOpenInvoices(ClientStatement &s) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT l.invoice_id, i.invoice_no, d.name, d.code, i.invoice_date, "
                   "i.due_date, i.amount, "
                   "CAST(SUM(l.debit) - SUM(l.credit) AS BIGINT) "
                   "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
                   "JOIN invoices i ON i.id = l.invoice_id JOIN debtors d ON d.id = i.debtor_id "
                   "WHERE a.code = ? AND l.client_id = ? AND l.entry_date <= ? "
                   "GROUP BY l.invoice_id, i.invoice_no, d.name, d.code, i.invoice_date, "
                   "i.due_date, i.amount "
                   "HAVING SUM(l.debit) - SUM(l.credit) <> 0 "
                   "ORDER BY i.due_date, i.invoice_no, l.invoice_id"));
    q.bind(Accounts::factoredReceivables()).bind(s.clientId).bind(isoDate(s.end)).exec();
    while (q.next()) {
        StatementInvoice inv;
        inv.invoiceId = q.int64(0);
        inv.invoiceNo = q.text(1);
        inv.debtor = q.text(2).isEmpty() ? q.text(3) : q.text(2);
        inv.invoiceDate = parseIsoDate(q.text(4));
        inv.dueDate = parseIsoDate(q.text(5));
        inv.face = Money::fromMinor(q.int64(6), s.currency);
        inv.open = Money::fromMinor(q.int64(7), s.currency);
        inv.daysPastDue = int(inv.dueDate.daysTo(s.end));
        inv.bucket = StatementAging::bucketOf(inv.daysPastDue);
        s.aging.amounts[inv.bucket] += inv.open;
        s.openTotal += inv.open;
        s.openInvoices.append(inv);
    }
}

void StatementQuery::readAvailability(ClientStatement &s) const
{
    StatementAvailability &a = s.availability;
    a.fundsEmployed = s.closing.fundsEmployed;
    a.eligible = Money::fromMinor(0, s.currency);
    a.overAdvanceLimit = Money::fromMinor(0, s.currency);
    a.available = -a.fundsEmployed;
    const std::optional<Agreement> terms = AgreementService(m_db).inForce(s.clientId, s.end);
    if (!terms)
        return;
    // AvailabilityQuery's rule (the eligible part, never more than the open balance), on the
    // invoices open at the end of the period.
    QHash<qint64, qint64> eligible;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, eligible_amount FROM invoices WHERE "
                                        "client_id = ?"));
        q.bind(s.clientId).exec();
        while (q.next())
            eligible.insert(q.int64(0), q.int64(1));
    }
    for (const StatementInvoice &inv : std::as_const(s.openInvoices))
        if (inv.open.isPositive())
            a.eligible += Money::fromMinor(
                std::min(inv.open.minor(), eligible.value(inv.invoiceId)), s.currency);
    a.hasTerms = true;
    a.advanceRate = terms->advanceRate;
    a.overAdvanceLimit = Money::fromMinor(terms->overAdvanceLimit.minor(), s.currency);
    a.available = Money::fromMinor(
        Pricing::availability(*terms, a.eligible.minor(), a.fundsEmployed.minor()), s.currency);
}

} // namespace FactorDesk
