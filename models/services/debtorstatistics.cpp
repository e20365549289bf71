#include "debtorstatistics.h"

#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "journal.h"
#include "sqlquery.h"

#include <QMap>

namespace FactorDesk {

namespace {

// " AND i.debtor_id IN (?, ?, ...)": placeholders only, the ids are bound.
QString debtorClause(const QList<qint64> *ids)
{
    if (!ids)
        return {};
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids->size());
    return QStringLiteral(" AND i.debtor_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
}

void bindIds(SqlQuery &q, const QList<qint64> *ids)
{
    if (ids)
        for (qint64 id : *ids)
            q.bind(id);
}

struct Key
{
    qint64 debtorId;
    QString currency;
    friend bool operator<(const Key &a, const Key &b)
    {
        return a.debtorId != b.debtorId ? a.debtorId < b.debtorId : a.currency < b.currency;
    }
};

} // namespace

QHash<qint64, DebtorPaymentStats> DebtorStatistics::all(QDate asOf) const
{
    return load(asOf, nullptr);
}

QHash<qint64, DebtorPaymentStats> DebtorStatistics::forDebtors(const QList<qint64> &debtorIds,
                                                               QDate asOf) const
{
    if (debtorIds.isEmpty())
        return {};
    return load(asOf, &debtorIds);
}

DebtorPaymentStats DebtorStatistics::forDebtor(qint64 debtorId, QDate asOf) const
{
    const QList<qint64> ids{debtorId};
    DebtorPaymentStats s = load(asOf, &ids).value(debtorId);
    s.debtorId = debtorId;
    return s;
}

QHash<qint64, DebtorPaymentStats> DebtorStatistics::load(QDate asOf,
                                                         const QList<qint64> *debtorIds) const
{
    if (!asOf.isValid())
        asOf = BusinessCalendar(m_db).today();
    const QString from = isoDate(PaymentTrend::windowStart(asOf, 1));
    const QString to = isoDate(asOf);
    QMap<Key, DebtorPaymentStats> byCurrency;
    const auto windowFor = [&](const Key &k, QDate date) -> PaymentTrend::Window * {
        const int w = PaymentTrend::windowOf(asOf, date);
        if (w < 0)
            return nullptr;
        DebtorPaymentStats &s = byCurrency[k];
        s.debtorId = k.debtorId;
        s.currency = Currency(k.currency);
        return w == 0 ? &s.last : &s.previous;
    };
    // Runs a query of (debtor, currency, day, amount) rows and adds each amount to its window.
    const auto addDaily = [&](SqlQuery &q, void (PaymentTrend::Window::*add)(qint64)) {
        bindIds(q, debtorIds);
        q.exec();
        while (q.next())
            if (PaymentTrend::Window *w =
                    windowFor({q.int64(0), q.text(1)}, parseIsoDate(q.text(2))))
                (w->*add)(q.int64(3));
    };
    {
        // Grouped by the two dates, so the rows are at most one per debtor, payment day and
        // invoice date, whatever the number of receipts.
        SqlQuery q(m_db,
                   QStringLiteral("SELECT i.debtor_id, i.currency, r.value_date, i.invoice_date, "
                                  "SUM(a.amount) FROM receipt_applications a JOIN receipts r ON "
                                  "r.id = a.receipt_id JOIN journal_entries e ON e.id = "
                                  "a.journal_entry_id JOIN invoices i ON i.id = a.invoice_id "
                                  "WHERE a.kind = 'applied' AND r.status <> 'reversed' AND "
                                  "r.value_date >= ? AND r.value_date <= ? AND e.entry_date <= ?") +
                       debtorClause(debtorIds) +
                       QStringLiteral(" GROUP BY i.debtor_id, i.currency, r.value_date, "
                                      "i.invoice_date"));
        q.bind(from).bind(to).bind(to);
        bindIds(q, debtorIds);
        q.exec();
        while (q.next()) {
            const QDate paid = parseIsoDate(q.text(2));
            const QDate invoiced = parseIsoDate(q.text(3));
            if (PaymentTrend::Window *w = windowFor({q.int64(0), q.text(1)}, paid))
                w->addPayment(q.int64(4), invoiced.isValid() ? invoiced.daysTo(paid) : 0);
        }
    }
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT i.debtor_id, i.currency, l.entry_date, SUM(l.credit) - "
                                  "SUM(l.debit) FROM journal_lines l JOIN journal_entries e ON "
                                  "e.id = l.entry_id JOIN accounts ac ON ac.id = l.account_id "
                                  "JOIN invoices i ON i.id = l.invoice_id WHERE e.kind = "
                                  "'credit_note' AND ac.code = ? AND l.entry_date >= ? AND "
                                  "l.entry_date <= ?") +
                       debtorClause(debtorIds) +
                       QStringLiteral(" GROUP BY i.debtor_id, i.currency, l.entry_date"));
        q.bind(Accounts::factoredReceivables()).bind(from).bind(to);
        addDaily(q, &PaymentTrend::Window::addCreditNote);
    }
    {
        // Purchases: the face amounts debited to factored receivables by purchase entries, less
        // what reversals of those entries (a schedule unfunded) took back.
        SqlQuery q(m_db,
                   QStringLiteral("SELECT i.debtor_id, i.currency, l.entry_date, SUM(l.debit) - "
                                  "SUM(l.credit) FROM journal_lines l JOIN journal_entries e ON "
                                  "e.id = l.entry_id LEFT JOIN journal_entries o ON o.id = "
                                  "e.reverses_id JOIN accounts ac ON ac.id = l.account_id JOIN "
                                  "invoices i ON i.id = l.invoice_id WHERE (e.kind = 'purchase' "
                                  "OR o.kind = 'purchase') AND ac.code = ? AND l.entry_date >= ? "
                                  "AND l.entry_date <= ?") +
                       debtorClause(debtorIds) +
                       QStringLiteral(" GROUP BY i.debtor_id, i.currency, l.entry_date"));
        q.bind(Accounts::factoredReceivables()).bind(from).bind(to);
        addDaily(q, &PaymentTrend::Window::addPurchase);
    }
    {
        // Deductions charged back: disputes resolved by a chargeback to the client.
        SqlQuery q(m_db,
                   QStringLiteral("SELECT i.debtor_id, c.currency, c.chargeback_date, "
                                  "SUM(c.amount) FROM chargebacks c JOIN invoices i ON i.id = "
                                  "c.invoice_id WHERE c.source = 'dispute' AND c.chargeback_date "
                                  ">= ? AND c.chargeback_date <= ?") +
                       debtorClause(debtorIds) +
                       QStringLiteral(" GROUP BY i.debtor_id, c.currency, c.chargeback_date"));
        q.bind(from).bind(to);
        addDaily(q, &PaymentTrend::Window::addDeductionChargedBack);
    }
    // A debtor's figures are those of the currency it paid (or was credited) most in; amounts
    // in two currencies are never added up.
    QHash<qint64, DebtorPaymentStats> out;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        const DebtorPaymentStats &s = it.value();
        const auto weight = [](const DebtorPaymentStats &x) {
            return x.last.collected() + x.previous.collected() + x.last.credited() +
                   x.previous.credited() + x.last.purchased() + x.previous.purchased();
        };
        auto found = out.find(s.debtorId);
        if (found == out.end())
            out.insert(s.debtorId, s);
        else if (weight(s) > weight(found.value()))
            found.value() = s;
    }
    return out;
}

} // namespace FactorDesk
