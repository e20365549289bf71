#include "feesquery.h"

#include "agreementservice.h"
#include "baserateservice.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "invoicenumber.h"
#include "journal.h"
#include "sqlquery.h"

#include <map>

namespace FactorDesk {

namespace {

// The collection lines on factored receivables, with the invoice's purchase date (its latest
// purchase entry that was not reversed) and the receipt's value date where there is one.
const QString kCollections = QStringLiteral(
    "SELECT l.id, l.entry_id, e.kind, l.entry_date, l.credit, l.invoice_id, i.client_id, "
    "i.invoice_no, i.currency, "
    "(SELECT max(pl.entry_date) FROM journal_lines pl JOIN journal_entries pe ON pe.id = "
    "pl.entry_id WHERE pl.invoice_id = l.invoice_id AND pl.account_id = l.account_id AND "
    "pl.debit > 0 AND pe.kind = 'purchase' AND NOT EXISTS (SELECT 1 FROM journal_entries re "
    "WHERE re.reverses_id = pe.id)), "
    "COALESCE((SELECT min(r.value_date) FROM receipt_applications ra JOIN receipts r ON r.id = "
    "ra.receipt_id WHERE ra.journal_entry_id = l.entry_id AND ra.invoice_id = l.invoice_id), "
    "(SELECT min(r2.value_date) FROM receipts r2 WHERE r2.journal_entry_id = l.entry_id), "
    "l.entry_date), "
    "c.fee_entry_id, "
    "EXISTS (SELECT 1 FROM receipt_applications ra2 JOIN receipts rv ON rv.reverses_id = "
    "ra2.receipt_id WHERE ra2.journal_entry_id = l.entry_id AND ra2.invoice_id = l.invoice_id "
    "AND ra2.kind = 'applied'), "
    "(SELECT f.refund_entry_id FROM discount_fee_refunds f WHERE f.source_line_id = l.id) "
    "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
    "JOIN accounts a ON a.id = l.account_id JOIN invoices i ON i.id = l.invoice_id "
    "LEFT JOIN discount_fee_charges c ON c.source_line_id = l.id "
    "WHERE a.code = '1100' AND l.credit > 0 "
    "AND e.kind IN ('receipt', 'cash_application', 'chargeback') AND %1 "
    "ORDER BY l.entry_date, l.id");

// The version of `history` (sorted by date) in force on `day`, or nullptr.
const Agreement *versionOn(const QList<Agreement> &history, QDate day)
{
    const Agreement *found = nullptr;
    for (const Agreement &a : history)
        if (a.effectiveFrom <= day)
            found = &a;
    return found;
}

// Entries the end-of-day run posts on a month's last day after that day's accrual: they count
// in funds employed from the next day, in the working as in the accrual.
const QString kAfterAccrual =
    QStringLiteral("e.kind IN ('interest', 'penalty', 'minimum_fee', 'charge')");

bool chargesInterest(const Agreement &a)
{
    return a.interestMargin.ppm() > 0 || !a.baseRate.isEmpty();
}

DayCount basisOf(const Agreement &a)
{
    return a.dayCount == 365 ? DayCount::Act365 : DayCount::Act360;
}

} // namespace

QList<CollectionFee> FeesQuery::collections(const QString &where, const QVariant &value) const
{
    SqlQuery q(m_db, kCollections.arg(where));
    q.bind(value).exec();
    QList<CollectionFee> out;
    QHash<qint64, QList<Agreement>> terms;
    while (q.next()) {
        CollectionFee c;
        c.sourceLineId = q.int64(0);
        c.entryId = q.int64(1);
        c.kind = q.text(2);
        c.posted = parseIsoDate(q.text(3));
        c.invoiceId = q.int64(5);
        c.clientId = q.int64(6);
        c.invoiceNo = q.text(7);
        const Money amount = Money::fromMinor(q.int64(4), Currency(q.text(8)));
        const QDate purchased = parseIsoDate(q.text(9));
        const QDate collected = parseIsoDate(q.text(10));
        c.chargedEntryId = q.isNull(11) ? 0 : q.int64(11);
        c.reversed = q.value(12).toBool();
        c.refundEntryId = q.isNull(13) ? 0 : q.int64(13);
        if (!terms.contains(c.clientId))
            terms.insert(c.clientId, AgreementService(m_db).history(c.clientId));
        // The terms the invoice was bought under.
        const Agreement *a = versionOn(terms.value(c.clientId), purchased);
        c.working = a ? discountFee(*a, amount, purchased, collected)
                      : discountFee({}, amount, purchased, collected, 0, true);
        out.append(c);
    }
    return out;
}

InvoiceFees FeesQuery::invoiceFees(const QString &clientCode, const QString &invoiceNo) const
{
    const Client client = ClientService(m_db).byCode(clientCode);
    SqlQuery q(m_db, QStringLiteral("SELECT id, invoice_no, amount, currency FROM invoices WHERE "
                                    "client_id = ? AND (invoice_key = ? OR invoice_no = ?) "
                                    "AND status NOT IN ('pending', 'rejected') ORDER BY id DESC"));
    q.bind(client.id).bind(InvoiceNumber::key(invoiceNo)).bind(invoiceNo.trimmed()).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    tr("invoice: %1 has no bought invoice %2.").arg(client.code, invoiceNo),
                    QStringLiteral("invoice"));
    InvoiceFees f;
    f.client = client.code;
    f.invoiceId = q.int64(0);
    f.invoiceNo = q.text(1);
    f.face = Money::fromMinor(q.int64(2), Currency(q.text(3)));
    f.total = Money::fromMinor(0, f.face.currency());
    f.collections = collections(QStringLiteral("l.invoice_id = ?"), QVariant(f.invoiceId));
    SqlQuery p(m_db, QStringLiteral("SELECT max(l.entry_date) FROM journal_lines l JOIN "
                                    "journal_entries e ON e.id = l.entry_id JOIN accounts a ON "
                                    "a.id = l.account_id WHERE l.invoice_id = ? AND a.code = "
                                    "'1100' AND l.debit > 0 AND e.kind = 'purchase'"));
    f.purchased = parseIsoDate(p.bind(f.invoiceId).scalar().toString());
    for (const CollectionFee &c : f.collections)
        if (!c.reversed)
            f.total += c.working.fee;
    return f;
}

QList<CollectionFee> FeesQuery::unchargedCollections(QDate day) const
{
    QList<CollectionFee> all =
        collections(QStringLiteral("l.entry_date = ?"), QVariant(isoDate(day)));
    // A collection its receipt's reversal undid is no collection: no fee (or a refunded one).
    all.removeIf([](const CollectionFee &c) { return c.chargedEntryId != 0 || c.reversed; });
    return all;
}

InterestWorking FeesQuery::interest(qint64 clientId, QDate from, QDate to) const
{
    const Client client = ClientService(m_db).get(clientId);
    const QList<Agreement> history = AgreementService(m_db).history(clientId);
    // Funds employed: the opening balance before `from`, then each day's change.
    // Interest posted on a month's last day counts from the next day: the day's accrual was
    // taken before it (EndOfDayService runs the posting after the accrual).
    SqlQuery q(m_db, QStringLiteral("SELECT l.entry_date, %1, sum(l.debit - l.credit) FROM "
                                    "journal_lines l JOIN accounts a ON a.id = l.account_id "
                                    "JOIN journal_entries e ON e.id = l.entry_id WHERE a.code IN "
                                    "(?, ?) AND l.client_id = ? AND l.entry_date <= ? GROUP BY "
                                    "l.entry_date, %1")
                         .arg(kAfterAccrual));
    const QStringList accounts = FundsEmployed::accounts();
    q.bind(accounts.at(0)).bind(accounts.at(1)).bind(clientId).bind(isoDate(to)).exec();
    std::map<QDate, qint64> changes;
    while (q.next()) {
        const QDate d = parseIsoDate(q.text(0));
        changes[q.value(1).toBool() ? d.addDays(1) : d] += q.int64(2);
    }
    BaseRateService rates(m_db);
    QHash<QString, QList<BaseRatePoint>> points;
    QList<InterestDayInput> inputs;
    qint64 balance = 0;
    auto next = changes.begin();
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        for (; next != changes.end() && next->first <= d; ++next)
            balance += next->second;
        InterestDayInput in;
        in.date = d;
        in.balance = Money::fromMinor(balance, client.currency);
        if (const Agreement *a = versionOn(history, d); a && chargesInterest(*a)) {
            if (!points.contains(a->baseRate))
                points.insert(a->baseRate, rates.points(a->baseRate, client.currency));
            in.baseRate = baseRateOn(points.value(a->baseRate), d);
            in.margin = a->interestMargin;
            in.basis = basisOf(*a);
        }
        inputs.append(in);
    }
    return interestWorking(inputs);
}

InterestMonth FeesQuery::interestMonth(const QString &clientCode, const QString &month) const
{
    const QDate first = BusinessCalendar::parseMonth(month);
    if (!first.isValid())
        throw Error(Error::Kind::Validation,
                    tr("month: \"%1\" is not a month; write it like 2026-03.").arg(month),
                    QStringLiteral("month"));
    const Client client = ClientService(m_db).byCode(clientCode);
    InterestMonth m;
    m.client = client.code;
    m.month = first.toString(QStringLiteral("yyyy-MM"));
    m.working = interest(client.id, first, first.addMonths(1).addDays(-1));
    SqlQuery p(m_db, QStringLiteral("SELECT max(posted_entry_id) FROM interest_accruals WHERE "
                                    "client_id = ? AND day >= ? AND day <= ?"));
    const QVariant posted = p.bind(client.id)
                                .bind(isoDate(first))
                                .bind(isoDate(first.addMonths(1).addDays(-1)))
                                .scalar();
    m.postedEntryId = posted.isNull() ? 0 : posted.toLongLong();
    return m;
}

QHash<qint64, InterestDayInput> FeesQuery::interestInputsOn(QDate day) const
{
    QHash<qint64, InterestDayInput> out;
    // Every client's terms in force on the day, in one pass; each base rate looked up once.
    const QHash<qint64, Agreement> terms = AgreementService(m_db).inForceForAll(day);
    BaseRateService rates(m_db);
    QHash<QString, Rate> baseRates; // "NAME/CUR" → rate on the day
    for (auto it = terms.cbegin(); it != terms.cend(); ++it) {
        const Agreement &a = it.value();
        if (!chargesInterest(a))
            continue;
        // The agreement's amounts are in the client's currency.
        const Currency currency = a.minimumFee.currency();
        const QString key = a.baseRate + QLatin1Char('/') + currency.code();
        if (!baseRates.contains(key))
            baseRates.insert(key, rates.rateOn(a.baseRate, day, currency));
        out.insert(it.key(), InterestDayInput{day, Money::fromMinor(0, currency),
                                              baseRates.value(key), a.interestMargin, basisOf(a)});
    }
    if (out.isEmpty())
        return out;
    // One pass: funds employed by client at the end of the day.
    // (Interest posted today counts from tomorrow, as in interest().)
    // Only the day's own entries are looked up for their kind, not the entry of every line.
    SqlQuery q(m_db, QStringLiteral("SELECT l.client_id, sum(l.debit - l.credit) FROM "
                                    "journal_lines l JOIN accounts a ON a.id = l.account_id "
                                    "WHERE a.code IN (?, ?) AND l.client_id IS NOT NULL AND "
                                    "l.entry_date <= ? AND NOT (l.entry_date = ? AND l.entry_id "
                                    "IN (SELECT e.id FROM journal_entries e WHERE e.entry_date = "
                                    "? AND %1)) GROUP BY l.client_id")
                         .arg(kAfterAccrual));
    const QStringList accounts = FundsEmployed::accounts();
    const QString today = isoDate(day);
    q.bind(accounts.at(0)).bind(accounts.at(1)).bind(today).bind(today).bind(today).exec();
    while (q.next()) {
        const auto it = out.find(q.int64(0));
        if (it != out.end())
            it->balance = Money::fromMinor(q.int64(1), it->balance.currency());
    }
    return out;
}

} // namespace FactorDesk
