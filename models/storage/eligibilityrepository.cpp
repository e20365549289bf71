#include "eligibilityrepository.h"

#include "clock.h"
#include "database.h"
#include "invoicenumber.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <QSet>

namespace FactorDesk {

namespace {

constexpr int kChunk = 500;

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// Runs `run(placeholders, chunk)` for slices of `values` small enough for any engine's limit
// on bound values.
template <typename T, typename F> void inChunks(const QList<T> &values, F run)
{
    for (qsizetype i = 0; i < values.size(); i += kChunk) {
        const QList<T> chunk = values.mid(i, kChunk);
        run(placeholders(chunk.size()), chunk);
    }
}

DebtorDateAmount ddaKey(qint64 debtorId, QDate date, qint64 amount)
{
    return DebtorDateAmount{debtorId, date.toJulianDay(), amount};
}

// The invoices that count towards exposure, concentration and the facility, in one currency:
// open (bought, at their open balance) and the lines of approved schedules not yet funded (at
// their face; lines refused outright are 'rejected' and do not count). The schedule being
// checked is left out, and so are schedules approved after it (CountApproved). Binds:
// currency, then bindApproved().
const char *const kCounted =
    "currency = ? AND (status = 'open' OR (status = 'pending' AND schedule_id IN (SELECT id FROM "
    "schedules WHERE status = 'approved' AND id <> ? AND (? = '' OR approved_at < ? OR "
    "(approved_at = ? AND id < ?)))))";
// What one counted invoice adds.
const char *const kCountedAmount = "CASE WHEN status = 'open' THEN open_balance ELSE amount END";

QDate dateOf(const SqlQuery &q, int i)
{
    return q.isNull(i) ? QDate() : parseIsoDate(q.text(i));
}

} // namespace

EligibilityInputs EligibilityRepository::load(qint64 clientId, Currency currency,
                                              const Agreement &agreement, QDate scheduleDate,
                                              const QList<ScheduleLine> &lines,
                                              qint64 excludeScheduleId,
                                              const CountApproved &count) const
{
    const auto money = [currency](qint64 minor) { return Money::fromMinor(minor, currency); };
    EligibilityInputs in;
    in.clientReceivables = money(0);
    in.fundsEmployed = money(0);
    in.clientId = clientId;
    in.scheduleId = excludeScheduleId;
    in.scheduleDate = scheduleDate;
    in.agreement = agreement;

    const Currency bookCurrency = SettingsRepository(m_db).currency();
    const QString approvedBefore = count.approvedAt;
    const auto bindApproved = [&](SqlQuery &q) -> SqlQuery & {
        return q.bind(excludeScheduleId)
            .bind(approvedBefore)
            .bind(approvedBefore)
            .bind(approvedBefore)
            .bind(count.scheduleId);
    };
    QSet<qint64> debtorSet;
    QSet<QString> codeSet;
    QDate minDate;
    QDate maxDate;
    for (const ScheduleLine &l : lines) {
        debtorSet.insert(l.debtorId);
        if (!l.approvalCode.isEmpty())
            codeSet.insert(l.approvalCode);
        if (!minDate.isValid() || l.invoiceDate < minDate)
            minDate = l.invoiceDate;
        if (!maxDate.isValid() || l.invoiceDate > maxDate)
            maxDate = l.invoiceDate;
    }
    const QList<qint64> debtorIds(debtorSet.begin(), debtorSet.end());
    const QList<QString> codes(codeSet.begin(), codeSet.end());

    inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
        SqlQuery q(m_db, QStringLiteral("SELECT id, code, status, credit_limit, limit_expiry_date, "
                                        "COALESCE(limit_currency, ?) FROM debtors WHERE id IN (%1)")
                             .arg(ph));
        q.bind(bookCurrency.code());
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next()) {
            DebtorCreditState &d = in.debtors[q.int64(0)];
            d.id = q.int64(0);
            d.code = q.text(1);
            d.status = q.text(2);
            d.creditLimit = money(q.int64(3));
            d.limitExpiry = dateOf(q, 4);
            d.limitCurrency = Currency(q.text(5));
        }
    });
    const QString overdueBefore = isoDate(scheduleDate.addDays(-90));
    inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT debtor_id, CAST(SUM(%2) AS BIGINT), CAST(SUM(CASE WHEN "
                                  "status = 'open' THEN open_balance ELSE 0 END) AS BIGINT), "
                                  "CAST(SUM(CASE WHEN status = 'open' AND due_date < ? THEN "
                                  "open_balance ELSE 0 END) AS BIGINT) FROM invoices WHERE %3 AND "
                                  "debtor_id IN (%1) GROUP BY debtor_id")
                       .arg(ph, QLatin1String(kCountedAmount), QLatin1String(kCounted)));
        q.bind(overdueBefore).bind(currency.code());
        bindApproved(q);
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next()) {
            DebtorCreditState &d = in.debtors[q.int64(0)];
            d.exposure = money(q.int64(1));
            d.openBalance = money(q.int64(2));
            d.overdue90 = money(q.int64(3));
        }
    });
    {
        SqlQuery q(m_db, QStringLiteral("SELECT debtor_id, CAST(SUM(%1) AS BIGINT) FROM invoices "
                                        "WHERE client_id = ? AND %2 GROUP BY debtor_id")
                             .arg(QLatin1String(kCountedAmount), QLatin1String(kCounted)));
        q.bind(clientId).bind(currency.code());
        bindApproved(q).exec();
        while (q.next()) {
            in.clientReceivablesByDebtor.insert(q.int64(0), money(q.int64(1)));
            in.clientReceivables += money(q.int64(1));
            if (in.debtors.contains(q.int64(0)))
                in.debtors[q.int64(0)].clientExposure = money(q.int64(1));
        }
    }
    {
        // The rise in funds employed that the client's approved, unfunded schedules bring when
        // they are funded: advance + commission + the charges the advance cannot carry.
        SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(advance_total + commission_total "
                                        "+ CASE WHEN charges_total > advance_total THEN "
                                        "charges_total - advance_total ELSE 0 END), 0) AS BIGINT) "
                                        "FROM schedules WHERE client_id = ? AND currency = ? AND "
                                        "status = 'approved' AND id <> ? AND (? = '' OR "
                                        "approved_at < ? OR (approved_at = ? AND id < ?))"));
        q.bind(clientId).bind(currency.code());
        in.fundsEmployed = money(bindApproved(q).scalar().toLongLong());
    }
    {
        SqlQuery q(m_db, QStringLiteral("SELECT debtor_id, sub_limit FROM client_debtors WHERE "
                                        "client_id = ? AND sub_limit > 0"));
        q.bind(clientId).exec();
        while (q.next())
            if (in.debtors.contains(q.int64(0)))
                in.debtors[q.int64(0)].subLimit = money(q.int64(1));
    }
    inChunks(codes, [&](const QString &ph, const QList<QString> &chunk) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id, approval_code, client_id, debtor_id, status, "
                                  "COALESCE(approved_amount, 0), expiry_date, ship_from, ship_to "
                                  "FROM order_approvals WHERE approval_code IN (%1)")
                       .arg(ph));
        for (const QString &c : chunk)
            q.bind(c);
        q.exec();
        while (q.next()) {
            ApprovalState s;
            s.id = q.int64(0);
            s.code = q.text(1);
            s.clientId = q.int64(2);
            s.debtorId = q.int64(3);
            s.status = q.text(4);
            s.approvedAmount = money(q.int64(5));
            s.expiry = dateOf(q, 6);
            s.shipFrom = dateOf(q, 7);
            s.shipTo = dateOf(q, 8);
            in.approvals.insert(s.code, s);
        }
    });
    if (!in.approvals.isEmpty()) {
        QList<qint64> ids;
        for (const ApprovalState &s : std::as_const(in.approvals))
            ids << s.id;
        QHash<qint64, qint64> used;
        inChunks(ids, [&](const QString &ph, const QList<qint64> &chunk) {
            SqlQuery q(m_db,
                       QStringLiteral("SELECT order_approval_id, CAST(SUM(amount) AS BIGINT) FROM "
                                      "invoices WHERE status <> 'rejected' AND schedule_id <> ? "
                                      "AND order_approval_id IN (%1) GROUP BY order_approval_id")
                           .arg(ph));
            q.bind(excludeScheduleId);
            for (qint64 id : chunk)
                q.bind(id);
            q.exec();
            while (q.next())
                used.insert(q.int64(0), q.int64(1));
        });
        for (ApprovalState &s : in.approvals)
            s.usedAmount = money(used.value(s.id));
    }
    // Duplicate invoice numbers, by key (invoices.live_key: set only on live lines): a client
    // with a short history is read whole in one query; a long one is asked only about the
    // keys of this schedule.
    const auto booked = [](const SqlQuery &q, int scheduleCol, int statusCol) {
        const QString status = q.text(statusCol);
        return BookedInvoice{q.int64(scheduleCol), status != QLatin1String("pending") &&
                                                       status != QLatin1String("rejected")};
    };
    // The client's live lines in other schedules: none for a new client, and then the keys of
    // this schedule's numbers are not needed at all.
    const qint64 history =
        SqlQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = ? AND "
                                      "live_key IS NOT NULL AND schedule_id <> ?"))
            .bind(clientId)
            .bind(excludeScheduleId)
            .scalar()
            .toLongLong();
    QSet<QString> keySet;
    if (history > 0) {
        keySet.reserve(lines.size());
        for (const ScheduleLine &l : lines)
            keySet.insert(InvoiceNumber::key(l.invoiceNo));
    }
    const QList<QString> keys(keySet.begin(), keySet.end());
    if (history <= 4 * qint64(keys.size()) + 1000) {
        if (history > 0) {
            SqlQuery q(m_db, QStringLiteral("SELECT live_key, schedule_id, status FROM invoices "
                                            "WHERE client_id = ? AND live_key IS NOT NULL AND "
                                            "schedule_id <> ?"));
            q.bind(clientId).bind(excludeScheduleId).exec();
            while (q.next()) {
                const QString k = q.text(0);
                if (keySet.contains(k))
                    in.existingInvoiceNos.insert(k, booked(q, 1, 2));
            }
        }
    } else {
        inChunks(keys, [&](const QString &ph, const QList<QString> &chunk) {
            SqlQuery q(m_db, QStringLiteral("SELECT live_key, schedule_id, status FROM invoices "
                                            "WHERE client_id = ? AND schedule_id <> ? AND "
                                            "live_key IN (%1)")
                                 .arg(ph));
            q.bind(clientId).bind(excludeScheduleId);
            for (const QString &k : chunk)
                q.bind(k);
            q.exec();
            while (q.next())
                in.existingInvoiceNos.insert(q.text(0), booked(q, 1, 2));
        });
    }
    if (minDate.isValid()) {
        inChunks(debtorIds, [&](const QString &ph, const QList<qint64> &chunk) {
            SqlQuery q(m_db,
                       QStringLiteral("SELECT debtor_id, invoice_date, amount, schedule_id, "
                                      "status FROM invoices WHERE debtor_id IN (%1) AND "
                                      "invoice_date >= ? AND invoice_date <= ? AND status NOT "
                                      "IN ('rejected', 'charged_back') AND schedule_id <> "
                                      "?")
                           .arg(ph));
            for (qint64 id : chunk)
                q.bind(id);
            q.bind(isoDate(minDate)).bind(isoDate(maxDate)).bind(excludeScheduleId);
            q.exec();
            while (q.next()) {
                const DebtorDateAmount k = ddaKey(q.int64(0), parseIsoDate(q.text(1)), q.int64(2));
                const BookedInvoice b = booked(q, 3, 4);
                const auto it = in.existingDebtorDateAmount.constFind(k);
                in.existingDebtorDateAmount.insert(k, it == in.existingDebtorDateAmount.constEnd()
                                                          ? b
                                                          : BookedInvoice::stronger(*it, b));
            }
        });
    }
    return in;
}

} // namespace FactorDesk
