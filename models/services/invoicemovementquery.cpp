#include "invoicemovementquery.h"

#include "clock.h"
#include "database.h"
#include "journal.h"
#include "sqlquery.h"

#include <QStringList>

namespace FactorDesk {

namespace {

constexpr qsizetype kChunk = 500;

QString placeholders(qsizetype n)
{
    QStringList p;
    for (qsizetype i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(QStringLiteral(", "));
}

} // namespace

QHash<qint64, InvoiceMovements> InvoiceMovementQuery::forInvoices(const QList<qint64> &invoiceIds,
                                                                  QDate asOf) const
{
    QHash<qint64, InvoiceMovements> out;
    for (qsizetype from = 0; from < invoiceIds.size(); from += kChunk) {
        const QList<qint64> chunk = invoiceIds.mid(from, kChunk);
        const QString ph = placeholders(chunk.size());
        SqlQuery q(m_db, QStringLiteral(
                             "SELECT l.invoice_id, COALESCE(o.kind, e.kind), SUM(l.credit) - "
                             "SUM(l.debit) FROM journal_lines l JOIN accounts a ON a.id = "
                             "l.account_id JOIN journal_entries e ON e.id = l.entry_id LEFT JOIN "
                             "journal_entries o ON o.id = e.reverses_id WHERE a.code = ? AND "
                             "l.invoice_id IN (%1) AND l.entry_date <= ? GROUP BY l.invoice_id, "
                             "COALESCE(o.kind, e.kind)")
                             .arg(ph));
        q.bind(Accounts::factoredReceivables());
        for (qint64 id : chunk)
            q.bind(id);
        q.bind(isoDate(asOf.isValid() ? asOf : QDate(9999, 12, 31)));
        q.exec();
        while (q.next()) {
            const QString kind = q.text(1);
            const qint64 amount = q.int64(2);
            InvoiceMovements &m = out[q.int64(0)];
            if (kind == QLatin1String("receipt") || kind == QLatin1String("cash_application") ||
                kind == QLatin1String("receipt_reversal"))
                m.paid += amount;
            else if (kind == QLatin1String("credit_note"))
                m.credited += amount;
            else if (kind == QLatin1String("chargeback"))
                m.chargedBack += amount;
            else if (kind == QLatin1String("credit_loss"))
                m.lost += amount;
        }
        SqlQuery d(m_db, QStringLiteral("SELECT invoice_id, SUM(amount) FROM disputes WHERE "
                                        "status = 'open' AND invoice_id IN (%1) GROUP BY "
                                        "invoice_id")
                             .arg(ph));
        for (qint64 id : chunk)
            d.bind(id);
        d.exec();
        while (d.next())
            out[d.int64(0)].disputed += d.int64(1);
    }
    return out;
}

} // namespace FactorDesk
