#include "collectionsservice.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "invoicenumber.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>
#include <QLocale>

namespace FactorDesk {

namespace {

QString optionalDate(QDate d)
{
    return d.isValid() ? isoDate(d) : QString();
}

} // namespace

qint64 CollectionsService::addNote(const Session &who, const CollectionNoteInput &input)
{
    who.require(Roles(Role::Clerk) | Role::Analyst | Role::Manager, tr("write a collection note"));
    const QString text = input.text.trimmed();
    if (text.isEmpty())
        throw Error(Error::Kind::Validation, tr("text: a note says what happened."),
                    QStringLiteral("text"));
    if (text.size() > kMaxTextLength)
        throw Error(Error::Kind::Validation,
                    tr("text: a note is at most %1 characters.").arg(kMaxTextLength),
                    QStringLiteral("text"));
    const QDate businessDay = BusinessCalendar(m_db).today();
    if (input.followUp.isValid() && input.followUp < businessDay)
        throw Error(Error::Kind::Validation,
                    tr("follow-up: %1 is before today (%2).")
                        .arg(QLocale().toString(input.followUp, QLocale::ShortFormat),
                             QLocale().toString(businessDay, QLocale::ShortFormat)),
                    QStringLiteral("follow-up"));
    if (input.promisedAmount && !input.promisedDate.isValid())
        throw Error(Error::Kind::Validation,
                    tr("promised amount: say by when the debtor promised to pay it."),
                    QStringLiteral("promised"));
    if (input.promisedAmount && !input.promisedAmount->isPositive())
        throw Error(Error::Kind::Validation,
                    tr("promised amount: a promise is for more than zero."),
                    QStringLiteral("promised-amount"));

    Transaction tx(m_db);
    if (!lockRow(m_db, QStringLiteral("debtors"), input.debtorId))
        throw Error(Error::Kind::NotFound, tr("There is no debtor with id %1.").arg(input.debtorId),
                    QStringLiteral("debtor"));
    // A promise is in the invoice's currency, or the books' for a note on the whole debtor.
    Currency currency = SettingsRepository(m_db).currency();
    QString invoiceNo;
    if (input.invoiceId) {
        SqlQuery q(m_db, QStringLiteral("SELECT invoice_no, currency FROM invoices WHERE id = ? "
                                        "AND debtor_id = ?"));
        q.bind(input.invoiceId).bind(input.debtorId).exec();
        if (!q.next())
            throw Error(Error::Kind::NotFound,
                        tr("The debtor has no invoice with id %1.").arg(input.invoiceId),
                        QStringLiteral("invoice"));
        invoiceNo = q.text(0);
        currency = Currency(q.text(1));
    }
    std::optional<Money> promised = input.promisedAmount;
    if (promised) {
        if (promised->currency().isNone())
            promised = promised->withCurrency(currency);
        else if (!(promised->currency() == currency))
            throw Error(Error::Kind::Validation,
                        tr("promised amount: %1 is not the invoice's currency (%2).")
                            .arg(promised->currency().code(), currency.code()),
                        QStringLiteral("promised-amount"));
    }
    const QString stamp = timestamp();
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO collection_notes (debtor_id, invoice_id, note, "
                                      "follow_up, promised_date, promised_amount, "
                                      "promised_currency, created_by, created_at) VALUES (?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bind(input.debtorId)
        .bindId(input.invoiceId)
        .bind(text)
        .bindOptional(optionalDate(input.followUp))
        .bindOptional(optionalDate(input.promisedDate));
    if (promised)
        ins.bind(promised->minor()).bind(promised->currency().code());
    else
        ins.bindId(0).bindOptional(QString());
    const qint64 id = ins.bind(who.userId()).bind(stamp).scalar().toLongLong();
    QJsonObject after{{QStringLiteral("debtor_id"), input.debtorId},
                      {QStringLiteral("text"), text}};
    if (input.invoiceId)
        after.insert(QStringLiteral("invoice"), invoiceNo);
    if (input.followUp.isValid())
        after.insert(QStringLiteral("follow_up"), isoDate(input.followUp));
    if (input.promisedDate.isValid())
        after.insert(QStringLiteral("promised_date"), isoDate(input.promisedDate));
    if (promised) {
        after.insert(QStringLiteral("promised_amount"), promised->toPlainString());
        after.insert(QStringLiteral("currency"), promised->currency().code());
    }
    AuditLog(m_db).record(who, QStringLiteral("collection_note.add"),
                          QStringLiteral("collection_note"), QString::number(id), {}, after);
    tx.commit();
    return id;
}

QList<CollectionNote> CollectionsService::notes(qint64 debtorId, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT n.id, n.debtor_id, d.code, n.invoice_id, "
                                    "COALESCE(i.invoice_no, ''), n.note, n.follow_up, "
                                    "n.promised_date, n.promised_amount, n.promised_currency, "
                                    "u.username, n.created_at FROM collection_notes n JOIN "
                                    "debtors d ON d.id = n.debtor_id JOIN users u ON u.id = "
                                    "n.created_by LEFT JOIN invoices i ON i.id = n.invoice_id "
                                    "WHERE n.debtor_id = ? ORDER BY n.id DESC LIMIT ?"));
    q.bind(debtorId).bind(limit).exec();
    QList<CollectionNote> out;
    while (q.next()) {
        CollectionNote n;
        n.id = q.int64(0);
        n.debtorId = q.int64(1);
        n.debtorCode = q.text(2);
        n.invoiceId = q.int64(3);
        n.invoiceNo = q.text(4);
        n.text = q.text(5);
        n.followUp = parseIsoDate(q.text(6));
        n.promisedDate = parseIsoDate(q.text(7));
        if (!q.isNull(8))
            n.promisedAmount = Money::fromMinor(q.int64(8), Currency(q.text(9)));
        n.createdBy = q.text(10);
        n.createdAt = q.text(11);
        out.append(n);
    }
    return out;
}

qint64 CollectionsService::invoiceOf(qint64 debtorId, const QString &invoiceNo) const
{
    const auto find = [&](const char *column, const QString &value) {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM invoices WHERE debtor_id = ? AND %1 = ? "
                                        "AND status <> 'rejected' ORDER BY id LIMIT 2")
                             .arg(QLatin1String(column)));
        q.bind(debtorId).bind(value).exec();
        QList<qint64> ids;
        while (q.next())
            ids.append(q.int64(0));
        return ids;
    };
    QList<qint64> ids = find("invoice_no", invoiceNo.trimmed());
    if (ids.isEmpty())
        ids = find("invoice_key", InvoiceNumber::key(invoiceNo));
    if (ids.isEmpty())
        throw Error(Error::Kind::NotFound,
                    tr("The debtor has no invoice %1.").arg(invoiceNo.trimmed()),
                    QStringLiteral("invoice"));
    if (ids.size() > 1)
        throw Error(Error::Kind::Conflict,
                    tr("Invoice %1 of this debtor is on two clients' schedules; note the "
                       "debtor as a whole or name the invoice exactly.")
                        .arg(invoiceNo.trimmed()),
                    QStringLiteral("invoice"));
    return ids.first();
}

} // namespace FactorDesk
