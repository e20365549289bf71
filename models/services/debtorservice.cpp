#include "debtorservice.h"
#include "businesscalendar.h"

#include "auditlog.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QRegularExpression>

namespace FactorDesk {

// ---- debtor.h helpers ----

QString debtorStatusName(DebtorStatus s)
{
    switch (s) {
    case DebtorStatus::Active:
        return QStringLiteral("active");
    case DebtorStatus::Blocked:
        return QStringLiteral("blocked");
    case DebtorStatus::Insolvent:
        return QStringLiteral("insolvent");
    }
    return {};
}

QString debtorStatusTitle(DebtorStatus s)
{
    switch (s) {
    case DebtorStatus::Active:
        return DebtorService::tr("Active");
    case DebtorStatus::Blocked:
        return DebtorService::tr("Blocked");
    case DebtorStatus::Insolvent:
        return DebtorService::tr("Insolvent");
    }
    return {};
}

DebtorStatus parseDebtorStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("active"))
        return DebtorStatus::Active;
    if (t == QLatin1String("blocked"))
        return DebtorStatus::Blocked;
    if (t == QLatin1String("insolvent"))
        return DebtorStatus::Insolvent;
    throw Error(Error::Kind::Validation,
                DebtorService::tr("status: \"%1\" is not a debtor status (active, blocked or "
                                  "insolvent).")
                    .arg(text),
                QStringLiteral("status"));
}

std::optional<Rate> utilisationOf(Money exposure, Money limit)
{
    if (!limit.isPositive())
        return std::nullopt;
    return Rate::fromPpm(divideRounded(__int128(exposure.minor()) * Rate::Scale, limit.minor()));
}

std::optional<Rate> DebtorSummary::utilisation() const
{
    return utilisationOf(exposure, creditLimit);
}

// ---- DebtorService ----

namespace {

// A limit the end-of-day run found past its expiry date (schema 19), until a new decision
// moves the expiry date on.
const QString kLimitExpired =
    QStringLiteral("(limit_expired_on IS NOT NULL AND limit_expiry_date IS NOT NULL AND "
                   "limit_expiry_date < limit_expired_on)");

const QString kSelectDebtor =
    QStringLiteral("SELECT id, code, name, status, insolvency_date, address, country, "
                   "registration_no, payment_terms_days, contact_email, credit_limit, "
                   "limit_review_date, created_at, updated_at, limit_expiry_date, "
                   "limit_currency, ") +
    kLimitExpired + QStringLiteral(" FROM debtors ");

Debtor readDebtor(SqlQuery &q, Currency currency)
{
    Debtor d;
    d.id = q.int64(0);
    d.code = q.text(1);
    d.name = q.text(2);
    d.status = parseDebtorStatus(q.text(3));
    d.insolvencyDate = q.isNull(4) ? QDate() : parseIsoDate(q.text(4));
    d.address = q.text(5);
    d.country = q.text(6);
    d.registrationNo = q.text(7);
    d.paymentTermsDays = int(q.int64(8));
    d.contactEmail = q.text(9);
    // Limits decided before schema 7 have no currency of their own: the book's.
    d.creditLimit = Money::fromMinor(q.int64(10), q.isNull(15) ? currency : Currency(q.text(15)));
    d.limitReviewDate = q.isNull(11) ? QDate() : parseIsoDate(q.text(11));
    d.createdAt = q.text(12);
    d.updatedAt = q.text(13);
    d.limitExpiryDate = q.isNull(14) ? QDate() : parseIsoDate(q.text(14));
    d.limitExpired = q.value(16).toBool();
    return d;
}

QJsonObject toJson(const Debtor &d)
{
    QJsonObject o{{QStringLiteral("code"), d.code},
                  {QStringLiteral("name"), d.name},
                  {QStringLiteral("status"), debtorStatusName(d.status)},
                  {QStringLiteral("address"), d.address},
                  {QStringLiteral("country"), d.country},
                  {QStringLiteral("registration_no"), d.registrationNo},
                  {QStringLiteral("payment_terms_days"), d.paymentTermsDays},
                  {QStringLiteral("contact_email"), d.contactEmail}};
    if (d.insolvencyDate.isValid())
        o.insert(QStringLiteral("insolvency_date"), isoDate(d.insolvencyDate));
    return o;
}

QString likePattern(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

const QString kManage = QStringLiteral("manage debtors");

} // namespace

void DebtorService::validate(const Debtor &d) const
{
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (!codeRe.match(d.code).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("code: \"%1\" is not allowed (use 1 to 32 letters, digits, '.', '_' or "
                       "'-').")
                        .arg(d.code),
                    QStringLiteral("code"));
    if (d.name.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("name: the debtor needs a name."),
                    QStringLiteral("name"));
    if (d.paymentTermsDays < 0 || d.paymentTermsDays > 3650)
        throw Error(Error::Kind::Validation,
                    tr("payment terms: %1 days is outside 0 to 3650 days.").arg(d.paymentTermsDays),
                    QStringLiteral("payment_terms_days"));
    if (!d.contactEmail.trimmed().isEmpty() && !d.contactEmail.contains(QLatin1Char('@')))
        throw Error(Error::Kind::Validation,
                    tr("e-mail: \"%1\" is not an e-mail address.").arg(d.contactEmail),
                    QStringLiteral("contact_email"));
    if (d.status == DebtorStatus::Insolvent) {
        if (!d.insolvencyDate.isValid())
            throw Error(Error::Kind::Validation,
                        tr("insolvency date: an insolvent debtor needs the date of the "
                           "insolvency."),
                        QStringLiteral("insolvency_date"));
        if (d.insolvencyDate > BusinessCalendar(m_db).today())
            throw Error(Error::Kind::Validation,
                        tr("insolvency date: %1 lies in the future.")
                            .arg(QLocale().toString(d.insolvencyDate, QLocale::ShortFormat)),
                        QStringLiteral("insolvency_date"));
    }
}

qint64 DebtorService::add(const Session &who, const Debtor &input)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("add debtors"));
    Debtor d = input;
    d.code = d.code.trimmed();
    d.name = d.name.trimmed();
    if (d.status != DebtorStatus::Insolvent)
        d.insolvencyDate = {};
    validate(d);
    Transaction tx(m_db);
    SqlQuery exists(m_db,
                    QStringLiteral("SELECT count(*) FROM debtors WHERE lower(code) = lower(?)"));
    if (exists.bind(d.code).scalar().toLongLong() > 0)
        throw Error(Error::Kind::Conflict,
                    tr("A debtor with the code %1 already exists.").arg(d.code),
                    QStringLiteral("code"));
    const QString now = timestamp();
    SqlQuery ins(
        m_db, QStringLiteral("INSERT INTO debtors (code, name, status, insolvency_date, address, "
                             "country, registration_no, payment_terms_days, contact_email, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    const qint64 id =
        ins.bind(d.code)
            .bind(d.name)
            .bind(debtorStatusName(d.status))
            .bindOptional(d.insolvencyDate.isValid() ? isoDate(d.insolvencyDate) : QString())
            .bind(d.address)
            .bind(d.country)
            .bind(d.registrationNo)
            .bind(d.paymentTermsDays)
            .bind(d.contactEmail.trimmed())
            .bind(now)
            .bind(now)
            .scalar()
            .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("debtor.create"), QStringLiteral("debtor"), d.code,
                          {}, toJson(d));
    tx.commit();
    return id;
}

qint64 DebtorService::add(const Session &who, const Debtor &d, const QList<qint64> &clientIds)
{
    Transaction tx(m_db);
    const qint64 id = add(who, d);
    for (const qint64 client : clientIds)
        linkClient(who, id, client);
    tx.commit();
    return id;
}

void DebtorService::update(const Session &who, const Debtor &input)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("edit debtors"));
    Transaction tx(m_db);
    const Debtor before = find(input.id);
    Debtor d = input;
    d.name = d.name.trimmed();
    if (d.code.trimmed() != before.code)
        throw Error(Error::Kind::Validation,
                    tr("code: the code of debtor %1 cannot be changed.").arg(before.code),
                    QStringLiteral("code"));
    d.code = before.code;
    if (d.status != DebtorStatus::Insolvent)
        d.insolvencyDate = {};
    validate(d);
    SqlQuery up(m_db,
                QStringLiteral("UPDATE debtors SET name = ?, status = ?, insolvency_date = ?, "
                               "address = ?, country = ?, registration_no = ?, "
                               "payment_terms_days = ?, contact_email = ?, updated_at = ? "
                               "WHERE id = ?"));
    up.bind(d.name)
        .bind(debtorStatusName(d.status))
        .bindOptional(d.insolvencyDate.isValid() ? isoDate(d.insolvencyDate) : QString())
        .bind(d.address)
        .bind(d.country)
        .bind(d.registrationNo)
        .bind(d.paymentTermsDays)
        .bind(d.contactEmail.trimmed())
        .bind(timestamp())
        .bind(d.id)
        .exec();
    AuditLog(m_db).record(who, QStringLiteral("debtor.update"), QStringLiteral("debtor"), d.code,
                          toJson(before), toJson(d));
    tx.commit();
}

void DebtorService::setStatus(const Session &who, qint64 debtorId, DebtorStatus status,
                              QDate insolvencyDate)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("change a debtor's status"));
    Transaction tx(m_db);
    Debtor d = find(debtorId);
    d.status = status;
    d.insolvencyDate = insolvencyDate;
    update(who, d);
    tx.commit();
}

void DebtorService::linkClient(const Session &who, qint64 debtorId, qint64 clientId)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("link debtors to clients"));
    Transaction tx(m_db);
    const Debtor d = find(debtorId);
    SqlQuery client(m_db, QStringLiteral("SELECT code FROM clients WHERE id = ?"));
    const QVariant code = client.bind(clientId).scalar();
    if (!code.isValid())
        throw Error(Error::Kind::NotFound,
                    tr("client: there is no client with id %1.").arg(clientId),
                    QStringLiteral("client"));
    SqlQuery exists(m_db, QStringLiteral("SELECT count(*) FROM client_debtors WHERE client_id = ? "
                                         "AND debtor_id = ?"));
    if (exists.bind(clientId).bind(debtorId).scalar().toLongLong() > 0) {
        tx.commit();
        return;
    }
    SqlQuery ins(m_db,
                 QStringLiteral("INSERT INTO client_debtors (client_id, debtor_id) VALUES (?, ?)"));
    ins.bind(clientId).bind(debtorId).exec();
    AuditLog(m_db).record(who, QStringLiteral("debtor.link_client"), QStringLiteral("debtor"),
                          d.code, {}, QJsonObject{{QStringLiteral("client"), code.toString()}});
    tx.commit();
}

void DebtorService::unlinkClient(const Session &who, qint64 debtorId, qint64 clientId)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("link debtors to clients"));
    Transaction tx(m_db);
    const Debtor d = find(debtorId);
    for (const ClientLink &l : d.clients) {
        if (l.clientId != clientId)
            continue;
        if (l.subLimit.isPositive())
            throw Error(Error::Kind::Conflict,
                        tr("client %1 has a sub-limit on debtor %2; an analyst must set it to 0 "
                           "before the link can be removed.")
                            .arg(l.clientCode, d.code),
                        QStringLiteral("client"));
        SqlQuery del(m_db, QStringLiteral("DELETE FROM client_debtors WHERE client_id = ? AND "
                                          "debtor_id = ?"));
        del.bind(clientId).bind(debtorId).exec();
        AuditLog(m_db).record(who, QStringLiteral("debtor.unlink_client"), QStringLiteral("debtor"),
                              d.code, QJsonObject{{QStringLiteral("client"), l.clientCode}}, {});
    }
    tx.commit();
}

Debtor DebtorService::find(qint64 debtorId) const
{
    SqlQuery q(m_db, kSelectDebtor + QStringLiteral("WHERE id = ?"));
    q.bind(debtorId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no debtor with id %1.").arg(debtorId),
                    QStringLiteral("debtor"));
    Debtor d = readDebtor(q, SettingsRepository(m_db).currency());
    d.clients = clients(d.id);
    return d;
}

std::optional<Debtor> DebtorService::findByCode(const QString &code) const
{
    SqlQuery q(m_db, kSelectDebtor + QStringLiteral("WHERE code = ?"));
    q.bind(code.trimmed()).exec();
    if (!q.next()) {
        // Codes are unique regardless of case; a differently cased code still finds its debtor.
        SqlQuery ci(m_db, kSelectDebtor + QStringLiteral("WHERE lower(code) = lower(?)"));
        ci.bind(code.trimmed()).exec();
        if (!ci.next())
            return std::nullopt;
        Debtor d = readDebtor(ci, SettingsRepository(m_db).currency());
        d.clients = clients(d.id);
        return d;
    }
    Debtor d = readDebtor(q, SettingsRepository(m_db).currency());
    d.clients = clients(d.id);
    return d;
}

Debtor DebtorService::requireByCode(const QString &code) const
{
    auto d = findByCode(code);
    if (!d)
        throw Error(Error::Kind::NotFound,
                    tr("debtor: there is no debtor with the code \"%1\".").arg(code),
                    QStringLiteral("debtor"));
    return *d;
}

QList<ClientLink> DebtorService::clients(qint64 debtorId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT c.id, c.code, c.name, l.sub_limit FROM client_debtors l "
                              "JOIN clients c ON c.id = l.client_id WHERE l.debtor_id = ? "
                              "ORDER BY c.code"));
    q.bind(debtorId).exec();
    QList<ClientLink> links;
    while (q.next())
        links.append({q.int64(0), q.text(1), q.text(2), money(q.int64(3))});
    return links;
}

Money DebtorService::money(qint64 minor) const
{
    return Money::fromMinor(minor, SettingsRepository(m_db).currency());
}

Money DebtorService::exposure(qint64 debtorId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(open_balance), 0) FROM invoices WHERE "
                                    "debtor_id = ? AND status = 'open'"));
    return money(q.bind(debtorId).scalar().toLongLong());
}

Money DebtorService::exposure(qint64 debtorId, qint64 clientId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(SUM(open_balance), 0) FROM invoices WHERE "
                                    "debtor_id = ? AND client_id = ? AND status = 'open'"));
    return money(q.bind(debtorId).bind(clientId).scalar().toLongLong());
}

std::optional<Rate> DebtorService::utilisation(qint64 debtorId) const
{
    return utilisationOf(exposure(debtorId), creditLimit(debtorId));
}

Money DebtorService::creditLimit(qint64 debtorId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT credit_limit FROM debtors WHERE id = ?"));
    const QVariant v = q.bind(debtorId).scalar();
    if (!v.isValid())
        throw Error(Error::Kind::NotFound, tr("There is no debtor with id %1.").arg(debtorId),
                    QStringLiteral("debtor"));
    return money(v.toLongLong());
}

Money DebtorService::availableLimit(qint64 debtorId, qint64 clientId) const
{
    Money limit = creditLimit(debtorId);
    if (clientId != 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT sub_limit FROM client_debtors WHERE client_id = ? "
                                        "AND debtor_id = ?"));
        const Money sub = money(q.bind(clientId).bind(debtorId).scalar().toLongLong());
        if (sub.isPositive() && sub < limit)
            limit = sub;
    }
    return limit;
}

namespace {

// The WHERE clause and its values, shared by list and count.
QString whereClause(const DebtorFilter &f)
{
    QString sql = QStringLiteral("WHERE 1 = 1 ");
    if (!f.text.trimmed().isEmpty())
        sql += QStringLiteral("AND (lower(d.code) LIKE ? ESCAPE '\\' OR lower(d.name) LIKE ? "
                              "ESCAPE '\\') ");
    if (f.status)
        sql += QStringLiteral("AND d.status = ? ");
    return sql;
}

void bindWhere(SqlQuery &q, const DebtorFilter &f)
{
    if (!f.text.trimmed().isEmpty()) {
        const QString p = likePattern(f.text);
        q.bind(p).bind(p);
    }
    if (f.status)
        q.bind(debtorStatusName(*f.status));
}

QString orderBy(const DebtorFilter &f)
{
    QString key;
    switch (f.sort) {
    case DebtorFilter::Sort::Code:
        key = QStringLiteral("code");
        break;
    case DebtorFilter::Sort::Name:
        key = QStringLiteral("name");
        break;
    case DebtorFilter::Sort::Status:
        key = QStringLiteral("status");
        break;
    case DebtorFilter::Sort::Limit:
        key = QStringLiteral("credit_limit");
        break;
    case DebtorFilter::Sort::Exposure:
        key = QStringLiteral("exposure");
        break;
    case DebtorFilter::Sort::Utilisation:
        // No limit but exposure sorts above everything; no limit and no exposure below.
        key = QStringLiteral("CASE WHEN credit_limit > 0 THEN exposure * 1000000 / credit_limit "
                             "WHEN exposure > 0 THEN 1000000000000 ELSE -1 END");
        break;
    case DebtorFilter::Sort::ReviewDate:
        key = QStringLiteral("COALESCE(limit_review_date, '9999-12-31')");
        break;
    }
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral("ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

} // namespace

QList<DebtorSummary> DebtorService::list(const DebtorFilter &filter, int offset, int limit) const
{
    const Currency currency = SettingsRepository(m_db).currency();
    // The inner select keeps the exposure a plain column, so both engines can sort on it.
    QString sql =
        QStringLiteral("SELECT id, code, name, status, credit_limit, exposure, "
                       "limit_review_date, limit_expired FROM (SELECT d.id, d.code, d.name, "
                       "d.status, d.credit_limit, d.limit_review_date, ") +
        QString(kLimitExpired).replace(QStringLiteral("limit_"), QStringLiteral("d.limit_")) +
        QStringLiteral(" AS limit_expired, (SELECT COALESCE(SUM(i.open_balance), 0) FROM "
                       "invoices i WHERE i.debtor_id = d.id AND i.status = 'open') AS exposure "
                       "FROM debtors d ") +
        whereClause(filter) + QStringLiteral(") s ") + orderBy(filter);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
    SqlQuery q(m_db, sql);
    bindWhere(q, filter);
    if (limit >= 0)
        q.bind(limit).bind(offset);
    q.exec();
    QList<DebtorSummary> rows;
    while (q.next()) {
        DebtorSummary s;
        s.id = q.int64(0);
        s.code = q.text(1);
        s.name = q.text(2);
        s.status = parseDebtorStatus(q.text(3));
        s.creditLimit = Money::fromMinor(q.int64(4), currency);
        s.exposure = Money::fromMinor(q.int64(5), currency);
        s.limitReviewDate = q.isNull(6) ? QDate() : parseIsoDate(q.text(6));
        s.limitExpired = q.value(7).toBool();
        rows.append(s);
    }
    return rows;
}

qint64 DebtorService::count(const DebtorFilter &filter) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM debtors d ") + whereClause(filter));
    bindWhere(q, filter);
    return q.scalar().toLongLong();
}

qint64 DebtorService::clientIdByCode(const QString &code) const
{
    const auto client = ClientService(m_db).find(code.trimmed());
    return client ? client->id : 0;
}

QList<QPair<qint64, QString>> DebtorService::clientChoices() const
{
    QList<QPair<qint64, QString>> list;
    for (const Client &c : ClientService(m_db).list())
        list.append({c.id, c.code + QStringLiteral(" — ") + c.name});
    return list;
}

} // namespace FactorDesk
