#include "clientservice.h"

#include "agreementservice.h"
#include "auditlog.h"
#include "availabilityquery.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "iban.h"
#include "ledger.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QRegularExpression>

namespace FactorDesk {

namespace {

// The client's columns in the order of the INSERT and UPDATE statements below.
SqlQuery &bindDetails(SqlQuery &q, const Client &client)
{
    return q.bind(client.code)
        .bind(client.name)
        .bind(clientStatusName(client.status))
        .bind(client.currency.code())
        .bind(client.address)
        .bind(client.contactName)
        .bind(client.contactEmail)
        .bind(client.contactPhone)
        .bind(client.taxNumber)
        .bind(client.bankAccount)
        .bind(client.bankName)
        .bind(client.notes);
}

const QString kColumns = QStringLiteral(
    "id, code, name, status, currency, address, contact_name, contact_email, contact_phone, "
    "tax_number, bank_account, bank_name, notes, created_at, updated_at");

Client readClient(const SqlQuery &q)
{
    Client c;
    c.id = q.int64(0);
    c.code = q.text(1);
    c.name = q.text(2);
    c.status = parseClientStatus(q.text(3));
    c.currency = Currency(q.text(4));
    c.address = q.text(5);
    c.contactName = q.text(6);
    c.contactEmail = q.text(7);
    c.contactPhone = q.text(8);
    c.taxNumber = q.text(9);
    c.bankAccount = q.text(10);
    c.bankName = q.text(11);
    c.notes = q.text(12);
    c.createdAt = q.text(13);
    c.updatedAt = q.text(14);
    return c;
}

QString likePattern(const QString &text)
{
    QString escaped;
    for (QChar c : text.trimmed().toLower()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Roles editors()
{
    return Roles(Role::Clerk) | Role::Manager;
}

} // namespace

QJsonObject ClientService::toJson(const Client &c)
{
    return QJsonObject{{QStringLiteral("code"), c.code},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("status"), clientStatusName(c.status)},
                       {QStringLiteral("currency"), c.currency.code()},
                       {QStringLiteral("address"), c.address},
                       {QStringLiteral("contact_name"), c.contactName},
                       {QStringLiteral("contact_email"), c.contactEmail},
                       {QStringLiteral("contact_phone"), c.contactPhone},
                       {QStringLiteral("tax_number"), c.taxNumber},
                       {QStringLiteral("bank_account"), c.bankAccount},
                       {QStringLiteral("bank_name"), c.bankName},
                       {QStringLiteral("notes"), c.notes}};
}

Client ClientService::normalized(Client c) const
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    c.code = c.code.trimmed();
    if (c.code.isEmpty())
        throw Error(Error::Kind::Validation, tr("code: a client needs a code."),
                    QStringLiteral("code"));
    if (!codeRe.match(c.code).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("code: \"%1\" is not allowed (use 1 to 32 letters, digits, '.', '_' or "
                       "'-', starting with a letter or digit).")
                        .arg(c.code),
                    QStringLiteral("code"));
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("name: a client needs a name."),
                    QStringLiteral("name"));
    if (c.name.size() > 200)
        throw Error(Error::Kind::Validation,
                    tr("name: at most 200 characters, not %1.").arg(c.name.size()),
                    QStringLiteral("name"));
    if (c.currency.isNone())
        c.currency = SettingsRepository(m_db).currency();
    c.contactEmail = c.contactEmail.trimmed();
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.contactEmail.isEmpty() && !emailRe.match(c.contactEmail).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("e-mail: \"%1\" is not an e-mail address.").arg(c.contactEmail),
                    QStringLiteral("e-mail"));
    c.bankAccount = Iban::normalizeOrThrow(c.bankAccount, tr("bank account"));
    c.address = c.address.trimmed();
    c.contactName = c.contactName.trimmed();
    c.contactPhone = c.contactPhone.trimmed();
    c.taxNumber = c.taxNumber.trimmed();
    c.bankName = c.bankName.trimmed();
    c.notes = c.notes.trimmed();
    return c;
}

void ClientService::checkCodeFree(const QString &code, qint64 exceptId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT code FROM clients WHERE lower(code) = lower(?) AND "
                                    "id <> ?"));
    q.bind(code).bind(exceptId).exec();
    if (q.next())
        throw Error(Error::Kind::Conflict,
                    tr("code: the client code \"%1\" is taken by the client %2 (codes are "
                       "unique regardless of upper and lower case).")
                        .arg(code, q.text(0)),
                    QStringLiteral("code"));
}

qint64 ClientService::add(const Session &who, Client client)
{
    who.require(editors(), tr("add clients"));
    client = normalized(client);
    Transaction tx(m_db);
    checkCodeFree(client.code, 0);
    const QString now = timestamp();
    {
        // Scoped: SQLite refuses to commit while an INSERT ... RETURNING statement is still open.
        SqlQuery ins(
            m_db,
            QStringLiteral("INSERT INTO clients (code, name, status, currency, address, "
                           "contact_name, contact_email, contact_phone, tax_number, bank_account, "
                           "bank_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        client.id = bindDetails(ins, client).bind(now).bind(now).scalar().toLongLong();
    }
    AuditLog(m_db).record(who, QStringLiteral("client.add"), QStringLiteral("client"), client.code,
                          {}, toJson(client));
    tx.commit();
    return client.id;
}

void ClientService::update(const Session &who, Client client)
{
    who.require(editors(), tr("edit clients"));
    client = normalized(client);
    Transaction tx(m_db);
    const Client before = get(client.id);
    checkCodeFree(client.code, client.id);
    if (!(client.currency == before.currency)) {
        SqlQuery used(m_db, QStringLiteral("SELECT (SELECT count(*) FROM schedules WHERE "
                                           "client_id = ?) + (SELECT count(*) FROM journal_lines "
                                           "WHERE client_id = ?)"));
        if (used.bind(client.id).bind(client.id).scalar().toLongLong() > 0)
            throw Error(Error::Kind::Conflict,
                        tr("currency: %1 already has schedules or bookings in %2; its currency "
                           "cannot change.")
                            .arg(before.code, before.currency.code()),
                        QStringLiteral("currency"));
    }
    SqlQuery upd(m_db, QStringLiteral("UPDATE clients SET code = ?, name = ?, status = ?, "
                                      "currency = ?, address = ?, contact_name = ?, "
                                      "contact_email = ?, contact_phone = ?, tax_number = ?, "
                                      "bank_account = ?, bank_name = ?, notes = ?, updated_at = ? "
                                      "WHERE id = ?"));
    bindDetails(upd, client).bind(timestamp()).bind(client.id).exec();
    const QJsonObject b = toJson(before);
    const QJsonObject a = toJson(client);
    if (a != b)
        AuditLog(m_db).record(who, QStringLiteral("client.update"), QStringLiteral("client"),
                              client.code, b, a);
    tx.commit();
}

void ClientService::setStatus(const Session &who, qint64 clientId, ClientStatus status)
{
    who.require(editors(), tr("change the status of clients"));
    Transaction tx(m_db);
    Client c = get(clientId);
    c.status = status;
    update(who, c);
    tx.commit();
}

Client ClientService::get(qint64 clientId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kColumns));
    q.bind(clientId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no client number %1.").arg(clientId));
    return readClient(q);
}

std::optional<Client> ClientService::find(const QString &code) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM clients WHERE lower(code) = lower(?)").arg(kColumns));
    q.bind(code.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return readClient(q);
}

Client ClientService::byCode(const QString &code) const
{
    if (auto c = find(code))
        return *c;
    throw Error(Error::Kind::NotFound, tr("There is no client with the code \"%1\".").arg(code),
                QStringLiteral("client"));
}

QList<Client> ClientService::list(const QString &filter) const
{
    QList<Client> out;
    if (filter.trimmed().isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM clients ORDER BY code").arg(kColumns));
        q.exec();
        while (q.next())
            out << readClient(q);
        return out;
    }
    const QString pattern = likePattern(filter);
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM clients WHERE lower(code) LIKE ? ESCAPE '\\' "
                                    "OR lower(name) LIKE ? ESCAPE '\\' ORDER BY code")
                         .arg(kColumns));
    q.bind(pattern).bind(pattern).exec();
    while (q.next())
        out << readClient(q);
    return out;
}

Money ClientService::fundsEmployed(qint64 clientId, QDate asOf) const
{
    return fundsEmployed(get(clientId), asOf);
}

Money ClientService::fundsEmployed(const Client &client, QDate asOf) const
{
    // One home for the rule: AvailabilityQuery (docs/domain.md §6).
    return Money::fromMinor(AvailabilityQuery(m_db).fundsEmployed(client.id, asOf),
                            client.currency);
}

QList<ClientOverview> ClientService::overview(QDate asOf, const QString &filter) const
{
    AgreementService agreements(m_db);
    QList<ClientOverview> out;
    for (const Client &c : list(filter))
        out << ClientOverview{c, agreements.inForce(c.id, asOf), fundsEmployed(c, asOf)};
    return out;
}

} // namespace FactorDesk
