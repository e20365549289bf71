#include "schedulerepository.h"

#include <QHash>

#include "bulkstatement.h"
#include "clock.h"
#include "database.h"
#include "invoicenumber.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <memory>

namespace FactorDesk {

namespace {

// Binds a schedule's stored totals in the order of the columns "invoice_count, face_total,
// eligible_total, advance_total, commission_total, reserve_total, charges_total, net_payment,
// maturity_date", shared by every statement that writes them.
SqlQuery &bindTotals(SqlQuery &q, const ScheduleTotals &t)
{
    return q.bind(qint64(t.count))
        .bind(t.face.minor())
        .bind(t.eligible.minor())
        .bind(t.advance.minor())
        .bind(t.commission.minor())
        .bind(t.reserve.minor())
        .bind(t.charges.minor())
        .bind(t.netPayment.minor())
        .bindOptional(isoDate(t.maturityDate));
}

// YYYY-MM-DD without QDate::toString's general formatter: written for every line of a big
// import.
QString fastIsoDate(QDate d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1000 || y > 9999)
        return isoDate(d);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

// parseIsoDate for the plain "YYYY-MM-DD" the books store, without its general parser: read
// for every line of a big schedule. Anything else goes to parseIsoDate.
QDate fastParseIsoDate(const QString &t)
{
    if (t.size() == 10 && t[4] == u'-' && t[7] == u'-') {
        int v[8];
        int k = 0;
        for (qsizetype i = 0; i < 10; ++i) {
            if (i == 4 || i == 7)
                continue;
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return parseIsoDate(t);
            v[k++] = int(c - u'0');
        }
        return QDate(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5],
                     v[6] * 10 + v[7]);
    }
    return parseIsoDate(t);
}

QDate dateOf(const SqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QDate() : fastParseIsoDate(v.toString());
}

QDate dateOf(const BulkStatement &q, int i)
{
    return q.isNull(i) ? QDate() : fastParseIsoDate(q.text(i));
}

// One shared copy of each string that repeats from line to line (debtor codes and names,
// currencies, statuses), so a 100,000-line schedule holds each once.
class StringPool
{
public:
    QString operator()(const QString &text)
    {
        if (text == m_last)
            return m_last; // lines in a row mostly repeat the value before
        const auto it = m_pool.constFind(text);
        if (it != m_pool.constEnd())
            return m_last = it.value();
        if (m_pool.size() < kMaxStrings)
            m_pool.insert(text, text);
        return m_last = text;
    }

private:
    QString m_last;
    static constexpr qsizetype kMaxStrings = 20000;
    QHash<QString, QString> m_pool;
};

const QString kScheduleColumns = QStringLiteral(
    "SELECT s.id, s.number, s.client_id, c.code, c.name, s.schedule_date, s.status, s.currency, "
    "s.source_file, s.agreement_id, s.invoice_count, s.face_total, s.eligible_total, "
    "s.advance_total, s.commission_total, s.reserve_total, s.charges_total, s.net_payment, "
    "s.maturity_date, cu.username, s.created_at, au.username, s.approved_at, ru.username, "
    "s.rejected_at, s.rejected_reason, fu.username, s.funded_at, s.funding_date, "
    "s.journal_entry_id FROM schedules s JOIN clients c ON c.id = s.client_id "
    "LEFT JOIN users cu ON cu.id = s.created_by LEFT JOIN users au ON au.id = s.approved_by "
    "LEFT JOIN users ru ON ru.id = s.rejected_by LEFT JOIN users fu ON fu.id = s.funded_by");

Schedule scheduleFromRow(const SqlQuery &q)
{
    Schedule s;
    s.id = q.int64(0);
    s.number = q.text(1);
    s.clientId = q.int64(2);
    s.clientCode = q.text(3);
    s.clientName = q.text(4);
    s.date = dateOf(q, 5);
    s.status = parseScheduleStatus(q.text(6));
    s.currency = q.text(7);
    s.sourceFile = q.text(8);
    s.agreementId = q.isNull(9) ? 0 : q.int64(9);
    ScheduleTotals &t = s.totals;
    const Currency currency(s.currency);
    const auto money = [&q, currency](int i) { return Money::fromMinor(q.int64(i), currency); };
    t.count = int(q.int64(10));
    t.face = money(11);
    t.eligible = money(12);
    t.ineligible = t.face - t.eligible;
    t.advance = money(13);
    t.commission = money(14);
    t.reserve = money(15);
    t.charges = money(16);
    t.netPayment = money(17);
    t.chargesFromReserve = t.charges - (t.advance - t.netPayment);
    t.maturityDate = dateOf(q, 18);
    s.createdBy = q.text(19);
    s.createdAt = q.text(20);
    s.approvedBy = q.text(21);
    s.approvedAt = q.text(22);
    s.rejectedBy = q.text(23);
    s.rejectedAt = q.text(24);
    s.rejectedReason = q.text(25);
    s.fundedBy = q.text(26);
    s.fundedAt = q.text(27);
    s.fundingDate = dateOf(q, 28);
    s.journalEntryId = q.isNull(29) ? 0 : q.int64(29);
    return s;
}

const QString kNoChecks = QStringLiteral("[]");

// Ids bound in one "id IN (...)" (far below any engine's limit on bound values).
constexpr qsizetype kIdsPerStatement = 500;

QString checkCodesOf(const ScheduleLine &l)
{
    return l.checks.isEmpty() ? kNoChecks : checksToJson(l.checks);
}

// invoices.live_key: the number's key while the line is live (not rejected: neither in a
// rejected schedule nor refused as a duplicate), else NULL (bound as an empty optional).
QString liveKeyOf(const ScheduleLine &l, const QString &key)
{
    return l.status == QLatin1String("rejected") ? QString() : key;
}

} // namespace

// ---- reading ----

std::optional<Schedule> ScheduleRepository::find(qint64 scheduleId, bool withLines) const
{
    SqlQuery q(m_db, kScheduleColumns + QStringLiteral(" WHERE s.id = ?"));
    q.bind(scheduleId).exec();
    if (!q.next())
        return std::nullopt;
    Schedule s = scheduleFromRow(q);
    if (!withLines)
        return s;
    // Read through SQLite's own statement where it is SQLite: a 100,000-line schedule is read
    // whole by every approval and funding.
    BulkStatement l(
        m_db, QStringLiteral("SELECT i.id, i.line_no, i.invoice_no, i.debtor_id, d.code, d.name, "
                             "i.invoice_date, i.due_date, i.currency, i.amount, i.approval_code, "
                             "i.order_approval_id, i.po, i.status, i.eligible_amount, i.advance, "
                             "i.commission, i.reserve, i.open_balance, i.checks, i.check_codes, "
                             "i.override_reason, ou.username, i.override_at FROM invoices i JOIN "
                             "debtors d ON d.id = i.debtor_id LEFT JOIN users ou ON ou.id = "
                             "i.override_by WHERE i.schedule_id = ? ORDER BY i.line_no"));
    l.bind(scheduleId);
    s.lines.reserve(qMax(s.totals.count, 0));
    StringPool shared;
    QHash<qint64, std::pair<QString, QString>> debtorNames;
    // The check results of a line, parsed once per distinct text (most lines share a few).
    QHash<QString, QList<CheckResult>> parsedChecks;
    while (l.next()) {
        ScheduleLine line;
        line.id = l.int64(0);
        line.lineNo = int(l.int64(1));
        line.invoiceNo = l.text(2);
        line.debtorId = l.int64(3);
        // A debtor's code and name, shared by every line of the debtor.
        if (const auto d = debtorNames.constFind(line.debtorId); d != debtorNames.constEnd()) {
            line.debtorCode = d->first;
            line.debtorName = d->second;
        } else {
            line.debtorCode = l.text(4);
            line.debtorName = l.text(5);
            debtorNames.insert(line.debtorId, {line.debtorCode, line.debtorName});
        }
        line.invoiceDate = dateOf(l, 6);
        line.dueDate = dateOf(l, 7);
        line.currency = shared(l.text(8));
        const Currency currency(line.currency);
        const auto money = [&l, currency](int i) { return Money::fromMinor(l.int64(i), currency); };
        line.amount = money(9);
        line.approvalCode = l.text(10);
        line.orderApprovalId = l.isNull(11) ? 0 : l.int64(11);
        line.po = l.text(12);
        line.status = shared(l.text(13));
        line.eligible = money(14);
        line.advance = money(15);
        line.commission = money(16);
        line.reserve = money(17);
        line.openBalance = money(18);
        // Lines stored before schema 5 have only the sentences of the old checks column.
        if (l.isNull(20)) {
            line.checks = legacyChecksFromJson(l.text(19), currency);
        } else {
            const QString codes = l.text(20);
            const QString key = line.currency + QChar(0) + codes;
            auto it = parsedChecks.constFind(key);
            if (it == parsedChecks.constEnd()) {
                const QList<CheckResult> parsed = checksFromJson(codes, currency);
                if (parsedChecks.size() >= 1000)
                    parsedChecks.clear();
                it = parsedChecks.insert(key, parsed);
            }
            line.checks = it.value();
        }
        line.overrideReason = l.text(21);
        line.overrideBy = shared(l.text(22));
        line.overrideAt = l.text(23);
        s.lines.append(std::move(line));
    }
    return s;
}

qint64 ScheduleRepository::idOfNumber(const QString &number) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM schedules WHERE number = ?"));
    const QVariant id = q.bind(number).scalar();
    return id.isValid() ? id.toLongLong() : 0;
}

QList<Schedule> ScheduleRepository::list(const ScheduleFilter &filter) const
{
    QString sql = kScheduleColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (filter.clientId > 0) {
        sql += QStringLiteral(" AND s.client_id = ?");
        binds << filter.clientId;
    }
    if (!filter.clientCode.isEmpty()) {
        sql += QStringLiteral(" AND upper(c.code) = upper(?)");
        binds << filter.clientCode;
    }
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" AND s.status = ?");
        binds << scheduleStatusName(parseScheduleStatus(filter.status));
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND s.schedule_date >= ?");
        binds << isoDate(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND s.schedule_date <= ?");
        binds << isoDate(filter.to);
    }
    sql += QStringLiteral(" ORDER BY s.schedule_date DESC, s.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    SqlQuery q(m_db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    q.exec();
    QList<Schedule> out;
    while (q.next())
        out.append(scheduleFromRow(q));
    return out;
}

// ---- numbering ----

bool ScheduleRepository::numberTaken(const QString &number) const
{
    return idOfNumber(number) != 0;
}

QString ScheduleRepository::nextNumber()
{
    SettingsRepository settings(m_db);
    for (;;) {
        const QString number = QStringLiteral("S-%1").arg(
            settings.nextSequence(QStringLiteral("schedule")), 6, 10, QLatin1Char('0'));
        if (!numberTaken(number))
            return number;
    }
}

// ---- writing ----

qint64 ScheduleRepository::insert(const Schedule &s, qint64 createdBy)
{
    SqlQuery ins(
        m_db,
        QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, status, currency, "
                       "source_file, agreement_id, invoice_count, face_total, eligible_total, "
                       "advance_total, commission_total, reserve_total, charges_total, "
                       "net_payment, maturity_date, created_by, created_at) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bind(s.number)
        .bind(s.clientId)
        .bind(isoDate(s.date))
        .bind(scheduleStatusName(s.status))
        .bind(s.currency)
        .bind(s.sourceFile)
        .bindId(s.agreementId);
    bindTotals(ins, s.totals);
    return ins.bind(createdBy).bind(s.createdAt).scalar().toLongLong();
}

void ScheduleRepository::insertLines(const Schedule &s)
{
    // One prepared statement, reused for every row, inside the caller's transaction.
    BulkStatement q(
        m_db, QStringLiteral(
                  "INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, "
                  "invoice_date, due_date, currency, amount, approval_code, "
                  "order_approval_id, po, status, eligible_amount, advance, commission, "
                  "reserve, checks, check_codes, invoice_key, live_key) VALUES (?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ScheduleLine &l : s.lines) {
        const QString key = InvoiceNumber::key(l.invoiceNo);
        q.bind(s.id)
            .bind(qint64(l.lineNo))
            .bind(s.clientId)
            .bind(l.debtorId)
            .bind(l.invoiceNo)
            .bind(fastIsoDate(l.invoiceDate))
            .bind(fastIsoDate(l.dueDate))
            .bind(l.currency)
            .bind(l.amount.minor())
            .bind(l.approvalCode)
            .bindId(l.orderApprovalId)
            .bind(l.po)
            .bind(l.status)
            .bind(l.eligible.minor())
            .bind(l.advance.minor())
            .bind(l.commission.minor())
            .bind(l.reserve.minor())
            .bind(kNoChecks)
            .bind(checkCodesOf(l))
            .bind(key)
            .bindOptional(liveKeyOf(l, key))
            .exec();
    }
}

bool ScheduleRepository::lock(qint64 scheduleId)
{
    return lockRow(m_db, QStringLiteral("schedules"), scheduleId);
}

bool ScheduleRepository::updateChecks(const Schedule &s)
{
    SqlQuery hdr(m_db, QStringLiteral("UPDATE schedules SET invoice_count = ?, face_total = ?, "
                                      "eligible_total = ?, advance_total = ?, commission_total = "
                                      "?, reserve_total = ?, charges_total = ?, net_payment = ?, "
                                      "maturity_date = ? WHERE id = ? AND status = ?"));
    bindTotals(hdr, s.totals).bind(s.id).bind(scheduleStatusName(s.status)).exec();
    if (hdr.numRowsAffected() != 1)
        return false;
    // A line's status and live key are rewritten only where they change (an override rejecting
    // it): each column is in several of the invoices' indexes, and setting it, even to the value
    // it has, moves the row in every one of them. The rest of a line is rewritten whole.
    QHash<qint64, QString> stored;
    stored.reserve(s.lines.size());
    SqlQuery cur(m_db, QStringLiteral("SELECT id, status FROM invoices WHERE schedule_id = ?"));
    cur.bind(s.id).exec();
    while (cur.next())
        stored.insert(cur.int64(0), cur.text(1));
    BulkStatement upd(m_db,
                      QStringLiteral("UPDATE invoices SET eligible_amount = ?, advance = ?, "
                                     "commission = ?, reserve = ?, checks = ?, check_codes = ?, "
                                     "order_approval_id = ? WHERE id = ?"));
    BulkStatement moved(
        m_db, QStringLiteral("UPDATE invoices SET status = ?, live_key = ? WHERE id = ?"));
    for (const ScheduleLine &l : s.lines) {
        upd.bind(l.eligible.minor())
            .bind(l.advance.minor())
            .bind(l.commission.minor())
            .bind(l.reserve.minor())
            .bind(kNoChecks)
            .bind(checkCodesOf(l))
            .bindId(l.orderApprovalId)
            .bind(l.id)
            .exec();
        const auto was = stored.constFind(l.id);
        if (was == stored.constEnd() || *was != l.status)
            moved.bind(l.status)
                .bindOptional(liveKeyOf(l, InvoiceNumber::key(l.invoiceNo)))
                .bind(l.id)
                .exec();
    }
    return true;
}

void ScheduleRepository::setOverride(qint64 invoiceId, const QString &reason, qint64 userId,
                                     const QString &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE invoices SET override_reason = ?, override_by = ?, "
                                    "override_at = ? WHERE id = ?"));
    q.bind(reason).bind(userId).bind(at).bind(invoiceId).exec();
}

bool ScheduleRepository::setApproved(qint64 scheduleId, ScheduleStatus from, qint64 userId,
                                     const QString &at)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE schedules SET status = 'approved', approved_by = ?, "
                                    "approved_at = ? WHERE id = ? AND status = ?"));
    q.bind(userId).bind(at).bind(scheduleId).bind(scheduleStatusName(from)).exec();
    return q.numRowsAffected() == 1;
}

bool ScheduleRepository::setRejected(qint64 scheduleId, ScheduleStatus from, qint64 userId,
                                     const QString &at, const QString &reason)
{
    SqlQuery hdr(m_db, QStringLiteral("UPDATE schedules SET status = 'rejected', rejected_by = ?, "
                                      "rejected_at = ?, rejected_reason = ? WHERE id = ? AND "
                                      "status = ?"));
    hdr.bind(userId).bind(at).bind(reason).bind(scheduleId).bind(scheduleStatusName(from)).exec();
    if (hdr.numRowsAffected() != 1)
        return false;
    SqlQuery lines(m_db,
                   QStringLiteral("UPDATE invoices SET status = 'rejected', live_key = NULL WHERE "
                                  "schedule_id = ?"));
    lines.bind(scheduleId).exec();
    return true;
}

void ScheduleRepository::openInvoices(qint64 scheduleId, const QString &at)
{
    SqlQuery inv(m_db,
                 QStringLiteral("UPDATE invoices SET status = 'open', open_balance = amount, "
                                "purchased_at = ? WHERE schedule_id = ? AND status = 'pending'"));
    inv.bind(at).bind(scheduleId).exec();
}

bool ScheduleRepository::setFunded(qint64 scheduleId, qint64 userId, const QString &at,
                                   QDate fundingDate, qint64 journalEntryId,
                                   const ScheduleTotals &totals)
{
    SqlQuery hdr(
        m_db,
        QStringLiteral("UPDATE schedules SET status = 'funded', funded_by = ?, funded_at = ?, "
                       "funding_date = ?, journal_entry_id = ?, invoice_count = ?, face_total = ?, "
                       "eligible_total = ?, advance_total = ?, commission_total = ?, "
                       "reserve_total = ?, charges_total = ?, net_payment = ?, maturity_date = ? "
                       "WHERE id = ? AND status = 'approved'"));
    hdr.bind(userId).bind(at).bind(isoDate(fundingDate)).bind(journalEntryId);
    bindTotals(hdr, totals).bind(scheduleId).exec();
    return hdr.numRowsAffected() == 1;
}

// ---- undoing a purchase ----

bool ScheduleRepository::setUnfunded(qint64 scheduleId)
{
    SqlQuery hdr(m_db, QStringLiteral("UPDATE schedules SET status = 'approved', funded_by = NULL, "
                                      "funded_at = NULL, funding_date = NULL, journal_entry_id = "
                                      "NULL WHERE id = ? AND status = 'funded'"));
    hdr.bind(scheduleId).exec();
    return hdr.numRowsAffected() == 1;
}

void ScheduleRepository::returnInvoices(qint64 scheduleId)
{
    SqlQuery inv(m_db, QStringLiteral("UPDATE invoices SET status = 'pending', open_balance = 0, "
                                      "purchased_at = NULL WHERE schedule_id = ? AND status = "
                                      "'open'"));
    inv.bind(scheduleId).exec();
}

QString ScheduleRepository::paymentStatusOf(qint64 journalEntryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT status FROM client_payments WHERE journal_entry_id = "
                                    "? ORDER BY id LIMIT 1"));
    return q.bind(journalEntryId).scalar().toString();
}

bool ScheduleRepository::cancelPaymentOf(qint64 journalEntryId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE client_payments SET status = 'cancelled' WHERE "
                                    "journal_entry_id = ? AND status = 'due'"));
    q.bind(journalEntryId).exec();
    return q.numRowsAffected() > 0;
}

void ScheduleRepository::removeNotices(qint64 scheduleId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM assignment_notices WHERE schedule_id = ?"));
    q.bind(scheduleId).exec();
}

// ---- payments and notices ----

qint64 ScheduleRepository::insertClientPayment(const ClientPaymentRow &p)
{
    SqlQuery pay(m_db,
                 QStringLiteral("INSERT INTO client_payments (client_id, schedule_id, kind, "
                                "amount, currency, due_date, status, bank_account, "
                                "journal_entry_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
                                "?, 'due', ?, ?, ?, ?) RETURNING id"));
    return pay.bind(p.clientId)
        .bindId(p.scheduleId) // 0: a payment of no schedule (a reserve release)
        .bind(p.kind)
        .bind(p.amount)
        .bind(p.currency)
        .bind(isoDate(p.dueDate))
        .bind(p.bankAccount)
        .bind(p.journalEntryId)
        .bind(p.createdBy)
        .bind(p.createdAt)
        .scalar()
        .toLongLong();
}

QSet<qint64> ScheduleRepository::noticedDebtors(qint64 clientId) const
{
    QSet<qint64> known;
    SqlQuery q(m_db,
               QStringLiteral("SELECT debtor_id FROM assignment_notices WHERE client_id = ?"));
    q.bind(clientId).exec();
    while (q.next())
        known.insert(q.int64(0));
    return known;
}

void ScheduleRepository::insertNotice(qint64 clientId, qint64 debtorId, qint64 scheduleId,
                                      const QString &at)
{
    SqlQuery add(m_db, QStringLiteral("INSERT INTO assignment_notices (client_id, debtor_id, "
                                      "schedule_id, created_at) VALUES (?, ?, ?, ?)"));
    add.bind(clientId).bind(debtorId).bind(scheduleId).bind(at).exec();
}

QList<qint64> ScheduleRepository::noticesOf(qint64 scheduleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT debtor_id FROM assignment_notices WHERE schedule_id = "
                                    "? ORDER BY debtor_id"));
    q.bind(scheduleId).exec();
    QList<qint64> out;
    while (q.next())
        out << q.int64(0);
    return out;
}

} // namespace FactorDesk
