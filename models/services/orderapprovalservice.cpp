#include "orderapprovalservice.h"
#include "businesscalendar.h"

#include "auditlog.h"
#include "clock.h"
#include "csvwriter.h"
#include "database.h"
#include "debtorservice.h"
#include "error.h"
#include "money.h"
#include "ordercsv.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

namespace FactorDesk {

bool OrderApproval::covers(QDate date) const
{
    if (status != RequestStatus::Approved && status != RequestStatus::Partial)
        return false;
    return date.isValid() && date >= shipFrom && date <= shipTo && date <= expiryDate;
}

QString OrderApproval::statusName() const
{
    return expiredOn.isValid() ? QStringLiteral("expired") : requestStatusName(status);
}

QString OrderApproval::statusTitle() const
{
    return expiredOn.isValid() ? OrderApprovalService::tr("Expired") : requestStatusTitle(status);
}

QString OrderImportResult::issueText(const QString &fileName) const
{
    QStringList lines;
    for (const ImportIssue &i : issues) {
        if (i.line <= 0)
            lines << OrderApprovalService::tr("%1: %2").arg(fileName, i.message);
        else if (i.column.isEmpty())
            lines << OrderApprovalService::tr("%1 line %2: %3")
                         .arg(fileName)
                         .arg(i.line)
                         .arg(i.message);
        else
            lines << OrderApprovalService::tr("%1 line %2, %3: %4")
                         .arg(fileName)
                         .arg(i.line)
                         .arg(i.column, i.message);
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.client_id, c.code, o.debtor_id, d.code, d.name, o.order_ref, o.amount, "
    "o.currency, o.ship_date, ru.username, o.requested_by, o.requested_at, o.status, "
    "o.approved_amount, o.approval_code, o.decision_date, o.expiry_date, o.ship_from, o.ship_to, "
    "o.decision_reason, du.username, o.decided_at, o.expired_on FROM order_approvals o "
    "JOIN clients c ON c.id = o.client_id JOIN debtors d ON d.id = o.debtor_id "
    "JOIN users ru ON ru.id = o.requested_by LEFT JOIN users du ON du.id = o.decided_by ");

QDate dateOrNull(SqlQuery &q, int i)
{
    return q.isNull(i) ? QDate() : parseIsoDate(q.text(i));
}

OrderApproval readApproval(SqlQuery &q)
{
    OrderApproval a;
    a.id = q.int64(0);
    a.clientId = q.int64(1);
    a.clientCode = q.text(2);
    a.debtorId = q.int64(3);
    a.debtorCode = q.text(4);
    a.debtorName = q.text(5);
    a.orderRef = q.text(6);
    const Currency currency(q.text(8));
    a.amount = Money::fromMinor(q.int64(7), currency);
    a.shipDate = parseIsoDate(q.text(9));
    a.requestedBy = q.text(10);
    a.requestedById = q.int64(11);
    a.requestedAt = q.text(12);
    a.status = parseRequestStatus(q.text(13));
    if (!q.isNull(14))
        a.approvedAmount = Money::fromMinor(q.int64(14), currency);
    a.approvalCode = q.text(15);
    a.decisionDate = dateOrNull(q, 16);
    a.expiryDate = dateOrNull(q, 17);
    a.shipFrom = dateOrNull(q, 18);
    a.shipTo = dateOrNull(q, 19);
    a.decisionReason = q.text(20);
    a.decidedBy = q.text(21);
    a.decidedAt = q.text(22);
    a.expiredOn = dateOrNull(q, 23);
    return a;
}

// Amounts with the decimals of the order's currency ("1234.50"; "1234" in yen).
QJsonObject toJson(const OrderApproval &a)
{
    QJsonObject o{{QStringLiteral("client"), a.clientCode},
                  {QStringLiteral("debtor"), a.debtorCode},
                  {QStringLiteral("order_ref"), a.orderRef},
                  {QStringLiteral("amount"), a.amount.toPlainString()},
                  {QStringLiteral("ship_date"), isoDate(a.shipDate)},
                  {QStringLiteral("status"), requestStatusName(a.status)}};
    if (a.approvedAmount)
        o.insert(QStringLiteral("approved_amount"), a.approvedAmount->toPlainString());
    if (!a.approvalCode.isEmpty()) {
        o.insert(QStringLiteral("approval_code"), a.approvalCode);
        o.insert(QStringLiteral("expiry_date"), isoDate(a.expiryDate));
        o.insert(QStringLiteral("ship_from"), isoDate(a.shipFrom));
        o.insert(QStringLiteral("ship_to"), isoDate(a.shipTo));
    }
    if (!a.decisionReason.isEmpty())
        o.insert(QStringLiteral("reason"), a.decisionReason);
    return o;
}

struct ClientInfo
{
    qint64 id = 0;
    QString code;
    QString status;
    QString currency;
};

std::optional<ClientInfo> clientById(Database &db, qint64 id)
{
    SqlQuery q(db, QStringLiteral("SELECT id, code, status, currency FROM clients WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return ClientInfo{q.int64(0), q.text(1), q.text(2), q.text(3)};
}

std::optional<ClientInfo> clientByCode(Database &db, const QString &code)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, code, status, currency FROM clients WHERE lower(code) "
                              "= lower(?)"));
    q.bind(code.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return ClientInfo{q.int64(0), q.text(1), q.text(2), q.text(3)};
}

bool refTaken(Database &db, qint64 clientId, const QString &ref)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM order_approvals WHERE client_id = ? AND "
                                  "order_ref = ?"));
    return q.bind(clientId).bind(ref).scalar().toLongLong() > 0;
}

} // namespace

QString OrderApprovalService::generateCode(int year)
{
    // No 0/O, 1/I/L: a code read over the telephone is not misheard.
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr int n = sizeof(alphabet) - 1;
    QString code = QStringLiteral("OA-%1-").arg(year, 4, 10, QLatin1Char('0'));
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return code;
}

qint64 OrderApprovalService::request(const Session &who, qint64 clientId, qint64 debtorId,
                                     Money amount, QDate shipDate, const QString &orderRef)
{
    who.require(Roles(Role::Clerk) | Role::Analyst, tr("request order approvals"));
    const QString ref = orderRef.trimmed();
    if (!amount.isPositive())
        throw Error(Error::Kind::Validation,
                    tr("amount: an order approval must be for more than 0."),
                    QStringLiteral("amount"));
    if (!shipDate.isValid())
        throw Error(Error::Kind::Validation, tr("ship date: the order needs a ship date."),
                    QStringLiteral("ship_date"));
    if (shipDate < BusinessCalendar(m_db).today())
        throw Error(Error::Kind::Validation,
                    tr("ship date: %1 is in the past; order approvals are asked before shipping.")
                        .arg(isoDate(shipDate)),
                    QStringLiteral("ship_date"));
    if (ref.size() > 64)
        throw Error(Error::Kind::Validation, tr("order reference: at most 64 characters."),
                    QStringLiteral("order_ref"));
    Transaction tx(m_db);
    const auto client = clientById(m_db, clientId);
    if (!client)
        throw Error(Error::Kind::NotFound,
                    tr("client: there is no client with id %1.").arg(clientId),
                    QStringLiteral("client"));
    if (client->status != QLatin1String("active"))
        throw Error(Error::Kind::Conflict,
                    tr("client: %1 is %2; only active clients ask for order approvals.")
                        .arg(client->code, client->status),
                    QStringLiteral("client"));
    const Currency currency(client->currency);
    if (!amount.currency().isNone() && amount.currency() != currency)
        throw Error(Error::Kind::Validation,
                    tr("amount: client %1 asks in %2, not in %3.")
                        .arg(client->code, currency.code(), amount.currency().code()),
                    QStringLiteral("amount"));
    const Debtor d = DebtorService(m_db).find(debtorId);
    if (d.status == DebtorStatus::Insolvent)
        throw Error(Error::Kind::Conflict,
                    tr("debtor: %1 is insolvent; no order can be approved.").arg(d.code),
                    QStringLiteral("debtor"));
    if (!ref.isEmpty() && refTaken(m_db, clientId, ref))
        throw Error(
            Error::Kind::Conflict,
            tr("order reference: client %1 already asked for order %2.").arg(client->code, ref),
            QStringLiteral("order_ref"));
    SqlQuery ins(m_db,
                 QStringLiteral("INSERT INTO order_approvals (client_id, debtor_id, order_ref, "
                                "amount, currency, ship_date, requested_by, requested_at, "
                                "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending') "
                                "RETURNING id"));
    const qint64 id = ins.bind(clientId)
                          .bind(debtorId)
                          .bind(ref)
                          .bind(amount.minor())
                          .bind(currency.code())
                          .bind(isoDate(shipDate))
                          .bind(who.userId())
                          .bind(timestamp())
                          .scalar()
                          .toLongLong();
    AuditLog(m_db).record(who, QStringLiteral("order.request"), QStringLiteral("order_approval"),
                          QString::number(id), {}, toJson(find(id)));
    tx.commit();
    return id;
}

OrderApproval OrderApprovalService::decide(const Session &who, qint64 id,
                                           const OrderDecision &decision)
{
    who.require(Role::Analyst, tr("decide order approvals"));
    Transaction tx(m_db);
    const OrderApproval before = find(id);
    if (!isOpen(before.status))
        throw Error(Error::Kind::Conflict, tr("Order approval request %1 was already decided (%2).")
                                               .arg(id)
                                               .arg(requestStatusTitle(before.status)));
    if (!who.isSystem() && before.requestedById == who.userId())
        throw Error(Error::Kind::Permission,
                    tr("%1 requested this order approval and may not decide it too: another "
                       "analyst must decide (four eyes).")
                        .arg(who.username()));
    const QDate decisionDate = BusinessCalendar(m_db).today();
    const bool grants =
        decision.decision == Decision::Approve || decision.decision == Decision::Partial;
    const Currency currency = before.amount.currency();
    Money approved = Money::fromMinor(0, currency);
    if (decision.decision == Decision::Approve)
        approved = before.amount;
    if (decision.decision == Decision::Partial) {
        if (!decision.amount.currency().isNone() && decision.amount.currency() != currency)
            throw Error(Error::Kind::Validation,
                        tr("amount: the order is in %1, not in %2.")
                            .arg(currency.code(), decision.amount.currency().code()),
                        QStringLiteral("amount"));
        const Money partial = decision.amount.withCurrency(currency);
        if (!partial.isPositive())
            throw Error(Error::Kind::Validation,
                        tr("amount: approving in part needs the lower amount approved (more than "
                           "0)."),
                        QStringLiteral("amount"));
        if (partial >= before.amount)
            throw Error(Error::Kind::Validation,
                        tr("amount: %1 is not lower than the %2 requested; approve the order "
                           "instead.")
                            .arg(partial.toLocaleString(), before.amount.toLocaleString()),
                        QStringLiteral("amount"));
        approved = partial;
    }
    if (decision.decision == Decision::Decline && decision.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why the order is declined."),
                    QStringLiteral("reason"));
    QString code;
    QDate expiry, shipFrom, shipTo;
    if (grants) {
        if (decision.validDays < 1 || decision.validDays > 365)
            throw Error(
                Error::Kind::Validation,
                tr("days: an approval is valid for 1 to 365 days, not %1.").arg(decision.validDays),
                QStringLiteral("days"));
        const Debtor d = DebtorService(m_db).find(before.debtorId);
        if (d.status != DebtorStatus::Active)
            throw Error(Error::Kind::Conflict,
                        tr("Debtor %1 is %2; the order can only be declined or held.")
                            .arg(d.code, debtorStatusTitle(d.status).toLower()));
        expiry = decisionDate.addDays(decision.validDays);
        if (expiry < before.shipDate)
            throw Error(Error::Kind::Validation,
                        tr("days: the approval would expire on %1, before the ship date %2; give "
                           "at least %3 days.")
                            .arg(isoDate(expiry), isoDate(before.shipDate))
                            .arg(decisionDate.daysTo(before.shipDate)),
                        QStringLiteral("days"));
        shipFrom = std::max(before.shipDate.addDays(-ShipWindowLeadDays), decisionDate);
        shipTo = expiry;
        for (int attempt = 0; attempt < 20 && code.isEmpty(); ++attempt) {
            const QString candidate = generateCode(decisionDate.year());
            SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM order_approvals WHERE "
                                            "approval_code = ?"));
            if (q.bind(candidate).scalar().toLongLong() == 0)
                code = candidate;
        }
        if (code.isEmpty())
            throw Error(Error::Kind::Conflict, tr("No free approval code was found; try again."));
    }
    const RequestStatus status = statusAfter(decision.decision);
    SqlQuery up(m_db,
                QStringLiteral("UPDATE order_approvals SET status = ?, approved_amount = ?, "
                               "approval_code = ?, expiry_date = ?, ship_from = ?, ship_to = ?, "
                               "decision_reason = ?, decided_by = ?, decided_at = ?, "
                               "decision_date = ? WHERE id = ?"));
    up.bind(requestStatusName(status))
        .bind(grants                                   ? QVariant::fromValue(approved.minor())
              : decision.decision == Decision::Decline ? QVariant::fromValue(qint64(0))
                                                       : QVariant())
        .bindOptional(code)
        .bindOptional(expiry.isValid() ? isoDate(expiry) : QString())
        .bindOptional(shipFrom.isValid() ? isoDate(shipFrom) : QString())
        .bindOptional(shipTo.isValid() ? isoDate(shipTo) : QString())
        .bind(decision.reason.trimmed())
        .bindId(who.userId())
        .bind(timestamp())
        .bind(isoDate(decisionDate))
        .bind(id)
        .exec();
    const OrderApproval after = find(id);
    AuditLog(m_db).record(who, QStringLiteral("order.decide"), QStringLiteral("order_approval"),
                          QString::number(id), toJson(before), toJson(after));
    tx.commit();
    return after;
}

OrderApproval OrderApprovalService::find(qint64 id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE o.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    tr("There is no order approval request number %1.").arg(id),
                    QStringLiteral("id"));
    return readApproval(q);
}

std::optional<OrderApproval> OrderApprovalService::findByCode(const QString &approvalCode) const
{
    const QString code = approvalCode.trimmed().toUpper();
    if (code.isEmpty())
        return std::nullopt;
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE o.approval_code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readApproval(q);
}

QList<OrderApproval> OrderApprovalService::list(const OrderFilter &filter) const
{
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1 ");
    if (filter.clientId != 0)
        sql += QStringLiteral("AND o.client_id = ? ");
    if (filter.status)
        sql += QStringLiteral("AND o.status = ? ");
    sql += QStringLiteral("ORDER BY o.id DESC");
    SqlQuery q(m_db, sql);
    if (filter.clientId != 0)
        q.bind(filter.clientId);
    if (filter.status)
        q.bind(requestStatusName(*filter.status));
    q.exec();
    QList<OrderApproval> list;
    while (q.next())
        list.append(readApproval(q));
    return list;
}

QString OrderApprovalService::decisionsCsv(qint64 clientId) const
{
    QString csv = QStringLiteral("request_id,order_ref,debtor,debtor_name,amount,ship_date,status,"
                                 "approved_amount,approval_code,expiry_date,ship_from,ship_to,"
                                 "reason\r\n");
    OrderFilter f;
    f.clientId = clientId;
    QList<OrderApproval> rows = list(f);
    std::reverse(rows.begin(), rows.end()); // oldest first, like the client's own file
    for (const OrderApproval &a : rows) {
        const auto date = [](QDate d) { return d.isValid() ? isoDate(d) : QString(); };
        const QStringList cells{QString::number(a.id),
                                a.orderRef,
                                a.debtorCode,
                                a.debtorName,
                                a.amount.toPlainString(),
                                date(a.shipDate),
                                requestStatusName(a.status),
                                a.approvedAmount ? a.approvedAmount->toPlainString() : QString(),
                                a.approvalCode,
                                date(a.expiryDate),
                                date(a.shipFrom),
                                date(a.shipTo),
                                a.decisionReason};
        // The client opens this in a spreadsheet: no cell may run as a formula.
        csv += CsvWriter::row(cells) + QStringLiteral("\r\n");
    }
    return csv;
}

int OrderApprovalService::exportDecisions(const Session &who, qint64 clientId,
                                          const QString &fileName) const
{
    who.require(Roles(Role::Clerk) | Role::Analyst | Role::Manager, tr("export order decisions"));
    if (!clientById(m_db, clientId))
        throw Error(Error::Kind::NotFound,
                    tr("client: there is no client with id %1.").arg(clientId),
                    QStringLiteral("client"));
    const QString csv = decisionsCsv(clientId);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    tr("%1 cannot be written: %2").arg(fileName, file.errorString()));
    file.write(csv.toUtf8());
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    tr("%1 cannot be written: %2").arg(fileName, file.errorString()));
    return int(csv.count(QLatin1Char('\n'))) - 1;
}

OrderImportResult OrderApprovalService::parse(const QString &fileName,
                                              QList<ParsedLine> *good) const
{
    OrderImportResult result;
    const OrderCsvFile file = OrderCsvReader::readFile(fileName);
    result.dataLines = file.dataLines;
    result.issues = file.fileIssues;
    if (!file.fileIssues.isEmpty())
        return result;

    // The file's own issues come first for their column, so that each line's issues stay in
    // column order: client, debtor, amount, ship_date, order_ref.
    DebtorService debtors(m_db);
    QHash<QString, std::optional<ClientInfo>> clients;
    QSet<QString> refsInFile;
    const QDate now = BusinessCalendar(m_db).today();
    for (const OrderCsvLine &line : file.lines) {
        const int before = int(result.issues.size());
        const auto issue = [&](const QString &column, const QString &message) {
            result.issues.append({line.line, column, message});
        };
        const auto fileIssue = [&](const QString &column) {
            const ImportIssue *i = line.issueFor(column);
            if (i)
                result.issues.append(*i);
            return i != nullptr;
        };
        if (fileIssue({}))
            continue;
        ParsedLine p;
        p.line = line.line;
        p.ref = line.orderRef;
        std::optional<ClientInfo> client;
        if (!fileIssue(QStringLiteral("client"))) {
            const QString key = line.client.toLower();
            if (!clients.contains(key))
                clients.insert(key, clientByCode(m_db, line.client));
            client = clients.value(key);
            if (!client)
                issue(QStringLiteral("client"), tr("there is no client \"%1\".").arg(line.client));
            else if (client->status != QLatin1String("active"))
                issue(QStringLiteral("client"),
                      tr("client %1 is %2.").arg(client->code, client->status));
            else
                p.clientId = client->id;
        }
        if (!fileIssue(QStringLiteral("debtor"))) {
            if (const auto d = debtors.findByCode(line.debtor)) {
                if (d->status == DebtorStatus::Insolvent)
                    issue(QStringLiteral("debtor"), tr("debtor %1 is insolvent.").arg(d->code));
                else
                    p.debtorId = d->id;
            } else {
                issue(QStringLiteral("debtor"), tr("there is no debtor \"%1\".").arg(line.debtor));
            }
        }
        if (!fileIssue(QStringLiteral("amount"))) {
            const Currency cur(client && Currency(client->currency).isValid()
                                   ? client->currency
                                   : QStringLiteral("EUR"));
            const auto amount = Money::parse(line.amount, cur);
            if (!amount)
                issue(QStringLiteral("amount"),
                      tr("\"%1\" is not an amount (write 1234.56).").arg(line.amount));
            else if (!amount->isPositive())
                issue(QStringLiteral("amount"), tr("%1 is not more than 0.").arg(line.amount));
            else
                p.amount = *amount;
        }
        p.shipDate = line.shipDate;
        if (!fileIssue(QStringLiteral("ship_date")) && p.shipDate < now)
            issue(QStringLiteral("ship_date"), tr("%1 is in the past.").arg(line.shipDateText));
        fileIssue(QStringLiteral("order_ref"));
        if (!p.ref.isEmpty() && p.clientId != 0) {
            const QString key = QString::number(p.clientId) + QLatin1Char('\x1f') + p.ref;
            if (refsInFile.contains(key))
                issue(QStringLiteral("order_ref"),
                      tr("order %1 appears twice in the file.").arg(p.ref));
            else if (refTaken(m_db, p.clientId, p.ref))
                issue(QStringLiteral("order_ref"),
                      tr("order %1 of client %2 was already asked for.").arg(p.ref, client->code));
            refsInFile.insert(key);
        }
        if (result.issues.size() == before) {
            ++result.goodLines;
            if (good)
                good->append(p);
        }
    }
    return result;
}

OrderImportResult OrderApprovalService::previewImport(const QString &fileName) const
{
    return parse(fileName, nullptr);
}

OrderImportResult OrderApprovalService::importRequests(const Session &who, const QString &fileName,
                                                       bool skipBad)
{
    who.require(Roles(Role::Clerk) | Role::Analyst, tr("request order approvals"));
    QList<ParsedLine> good;
    OrderImportResult result = parse(fileName, &good);
    const QString name = QFileInfo(fileName).fileName();
    if (!result.issues.isEmpty() && (!skipBad || result.goodLines == 0))
        throw Error(
            Error::Kind::Validation,
            tr("%1: %n problem(s) found; nothing was imported.", nullptr, int(result.issues.size()))
                    .arg(name) +
                QLatin1Char('\n') + result.issueText(name),
            QStringLiteral("file"));
    Transaction tx(m_db);
    for (const ParsedLine &p : good)
        result.importedIds.append(
            request(who, p.clientId, p.debtorId, p.amount, p.shipDate, p.ref));
    AuditLog(m_db).record(
        who, QStringLiteral("order.import"), QStringLiteral("order_approval"), name, {},
        QJsonObject{{QStringLiteral("file"), name},
                    {QStringLiteral("imported"), int(result.importedIds.size())},
                    {QStringLiteral("skipped_issues"), int(result.issues.size())}});
    tx.commit();
    return result;
}

} // namespace FactorDesk
