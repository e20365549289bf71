#include "invoiceverificationservice.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>

namespace FactorDesk {

QString verificationMethodName(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::Phone:
        return QStringLiteral("phone");
    case VerificationMethod::Email:
        return QStringLiteral("email");
    case VerificationMethod::Portal:
        return QStringLiteral("portal");
    case VerificationMethod::Letter:
        return QStringLiteral("letter");
    }
    return {};
}

VerificationMethod parseVerificationMethod(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (VerificationMethod m : {VerificationMethod::Phone, VerificationMethod::Email,
                                 VerificationMethod::Portal, VerificationMethod::Letter})
        if (t == verificationMethodName(m))
            return m;
    throw Error(Error::Kind::Validation,
                InvoiceVerificationService::tr(
                    "method: %1 is not a way of verifying; use phone, email, portal or letter.")
                    .arg(text),
                QStringLiteral("method"));
}

qint64 InvoiceVerificationService::record(const Session &who, qint64 scheduleId, int lineNo,
                                          VerificationMethod method, const QString &contact,
                                          const QString &note)
{
    who.require(Roles(Role::Clerk) | Role::Analyst | Role::Manager, tr("record a verification"));
    const QString person = contact.trimmed();
    if (person.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("contact: say who at the debtor confirmed the invoice."),
                    QStringLiteral("contact"));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("SELECT i.id, i.invoice_no, i.status, s.status, s.number FROM "
                                    "invoices i JOIN schedules s ON s.id = i.schedule_id WHERE "
                                    "i.schedule_id = ? AND i.line_no = ?"));
    q.bind(scheduleId).bind(lineNo).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("The schedule has no line %1.").arg(lineNo),
                    QStringLiteral("line"));
    const qint64 invoiceId = q.int64(0);
    const QString invoiceNo = q.text(1);
    const QString lineStatus = q.text(2);
    const QString scheduleStatus = q.text(3);
    const QString number = q.text(4);
    if (scheduleStatus == QLatin1String("funded") || scheduleStatus == QLatin1String("rejected"))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; verifications are recorded before funding.")
                        .arg(number, scheduleStatus));
    if (lineStatus == QLatin1String("rejected"))
        throw Error(Error::Kind::Conflict,
                    tr("Line %1 of schedule %2 is refused and will not be bought.")
                        .arg(lineNo)
                        .arg(number));
    const QString at = timestamp();
    const qint64 id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO invoice_verifications (invoice_id, verified_by, "
                                      "verified_at, method, contact, note) VALUES (?, ?, ?, ?, ?, "
                                      "?) RETURNING id"))
            .bind(invoiceId)
            .bind(who.userId())
            .bind(at)
            .bind(verificationMethodName(method))
            .bind(person)
            .bind(note.trimmed())
            .scalar()
            .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("invoice.verify"), QStringLiteral("schedule"), number,
                          {},
                          QJsonObject{{QStringLiteral("line"), lineNo},
                                      {QStringLiteral("invoice"), invoiceNo},
                                      {QStringLiteral("method"), verificationMethodName(method)},
                                      {QStringLiteral("contact"), person},
                                      {QStringLiteral("note"), note.trimmed()}});
    tx.commit();
    return id;
}

int InvoiceVerificationService::lineOf(qint64 scheduleId, const QString &invoiceNo) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT line_no FROM invoices WHERE schedule_id = ? AND "
                                    "invoice_no = ? ORDER BY line_no"));
    const QVariant v = q.bind(scheduleId).bind(invoiceNo.trimmed()).scalar();
    if (!v.isValid())
        throw Error(Error::Kind::NotFound,
                    tr("The schedule has no invoice %1.").arg(invoiceNo.trimmed()),
                    QStringLiteral("invoice"));
    return v.toInt();
}

QList<InvoiceVerification> InvoiceVerificationService::forSchedule(qint64 scheduleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT v.id, v.invoice_id, i.line_no, i.invoice_no, "
                                    "u.username, v.verified_at, v.method, v.contact, v.note FROM "
                                    "invoice_verifications v JOIN invoices i ON i.id = "
                                    "v.invoice_id JOIN users u ON u.id = v.verified_by WHERE "
                                    "i.schedule_id = ? ORDER BY v.id"));
    q.bind(scheduleId).exec();
    QList<InvoiceVerification> out;
    while (q.next()) {
        InvoiceVerification v;
        v.id = q.int64(0);
        v.invoiceId = q.int64(1);
        v.lineNo = int(q.int64(2));
        v.invoiceNo = q.text(3);
        v.verifiedBy = q.text(4);
        v.verifiedAt = q.text(5);
        v.method = parseVerificationMethod(q.text(6));
        v.contact = q.text(7);
        v.note = q.text(8);
        out.append(v);
    }
    return out;
}

QSet<qint64> InvoiceVerificationService::verifiedInvoices(qint64 scheduleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT v.invoice_id FROM invoice_verifications v "
                                    "JOIN invoices i ON i.id = v.invoice_id WHERE i.schedule_id = "
                                    "?"));
    q.bind(scheduleId).exec();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.int64(0));
    return out;
}

} // namespace FactorDesk
