#include "creditservice.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "debtorservice.h"
#include "error.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <algorithm>

namespace FactorDesk {

QString decisionName(Decision d)
{
    switch (d) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::Partial:
        return QStringLiteral("partial");
    case Decision::Decline:
        return QStringLiteral("decline");
    case Decision::Hold:
        return QStringLiteral("hold");
    }
    return {};
}

QString decisionTitle(Decision d)
{
    switch (d) {
    case Decision::Approve:
        return CreditService::tr("Approve");
    case Decision::Partial:
        return CreditService::tr("Approve in part");
    case Decision::Decline:
        return CreditService::tr("Decline");
    case Decision::Hold:
        return CreditService::tr("On hold");
    }
    return {};
}

Decision parseDecision(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("approve") || t == QLatin1String("approved"))
        return Decision::Approve;
    if (t == QLatin1String("partial"))
        return Decision::Partial;
    if (t == QLatin1String("decline") || t == QLatin1String("declined"))
        return Decision::Decline;
    if (t == QLatin1String("hold"))
        return Decision::Hold;
    throw Error(Error::Kind::Validation,
                CreditService::tr("decision: \"%1\" is not a decision (approve, partial, decline "
                                  "or hold).")
                    .arg(text),
                QStringLiteral("decision"));
}

QString requestStatusName(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Pending:
        return QStringLiteral("pending");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Partial:
        return QStringLiteral("partial");
    case RequestStatus::Declined:
        return QStringLiteral("declined");
    case RequestStatus::Hold:
        return QStringLiteral("hold");
    }
    return {};
}

RequestStatus statusAfter(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return RequestStatus::Approved;
    case Decision::Partial:
        return RequestStatus::Partial;
    case Decision::Decline:
        return RequestStatus::Declined;
    case Decision::Hold:
        break;
    }
    return RequestStatus::Hold;
}

QString requestStatusTitle(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Pending:
        return CreditService::tr("Pending");
    case RequestStatus::Approved:
        return CreditService::tr("Approved");
    case RequestStatus::Partial:
        return CreditService::tr("Approved in part");
    case RequestStatus::Declined:
        return CreditService::tr("Declined");
    case RequestStatus::Hold:
        return CreditService::tr("On hold");
    }
    return {};
}

RequestStatus parseRequestStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (RequestStatus s : {RequestStatus::Pending, RequestStatus::Approved, RequestStatus::Partial,
                            RequestStatus::Declined, RequestStatus::Hold})
        if (requestStatusName(s) == t)
            return s;
    throw Error(Error::Kind::Validation,
                CreditService::tr("status: \"%1\" is not a request status.").arg(text),
                QStringLiteral("status"));
}

QString queueKindTitle(CreditQueueItem::Kind k)
{
    switch (k) {
    case CreditQueueItem::Kind::Pending:
        return CreditService::tr("Pending request");
    case CreditQueueItem::Kind::Hold:
        return CreditService::tr("On hold");
    case CreditQueueItem::Kind::ReviewDue:
        return CreditService::tr("Review due");
    case CreditQueueItem::Kind::Declined:
        return CreditService::tr("Recently declined");
    }
    return {};
}

namespace {

const QString kSelectRequest = QStringLiteral(
    "SELECT r.id, r.debtor_id, d.code, d.name, r.client_id, c.code, r.requested_amount, r.reason, "
    "ru.username, r.requested_by, r.requested_at, r.status, r.decided_amount, r.decision_reason, "
    "r.review_date, du.username, r.decided_at FROM credit_requests r "
    "JOIN debtors d ON d.id = r.debtor_id LEFT JOIN clients c ON c.id = r.client_id "
    "JOIN users ru ON ru.id = r.requested_by LEFT JOIN users du ON du.id = r.decided_by ");

CreditRequest readRequest(SqlQuery &q, Currency currency)
{
    CreditRequest r;
    r.id = q.int64(0);
    r.debtorId = q.int64(1);
    r.debtorCode = q.text(2);
    r.debtorName = q.text(3);
    r.clientId = q.isNull(4) ? 0 : q.int64(4);
    r.clientCode = q.text(5);
    r.requestedAmount = Money::fromMinor(q.int64(6), currency);
    r.reason = q.text(7);
    r.requestedBy = q.text(8);
    r.requestedById = q.int64(9);
    r.requestedAt = q.text(10);
    r.status = parseRequestStatus(q.text(11));
    if (!q.isNull(12))
        r.decidedAmount = Money::fromMinor(q.int64(12), currency);
    r.decisionReason = q.text(13);
    r.reviewDate = q.isNull(14) ? QDate() : parseIsoDate(q.text(14));
    r.decidedBy = q.text(15);
    r.decidedAt = q.text(16);
    return r;
}

// Amounts in the book currency, with its own decimals ("1500000.00"; "1500000" in yen).
QJsonObject toJson(const CreditRequest &r)
{
    QJsonObject o{{QStringLiteral("debtor"), r.debtorCode},
                  {QStringLiteral("requested_amount"), r.requestedAmount.toPlainString()},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("status"), requestStatusName(r.status)}};
    if (!r.clientCode.isEmpty())
        o.insert(QStringLiteral("client"), r.clientCode);
    if (r.decidedAmount)
        o.insert(QStringLiteral("decided_amount"), r.decidedAmount->toPlainString());
    if (!r.decisionReason.isEmpty())
        o.insert(QStringLiteral("decision_reason"), r.decisionReason);
    if (r.reviewDate.isValid())
        o.insert(QStringLiteral("review_date"), isoDate(r.reviewDate));
    return o;
}

} // namespace

qint64 CreditService::request(const Session &who, qint64 debtorId, Money amount,
                              const QString &reason, qint64 clientId)
{
    who.require(Roles(Role::Clerk) | Role::Analyst, tr("request credit limits"));
    amount = inBookCurrency(amount);
    if (!amount.isPositive())
        throw Error(Error::Kind::Validation,
                    tr("amount: a credit limit request must be for more than 0."),
                    QStringLiteral("amount"));
    Transaction tx(m_db);
    DebtorService debtors(m_db);
    const Debtor d = debtors.find(debtorId);
    if (d.status == DebtorStatus::Insolvent)
        throw Error(Error::Kind::Conflict,
                    tr("Debtor %1 is insolvent; no credit limit can be requested.").arg(d.code),
                    QStringLiteral("debtor"));
    QString clientCode;
    if (clientId != 0) {
        SqlQuery c(m_db, QStringLiteral("SELECT code FROM clients WHERE id = ?"));
        const QVariant code = c.bind(clientId).scalar();
        if (!code.isValid())
            throw Error(Error::Kind::NotFound,
                        tr("client: there is no client with id %1.").arg(clientId),
                        QStringLiteral("client"));
        clientCode = code.toString();
        if (amount > d.creditLimit)
            throw Error(Error::Kind::Validation,
                        tr("amount: a sub-limit for client %1 must stay within debtor %2's "
                           "limit of %3.")
                            .arg(clientCode, d.code, d.creditLimit.toLocaleString()),
                        QStringLiteral("amount"));
    }
    if (const auto open = openRequest(debtorId))
        throw Error(Error::Kind::Conflict,
                    tr("Debtor %1 already has an open credit request (number %2, %3); decide it "
                       "first.")
                        .arg(d.code)
                        .arg(open->id)
                        .arg(requestStatusTitle(open->status)),
                    QStringLiteral("debtor"));
    SqlQuery ins(m_db,
                 QStringLiteral("INSERT INTO credit_requests (debtor_id, client_id, "
                                "requested_amount, reason, requested_by, requested_at, status) "
                                "VALUES (?, ?, ?, ?, ?, ?, 'pending') RETURNING id"));
    const qint64 id = ins.bind(debtorId)
                          .bindId(clientId)
                          .bind(amount.minor())
                          .bind(reason.trimmed())
                          .bind(who.userId())
                          .bind(timestamp())
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("credit.request"), QStringLiteral("credit_request"),
                          QString::number(id), {}, toJson(find(id)));
    tx.commit();
    return id;
}

void CreditService::decide(const Session &who, qint64 requestId, const CreditDecision &decision)
{
    who.require(Role::Analyst, tr("decide credit limits"));
    Transaction tx(m_db);
    const CreditRequest before = find(requestId);
    if (!isOpen(before.status))
        throw Error(Error::Kind::Conflict, tr("Credit request %1 was already decided (%2).")
                                               .arg(before.id)
                                               .arg(requestStatusTitle(before.status)));
    if (!who.isSystem() && before.requestedById == who.userId())
        throw Error(Error::Kind::Permission,
                    tr("%1 requested this limit and may not decide it too: another analyst must "
                       "decide (four eyes).")
                        .arg(who.username()));
    const QDate decisionDate = today();
    Money amount = Money::fromMinor(0, bookCurrency());
    QDate review = decision.reviewDate;
    switch (decision.decision) {
    case Decision::Approve:
        amount = before.requestedAmount;
        break;
    case Decision::Partial: {
        const Money partial = inBookCurrency(decision.amount);
        if (!partial.isPositive())
            throw Error(Error::Kind::Validation,
                        tr("amount: approving in part needs the lower amount granted (more than "
                           "0)."),
                        QStringLiteral("amount"));
        if (partial >= before.requestedAmount)
            throw Error(Error::Kind::Validation,
                        tr("amount: %1 is not lower than the %2 requested; approve the request "
                           "instead.")
                            .arg(partial.toLocaleString(), before.requestedAmount.toLocaleString()),
                        QStringLiteral("amount"));
        amount = partial;
        break;
    }
    case Decision::Decline:
    case Decision::Hold:
        break;
    }
    const bool grants =
        decision.decision == Decision::Approve || decision.decision == Decision::Partial;
    if (grants) {
        if (!review.isValid())
            review = decisionDate.addYears(1);
        if (review <= decisionDate)
            throw Error(Error::Kind::Validation,
                        tr("review date: %1 is not after today.")
                            .arg(QLocale().toString(review, QLocale::ShortFormat)),
                        QStringLiteral("review_date"));
    } else {
        review = {};
    }
    QDate expiry = grants ? decision.expiryDate : QDate();
    if (expiry.isValid() && expiry <= decisionDate)
        throw Error(Error::Kind::Validation,
                    tr("expires: %1 is not after today.")
                        .arg(QLocale().toString(expiry, QLocale::ShortFormat)),
                    QStringLiteral("expires"));
    if (expiry.isValid() && before.clientId != 0)
        throw Error(Error::Kind::Validation,
                    tr("expires: a sub-limit lasts as long as the debtor's limit; set the expiry "
                       "on the debtor's limit."),
                    QStringLiteral("expires"));
    if (decision.decision == Decision::Decline && decision.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why the request is declined."),
                    QStringLiteral("reason"));

    DebtorService debtors(m_db);
    const Debtor d = debtors.find(before.debtorId);
    if (grants && d.status == DebtorStatus::Insolvent)
        throw Error(Error::Kind::Conflict,
                    tr("Debtor %1 is insolvent; the request can only be declined.").arg(d.code));
    if (grants && before.clientId != 0 && amount > d.creditLimit)
        throw Error(Error::Kind::Validation,
                    tr("amount: a sub-limit for client %1 must stay within debtor %2's limit of "
                       "%3.")
                        .arg(before.clientCode, d.code, d.creditLimit.toLocaleString()),
                    QStringLiteral("amount"));

    const RequestStatus status = statusAfter(decision.decision);
    SqlQuery up(m_db, QStringLiteral("UPDATE credit_requests SET status = ?, decided_amount = ?, "
                                     "decision_reason = ?, review_date = ?, decided_by = ?, "
                                     "decided_at = ?, decision_date = ? WHERE id = ?"));
    up.bind(requestStatusName(status))
        .bind(grants                                   ? QVariant::fromValue(amount.minor())
              : decision.decision == Decision::Decline ? QVariant::fromValue(qint64(0))
                                                       : QVariant())
        .bind(decision.reason.trimmed())
        .bindOptional(review.isValid() ? isoDate(review) : QString())
        .bindId(who.userId())
        .bind(timestamp())
        .bind(isoDate(decisionDate))
        .bind(requestId)
        .exec();

    if (grants && before.clientId == 0) {
        // The limit is in the book currency (requests are) and lasts until its expiry, if any.
        SqlQuery lim(m_db,
                     QStringLiteral("UPDATE debtors SET credit_limit = ?, limit_review_date = ?, "
                                    "limit_expiry_date = ?, limit_currency = ?, updated_at = ? "
                                    "WHERE id = ?"));
        lim.bind(amount.minor())
            .bind(isoDate(review))
            .bindOptional(expiry.isValid() ? isoDate(expiry) : QString())
            .bind(bookCurrency().code())
            .bind(timestamp())
            .bind(d.id)
            .exec();
        // Sub-limits never exceed the debtor's limit: a lower limit pulls them down.
        SqlQuery cap(m_db,
                     QStringLiteral("UPDATE client_debtors SET sub_limit = ? WHERE debtor_id = ? "
                                    "AND sub_limit > ?"));
        cap.bind(amount.minor()).bind(d.id).bind(amount.minor()).exec();
    } else if (grants) {
        SqlQuery exists(m_db,
                        QStringLiteral("SELECT count(*) FROM client_debtors WHERE client_id = ? "
                                       "AND debtor_id = ?"));
        if (exists.bind(before.clientId).bind(d.id).scalar().toLongLong() == 0) {
            SqlQuery ins(m_db, QStringLiteral("INSERT INTO client_debtors (client_id, debtor_id, "
                                              "sub_limit) VALUES (?, ?, ?)"));
            ins.bind(before.clientId).bind(d.id).bind(amount.minor()).exec();
        } else {
            SqlQuery set(m_db, QStringLiteral("UPDATE client_debtors SET sub_limit = ? WHERE "
                                              "client_id = ? AND debtor_id = ?"));
            set.bind(amount.minor()).bind(before.clientId).bind(d.id).exec();
        }
    }
    QJsonObject after = toJson(find(requestId));
    after.insert(QStringLiteral("decision"), decisionName(decision.decision));
    AuditLog(m_db).record(who, QStringLiteral("credit.decide"), QStringLiteral("credit_request"),
                          QString::number(requestId), toJson(before), after);
    tx.commit();
}

CreditRequest CreditService::find(qint64 requestId) const
{
    SqlQuery q(m_db, kSelectRequest + QStringLiteral("WHERE r.id = ?"));
    q.bind(requestId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    tr("There is no credit request number %1.").arg(requestId),
                    QStringLiteral("request"));
    return readRequest(q, bookCurrency());
}

std::optional<CreditRequest> CreditService::openRequest(qint64 debtorId) const
{
    SqlQuery q(m_db, kSelectRequest + QStringLiteral("WHERE r.debtor_id = ? AND r.status IN "
                                                     "('pending', 'hold') ORDER BY r.id DESC"));
    q.bind(debtorId).exec();
    if (!q.next())
        return std::nullopt;
    return readRequest(q, bookCurrency());
}

QList<CreditRequest> CreditService::history(qint64 debtorId) const
{
    SqlQuery q(m_db, kSelectRequest + QStringLiteral("WHERE r.debtor_id = ? ORDER BY r.id DESC"));
    q.bind(debtorId).exec();
    QList<CreditRequest> list;
    const Currency currency = bookCurrency();
    while (q.next())
        list.append(readRequest(q, currency));
    return list;
}

QList<CreditRequest> CreditService::list(bool openOnly) const
{
    SqlQuery q(m_db, kSelectRequest +
                         (openOnly ? QStringLiteral("WHERE r.status IN ('pending', 'hold') ")
                                   : QString()) +
                         QStringLiteral("ORDER BY r.id DESC"));
    q.exec();
    QList<CreditRequest> list;
    const Currency currency = bookCurrency();
    while (q.next())
        list.append(readRequest(q, currency));
    return list;
}

QList<CreditQueueItem> CreditService::queue(QDate asOf) const
{
    const Currency currency = bookCurrency();
    const auto money = [currency](qint64 minor) { return Money::fromMinor(minor, currency); };
    QList<CreditQueueItem> items;
    const QString exposureSql = QStringLiteral(
        "(SELECT COALESCE(SUM(i.open_balance), 0) FROM invoices i WHERE i.debtor_id = d.id AND "
        "i.status = 'open')");
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT r.id, d.id, d.code, d.name, c.code, "
                                  "r.requested_amount, d.credit_limit, ") +
                       exposureSql +
                       QStringLiteral(", r.requested_at, u.username, r.reason, r.status "
                                      "FROM credit_requests r JOIN debtors d ON d.id = "
                                      "r.debtor_id LEFT JOIN clients c ON c.id = r.client_id "
                                      "JOIN users u ON u.id = r.requested_by WHERE r.status "
                                      "IN ('pending', 'hold') ORDER BY r.requested_at, r.id"));
        q.exec();
        while (q.next()) {
            CreditQueueItem it;
            it.kind = q.text(11) == QLatin1String("hold") ? CreditQueueItem::Kind::Hold
                                                          : CreditQueueItem::Kind::Pending;
            it.requestId = q.int64(0);
            it.debtorId = q.int64(1);
            it.debtorCode = q.text(2);
            it.debtorName = q.text(3);
            it.clientCode = q.text(4);
            it.amount = money(q.int64(5));
            it.currentLimit = money(q.int64(6));
            it.exposure = money(q.int64(7));
            it.date = parseIsoDate(q.text(8).left(10));
            it.requestedBy = q.text(9);
            it.reason = q.text(10);
            items.append(it);
        }
    }
    {
        // Limits due for review, unless a request for the debtor is already open.
        SqlQuery q(m_db, QStringLiteral("SELECT d.id, d.code, d.name, d.credit_limit, ") +
                             exposureSql +
                             QStringLiteral(", d.limit_review_date FROM debtors d WHERE "
                                            "d.credit_limit > 0 AND d.limit_review_date IS NOT "
                                            "NULL AND d.limit_review_date <= ? AND NOT EXISTS "
                                            "(SELECT 1 FROM credit_requests r WHERE r.debtor_id = "
                                            "d.id AND r.status IN ('pending', 'hold')) ORDER BY "
                                            "d.limit_review_date, d.code"));
        q.bind(isoDate(asOf.addDays(30))).exec();
        while (q.next()) {
            CreditQueueItem it;
            it.kind = CreditQueueItem::Kind::ReviewDue;
            it.debtorId = q.int64(0);
            it.debtorCode = q.text(1);
            it.debtorName = q.text(2);
            it.amount = money(q.int64(3));
            it.currentLimit = money(q.int64(3));
            it.exposure = money(q.int64(4));
            it.date = parseIsoDate(q.text(5));
            items.append(it);
        }
    }
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT r.id, d.id, d.code, d.name, c.code, "
                                  "r.requested_amount, d.credit_limit, ") +
                       exposureSql +
                       QStringLiteral(", r.decision_date, u.username, r.decision_reason "
                                      "FROM credit_requests r JOIN debtors d ON d.id = "
                                      "r.debtor_id LEFT JOIN clients c ON c.id = r.client_id "
                                      "JOIN users u ON u.id = r.requested_by WHERE r.status = "
                                      "'declined' AND r.decision_date >= ? AND "
                                      "r.decision_date <= ? ORDER BY r.decision_date DESC, "
                                      "r.id DESC"));
        q.bind(isoDate(asOf.addDays(-30))).bind(isoDate(asOf)).exec();
        while (q.next()) {
            CreditQueueItem it;
            it.kind = CreditQueueItem::Kind::Declined;
            it.requestId = q.int64(0);
            it.debtorId = q.int64(1);
            it.debtorCode = q.text(2);
            it.debtorName = q.text(3);
            it.clientCode = q.text(4);
            it.amount = money(q.int64(5));
            it.currentLimit = money(q.int64(6));
            it.exposure = money(q.int64(7));
            it.date = parseIsoDate(q.text(8));
            it.requestedBy = q.text(9);
            it.reason = q.text(10);
            items.append(it);
        }
    }
    return items;
}

Currency CreditService::bookCurrency() const
{
    return SettingsRepository(m_db).currency();
}

Money CreditService::inBookCurrency(Money amount) const
{
    const Currency book = bookCurrency();
    if (amount.currency().isNone())
        return amount.withCurrency(book);
    if (amount.currency() != book)
        throw Error(Error::Kind::Validation,
                    tr("amount: credit limits are kept in %1, not in %2.")
                        .arg(book.code(), amount.currency().code()),
                    QStringLiteral("amount"));
    return amount;
}

Money CreditService::subLimit(qint64 debtorId, qint64 clientId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT sub_limit FROM client_debtors WHERE client_id = ? AND "
                                    "debtor_id = ?"));
    return Money::fromMinor(q.bind(clientId).bind(debtorId).scalar().toLongLong(), bookCurrency());
}

} // namespace FactorDesk
