#include "scheduleservice.h"
#include "testhooks.h"

#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "eligibility.h"
#include "error.h"
#include "ledger.h"
#include "pricing.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cstdlib>

namespace FactorDesk {

namespace {

// Binds a schedule's stored totals in the order of the columns "invoice_count, face_total,
// eligible_total, advance_total, commission_total, reserve_total, charges_total, net_payment,
// maturity_date", shared by every statement that writes them.
SqlQuery &bindTotals(SqlQuery &q, const ScheduleTotals &t)
{
    return q.bind(qint64(t.count))
        .bind(t.face)
        .bind(t.eligible)
        .bind(t.advance)
        .bind(t.commission)
        .bind(t.reserve)
        .bind(t.charges)
        .bind(t.netPayment)
        .bindOptional(isoDate(t.maturityDate));
}

std::function<void(const char *)> &testHook()
{
    static std::function<void(const char *)> hook;
    return hook;
}

// Crash-safety tests stop the process at a named point of funding.
void reachPoint(const char *point)
{
    if (testHook())
        testHook()(point);
    TestHooks::reachPoint(point);
}

void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

// The checks column: a compact JSON array, written by hand because it is written for every
// line of a big import.
QString checksToJson(const QList<CheckResult> &checks)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckResult &c = checks[i];
        if (i)
            out += QLatin1Char(',');
        out += QLatin1String("{\"code\":");
        appendJsonString(out, c.code);
        out += QLatin1String(",\"severity\":");
        appendJsonString(out, checkSeverityName(c.severity));
        out += QLatin1String(",\"message\":");
        appendJsonString(out, c.message);
        out += QLatin1String(",\"amount\":");
        out += QString::number(c.amount);
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QList<CheckResult> checksFromJson(const QString &text)
{
    QList<CheckResult> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("code")).toString(),
                    parseCheckSeverity(o.value(QStringLiteral("severity")).toString()),
                    o.value(QStringLiteral("message")).toString(),
                    qint64(o.value(QStringLiteral("amount")).toDouble())});
    }
    return out;
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

QDate dateOf(const SqlQuery &q, int i)
{
    return q.isNull(i) ? QDate() : parseIsoDate(q.text(i));
}

// A line with a check that no override can lift (the same invoice twice) is refused outright:
// it takes no part in the purchase or the totals.
bool refusedOutright(const ScheduleLine &l)
{
    for (const CheckResult &c : l.checks)
        if (c.severity == CheckSeverity::Ineligible && !Eligibility::isOverridable(c.code))
            return true;
    return false;
}

// Checks (with the given inputs), marks refused lines, prices the rest.
void checkAndPrice(const EligibilityInputs &inputs, QList<ScheduleLine> &lines)
{
    Eligibility::evaluate(inputs, lines);
    Pricing::priceLines(lines, inputs.agreement);
    for (ScheduleLine &l : lines) {
        if (refusedOutright(l)) {
            l.status = QStringLiteral("rejected");
            l.eligible = 0;
            l.advance = l.commission = l.reserve = 0;
        } else {
            l.status = QStringLiteral("pending");
        }
    }
}

QList<ScheduleLine> purchasable(const QList<ScheduleLine> &lines)
{
    QList<ScheduleLine> out;
    out.reserve(lines.size());
    for (const ScheduleLine &l : lines)
        if (l.status != QLatin1String("rejected"))
            out.append(l);
    return out;
}

// What the purchase entry credits to the client's reserve account: the reserve less the
// charges the advance could not carry; under the maturity arrangement also the net payment,
// which is owed to the client until the maturity date.
qint64 reserveCredit(const ScheduleTotals &t, Arrangement arrangement)
{
    qint64 credit = t.reserve - t.chargesFromReserve;
    if (arrangement == Arrangement::Maturity)
        credit += t.netPayment;
    return credit;
}

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
    t.count = int(q.int64(10));
    t.face = q.int64(11);
    t.eligible = q.int64(12);
    t.ineligible = t.face - t.eligible;
    t.advance = q.int64(13);
    t.commission = q.int64(14);
    t.reserve = q.int64(15);
    t.charges = q.int64(16);
    t.netPayment = q.int64(17);
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

} // namespace

void ScheduleService::setTestHook(std::function<void(const char *)> hook)
{
    testHook() = std::move(hook);
}

// ---- reading ----

Schedule ScheduleService::schedule(qint64 scheduleId, bool withLines) const
{
    SqlQuery q(m_db, kScheduleColumns + QStringLiteral(" WHERE s.id = ?"));
    q.bind(scheduleId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no schedule with id %1.").arg(scheduleId));
    Schedule s = scheduleFromRow(q);
    if (s.agreementId > 0) {
        for (const Agreement &a : AgreementService(m_db).history(s.clientId))
            if (a.id == s.agreementId)
                s.agreement = a;
    }
    s.totals.paymentDate = s.agreement.arrangement == Arrangement::Maturity
                               ? s.totals.maturityDate
                               : (s.fundingDate.isValid() ? s.fundingDate : s.date);
    if (!withLines)
        return s;
    SqlQuery l(m_db, QStringLiteral(
                         "SELECT i.id, i.line_no, i.invoice_no, i.debtor_id, d.code, d.name, "
                         "i.invoice_date, i.due_date, i.currency, i.amount, i.approval_code, "
                         "i.order_approval_id, i.po, i.status, i.eligible_amount, i.advance, "
                         "i.commission, i.reserve, i.open_balance, i.checks, i.override_reason, "
                         "ou.username, i.override_at FROM invoices i JOIN debtors d ON d.id = "
                         "i.debtor_id LEFT JOIN users ou ON ou.id = i.override_by WHERE "
                         "i.schedule_id = ? ORDER BY i.line_no"));
    l.bind(scheduleId).exec();
    while (l.next()) {
        ScheduleLine line;
        line.id = l.int64(0);
        line.lineNo = int(l.int64(1));
        line.invoiceNo = l.text(2);
        line.debtorId = l.int64(3);
        line.debtorCode = l.text(4);
        line.debtorName = l.text(5);
        line.invoiceDate = dateOf(l, 6);
        line.dueDate = dateOf(l, 7);
        line.currency = l.text(8);
        line.amount = l.int64(9);
        line.approvalCode = l.text(10);
        line.orderApprovalId = l.isNull(11) ? 0 : l.int64(11);
        line.po = l.text(12);
        line.status = l.text(13);
        line.eligible = l.int64(14);
        line.advance = l.int64(15);
        line.commission = l.int64(16);
        line.reserve = l.int64(17);
        line.openBalance = l.int64(18);
        line.checks = checksFromJson(l.text(19));
        line.overrideReason = l.text(20);
        line.overrideBy = l.text(21);
        line.overrideAt = l.text(22);
        s.lines.append(line);
    }
    return s;
}

Schedule ScheduleService::findByNumber(const QString &number, bool withLines) const
{
    const QString n = number.trimmed();
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM schedules WHERE number = ?"));
    QVariant id = q.bind(n).scalar();
    if (!id.isValid()) {
        // "123" finds "S-000123".
        bool digits = false;
        const qint64 value = n.toLongLong(&digits);
        if (digits && value > 0) {
            SqlQuery again(m_db, QStringLiteral("SELECT id FROM schedules WHERE number = ?"));
            id = again.bind(QStringLiteral("S-%1").arg(value, 6, 10, QLatin1Char('0'))).scalar();
        }
    }
    if (!id.isValid())
        throw Error(Error::Kind::NotFound, tr("There is no schedule %1.").arg(n),
                    QStringLiteral("number"));
    return schedule(id.toLongLong(), withLines);
}

QList<Schedule> ScheduleService::list(const ScheduleFilter &filter) const
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

Availability ScheduleService::availability(qint64 clientId, QDate date) const
{
    Availability a;
    const std::optional<Agreement> terms = AgreementService(m_db).inForce(clientId, date);
    SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(CASE WHEN open_balance < "
                                    "eligible_amount THEN open_balance ELSE eligible_amount END), "
                                    "0) AS BIGINT) FROM invoices WHERE client_id = ? AND status = "
                                    "'open'"));
    a.eligibleReceivables = q.bind(clientId).scalar().toLongLong();
    JournalService journal(m_db);
    a.fundsEmployed = journal.balance(Accounts::factoredReceivables(), date, clientId) +
                      journal.balance(Accounts::clientReserves(), date, clientId);
    if (terms) {
        a.overAdvanceLimit = terms->overAdvanceLimit;
        a.facilityLimit = terms->facilityLimit;
        a.available = Pricing::availability(*terms, a.eligibleReceivables, a.fundsEmployed);
    } else {
        a.available = -a.fundsEmployed;
    }
    return a;
}

QList<qint64> ScheduleService::noticesOf(qint64 scheduleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT debtor_id FROM assignment_notices WHERE schedule_id = "
                                    "? ORDER BY debtor_id"));
    q.bind(scheduleId).exec();
    QList<qint64> out;
    while (q.next())
        out << q.int64(0);
    return out;
}

// ---- import ----

namespace {

struct Prepared
{
    Client client;
    Agreement agreement;
    QDate date;
};

} // namespace

static void insertLines(Database &db, const Schedule &s);
static void updateLines(Database &db, const Schedule &s, const QString &newStatus);

static Prepared prepare(Database &db, qint64 clientId, QDate date)
{
    Prepared p;
    p.client = ClientService(db).get(clientId);
    p.date = date.isValid() ? date : today();
    if (p.client.status != ClientStatus::Active)
        throw Error(Error::Kind::Conflict,
                    ScheduleService::tr("Client %1 is %2; only active clients sell invoices.")
                        .arg(p.client.code, clientStatusTitle(p.client.status)),
                    QStringLiteral("client"));
    const std::optional<Agreement> terms = AgreementService(db).inForce(clientId, p.date);
    if (!terms)
        throw Error(Error::Kind::Conflict,
                    ScheduleService::tr("Client %1 has no agreement in force on %2; set its terms "
                                        "first.")
                        .arg(p.client.code, isoDate(p.date)),
                    QStringLiteral("date"));
    p.agreement = *terms;
    return p;
}

ScheduleImportResult ScheduleService::preview(const Session &who, qint64 clientId,
                                              const QList<ScheduleInputLine> &input,
                                              QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("enter a schedule"));
    const Prepared p = prepare(m_db, clientId, date);
    const ParsedLines parsed = ScheduleImport::parseLines(m_db, input, p.client.currency.code());
    ScheduleImportResult r;
    r.errors = parsed.errors;
    r.inputCount = parsed.inputCount;
    Schedule &s = r.schedule;
    s.clientId = clientId;
    s.clientCode = p.client.code;
    s.clientName = p.client.name;
    s.date = p.date;
    s.status = ScheduleStatus::Draft;
    s.currency = p.client.currency.code();
    s.agreementId = p.agreement.id;
    s.agreement = p.agreement;
    s.lines = parsed.lines;
    const EligibilityInputs inputs =
        Eligibility::load(m_db, clientId, p.agreement, p.date, s.lines);
    checkAndPrice(inputs, s.lines);
    s.totals = Pricing::totals(purchasable(s.lines), p.agreement, p.date);
    r.before = availability(clientId, p.date);
    r.after = r.before;
    r.after.eligibleReceivables += s.totals.eligible;
    r.after.fundsEmployed += s.totals.face - reserveCredit(s.totals, p.agreement.arrangement);
    r.after.available =
        Pricing::availability(p.agreement, r.after.eligibleReceivables, r.after.fundsEmployed);
    return r;
}

ScheduleImportResult ScheduleService::previewFile(const Session &who, qint64 clientId,
                                                  const QString &path, QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("enter a schedule"));
    const CsvTable table = CsvReader::readFile(path);
    return preview(who, clientId, ScheduleImport::inputLines(table), date);
}

ScheduleImportResult ScheduleService::importFile(const Session &who, qint64 clientId,
                                                 const QString &path,
                                                 const ScheduleImportOptions &options)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("import a schedule"));
    const CsvTable table = CsvReader::readFile(path);
    ScheduleImportOptions o = options;
    if (o.sourceFile.isEmpty())
        o.sourceFile = QFileInfo(path).fileName();
    return importLines(who, clientId, ScheduleImport::inputLines(table), o);
}

ScheduleImportResult ScheduleService::importLines(const Session &who, qint64 clientId,
                                                  const QList<ScheduleInputLine> &input,
                                                  const ScheduleImportOptions &options)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("import a schedule"));
    if (who.userId() <= 0)
        throw Error(Error::Kind::Permission, tr("Schedules are entered by a signed-in user."));
    if (m_db.engine() == Database::Engine::SQLite && input.size() > 1000)
        execStatement(m_db, QStringLiteral("PRAGMA cache_size = -131072"));
    Transaction tx(m_db);
    ScheduleImportResult r = preview(who, clientId, input, options.date);
    const QString source = options.sourceFile.isEmpty() ? tr("the schedule") : options.sourceFile;
    if (!r.errors.isEmpty() && !options.skipBad) {
        QStringList lines;
        for (const ImportError &e : std::as_const(r.errors).mid(0, 50))
            lines << e.toString();
        if (r.errors.size() > 50)
            lines << tr("… and %n more.", nullptr, int(r.errors.size() - 50));
        throw Error(
            Error::Kind::Validation,
            tr("%1: %n line(s) with errors; nothing was imported.", nullptr, int(r.errors.size()))
                    .arg(source) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            QStringLiteral("line %1: %2").arg(r.errors.first().line).arg(r.errors.first().column));
    }
    Schedule &s = r.schedule;
    if (s.lines.isEmpty())
        throw Error(Error::Kind::Validation, tr("%1 has no invoice lines to import.").arg(source),
                    QStringLiteral("lines"));

    QString number = options.number.trimmed();
    SqlQuery taken(m_db, QStringLiteral("SELECT 1 FROM schedules WHERE number = ?"));
    if (number.isEmpty()) {
        SettingsRepository settings(m_db);
        for (;;) {
            number = QStringLiteral("S-%1").arg(settings.nextSequence(QStringLiteral("schedule")),
                                                6, 10, QLatin1Char('0'));
            if (!taken.bind(number).scalar().isValid())
                break;
        }
    } else {
        if (number.size() > 32)
            throw Error(Error::Kind::Validation,
                        tr("number: a schedule number has at most 32 characters."),
                        QStringLiteral("number"));
        if (taken.bind(number).scalar().isValid())
            throw Error(Error::Kind::Conflict,
                        tr("number: schedule %1 already exists.").arg(number),
                        QStringLiteral("number"));
    }
    s.number = number;
    s.status = options.submit ? ScheduleStatus::Submitted : ScheduleStatus::Draft;
    s.sourceFile = options.sourceFile;
    s.createdBy = who.username();
    s.createdAt = timestamp();

    const ScheduleTotals &t = s.totals;
    SqlQuery ins(
        m_db,
        QStringLiteral("INSERT INTO schedules (number, client_id, schedule_date, status, currency, "
                       "source_file, agreement_id, invoice_count, face_total, eligible_total, "
                       "advance_total, commission_total, reserve_total, charges_total, "
                       "net_payment, maturity_date, created_by, created_at) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.id = ins.bind(number)
               .bind(clientId)
               .bind(isoDate(s.date))
               .bind(scheduleStatusName(s.status))
               .bind(s.currency)
               .bind(s.sourceFile)
               .bindId(s.agreementId)
               .bind(qint64(t.count))
               .bind(t.face)
               .bind(t.eligible)
               .bind(t.advance)
               .bind(t.commission)
               .bind(t.reserve)
               .bind(t.charges)
               .bind(t.netPayment)
               .bindOptional(isoDate(t.maturityDate))
               .bind(who.userId())
               .bind(s.createdAt)
               .scalar()
               .toLongLong();
    insertLines(m_db, s);
    AuditLog(m_db).record(who, QStringLiteral("schedule.import"), QStringLiteral("schedule"),
                          number, {},
                          QJsonObject{{QStringLiteral("client"), s.clientCode},
                                      {QStringLiteral("date"), isoDate(s.date)},
                                      {QStringLiteral("status"), scheduleStatusName(s.status)},
                                      {QStringLiteral("source"), s.sourceFile},
                                      {QStringLiteral("lines"), qint64(s.lines.size())},
                                      {QStringLiteral("skipped"), qint64(r.errors.size())},
                                      {QStringLiteral("face"), Money::plain(t.face)},
                                      {QStringLiteral("eligible"), Money::plain(t.eligible)}});
    tx.commit();
    return r;
}

static void insertLines(Database &db, const Schedule &s)
{
    // One prepared statement, reused for every row, inside the caller's transaction. (Qt's
    // positional binding costs per placeholder, so multi-row statements do not pay here.)
    SqlQuery q(db,
               QStringLiteral(
                   "INSERT INTO invoices (schedule_id, line_no, client_id, debtor_id, invoice_no, "
                   "invoice_date, due_date, currency, amount, approval_code, "
                   "order_approval_id, po, status, eligible_amount, advance, commission, "
                   "reserve, checks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?)"));
    const QString empty = QStringLiteral("[]");
    for (const ScheduleLine &l : s.lines) {
        q.bind(s.id)
            .bind(qint64(l.lineNo))
            .bind(s.clientId)
            .bind(l.debtorId)
            .bind(l.invoiceNo)
            .bind(fastIsoDate(l.invoiceDate))
            .bind(fastIsoDate(l.dueDate))
            .bind(l.currency)
            .bind(l.amount)
            .bind(l.approvalCode)
            .bindId(l.orderApprovalId)
            .bind(l.po)
            .bind(l.status)
            .bind(l.eligible)
            .bind(l.advance)
            .bind(l.commission)
            .bind(l.reserve)
            .bind(l.checks.isEmpty() ? empty : checksToJson(l.checks))
            .exec();
    }
}

// ---- re-checking, approving, rejecting ----

// Writes the checks, eligibility and split of every line and the schedule's totals and status.
static void updateLines(Database &db, const Schedule &s, const QString &newStatus)
{
    SqlQuery upd(db,
                 QStringLiteral("UPDATE invoices SET status = ?, eligible_amount = ?, advance = ?, "
                                "commission = ?, reserve = ?, checks = ?, order_approval_id = ? "
                                "WHERE id = ?"));
    for (const ScheduleLine &l : s.lines)
        upd.bind(l.status)
            .bind(l.eligible)
            .bind(l.advance)
            .bind(l.commission)
            .bind(l.reserve)
            .bind(checksToJson(l.checks))
            .bindId(l.orderApprovalId)
            .bind(l.id)
            .exec();
    const ScheduleTotals &t = s.totals;
    SqlQuery hdr(db, QStringLiteral(
                         "UPDATE schedules SET status = ?, invoice_count = ?, face_total = ?, "
                         "eligible_total = ?, advance_total = ?, commission_total = ?, "
                         "reserve_total = ?, charges_total = ?, net_payment = ?, maturity_date = ? "
                         "WHERE id = ?"));
    hdr.bind(newStatus);
    bindTotals(hdr, t).bind(s.id).exec();
}

namespace {

bool isOpenForChecks(ScheduleStatus status)
{
    return status == ScheduleStatus::Draft || status == ScheduleStatus::Submitted;
}

} // namespace

Schedule ScheduleService::recheck(const Session &who, qint64 scheduleId)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("check a schedule"));
    Transaction tx(m_db);
    Schedule s = schedule(scheduleId);
    if (!isOpenForChecks(s.status))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; only draft and submitted schedules are checked again.")
                        .arg(s.number, scheduleStatusTitle(s.status)));
    const EligibilityInputs inputs =
        Eligibility::load(m_db, s.clientId, s.agreement, s.date, s.lines, s.id);
    checkAndPrice(inputs, s.lines);
    s.totals = Pricing::totals(purchasable(s.lines), s.agreement, s.date);
    updateLines(m_db, s, scheduleStatusName(s.status));
    AuditLog(m_db).record(
        who, QStringLiteral("schedule.recheck"), QStringLiteral("schedule"), s.number, {},
        QJsonObject{{QStringLiteral("eligible"), Money::plain(s.totals.eligible)}});
    tx.commit();
    return schedule(scheduleId);
}

Schedule ScheduleService::approve(const Session &who, qint64 scheduleId,
                                  const QList<LineOverride> &overrides)
{
    who.require(Role::Manager, tr("approve a schedule"));
    Transaction tx(m_db);
    Schedule s = schedule(scheduleId);
    if (!isOpenForChecks(s.status))
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; only draft and submitted schedules can be approved.")
                        .arg(s.number, scheduleStatusTitle(s.status)));
    // Checks run again against the books as they are now.
    const EligibilityInputs inputs =
        Eligibility::load(m_db, s.clientId, s.agreement, s.date, s.lines, s.id);
    checkAndPrice(inputs, s.lines);

    const QString at = timestamp();
    QSet<QString> seen;
    QList<qsizetype> overridden;
    QJsonArray overrideLog;
    for (const LineOverride &o : overrides) {
        const QString no = o.invoiceNo.trimmed();
        const QString reason = o.reason.trimmed();
        if (reason.isEmpty())
            throw Error(Error::Kind::Validation,
                        tr("reason: the override of invoice %1 needs a written reason.").arg(no),
                        QStringLiteral("reason"));
        if (seen.contains(no))
            throw Error(Error::Kind::Validation, tr("Invoice %1 is overridden twice.").arg(no),
                        QStringLiteral("override"));
        seen.insert(no);
        bool found = false;
        for (qsizetype i = 0; i < s.lines.size(); ++i) {
            ScheduleLine &l = s.lines[i];
            if (l.invoiceNo != no)
                continue;
            found = true;
            if (refusedOutright(l))
                throw Error(Error::Kind::Conflict,
                            tr("Invoice %1 (line %2) is a duplicate invoice number; an invoice is "
                               "bought only once and no override can change that.")
                                .arg(no)
                                .arg(l.lineNo),
                            QStringLiteral("override"));
            if (!l.hasIneligibleCheck())
                throw Error(Error::Kind::Validation,
                            tr("Invoice %1 (line %2) is eligible in full; there is nothing to "
                               "override.")
                                .arg(no)
                                .arg(l.lineNo),
                            QStringLiteral("override"));
            l.overrideReason = reason;
            l.overrideBy = who.username();
            l.overrideAt = at;
            overridden << i;
            overrideLog.append(
                QJsonObject{{QStringLiteral("invoice"), no},
                            {QStringLiteral("line"), l.lineNo},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("ineligible"), Money::plain(l.ineligible())}});
        }
        if (!found)
            throw Error(Error::Kind::Validation,
                        tr("override: schedule %1 has no invoice %2.").arg(s.number, no),
                        QStringLiteral("override"));
    }
    if (!overridden.isEmpty())
        checkAndPrice(inputs, s.lines);
    s.totals = Pricing::totals(purchasable(s.lines), s.agreement, s.date);
    if (s.totals.count == 0)
        throw Error(
            Error::Kind::Conflict,
            tr("Schedule %1 has no invoice that can be bought; reject it instead.").arg(s.number));
    updateLines(m_db, s, scheduleStatusName(ScheduleStatus::Approved));
    SqlQuery ov(m_db, QStringLiteral("UPDATE invoices SET override_reason = ?, override_by = ?, "
                                     "override_at = ? WHERE id = ?"));
    for (qsizetype i : std::as_const(overridden))
        ov.bind(s.lines[i].overrideReason).bind(who.userId()).bind(at).bind(s.lines[i].id).exec();
    SqlQuery hdr(
        m_db, QStringLiteral("UPDATE schedules SET approved_by = ?, approved_at = ? WHERE id = ?"));
    hdr.bind(who.userId()).bind(at).bind(s.id).exec();
    AuditLog(m_db).record(who, QStringLiteral("schedule.approve"), QStringLiteral("schedule"),
                          s.number,
                          QJsonObject{{QStringLiteral("status"), scheduleStatusName(s.status)}},
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                      {QStringLiteral("eligible"), Money::plain(s.totals.eligible)},
                                      {QStringLiteral("advance"), Money::plain(s.totals.advance)},
                                      {QStringLiteral("overrides"), overrideLog}});
    tx.commit();
    return schedule(scheduleId);
}

Schedule ScheduleService::reject(const Session &who, qint64 scheduleId, const QString &reason)
{
    who.require(Role::Manager, tr("reject a schedule"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: rejecting a schedule needs a reason."),
                    QStringLiteral("reason"));
    Transaction tx(m_db);
    const Schedule s = schedule(scheduleId, false);
    if (s.status == ScheduleStatus::Funded || s.status == ScheduleStatus::Rejected)
        throw Error(Error::Kind::Conflict, tr("Schedule %1 is %2 and cannot be rejected.")
                                               .arg(s.number, scheduleStatusTitle(s.status)));
    SqlQuery hdr(m_db, QStringLiteral("UPDATE schedules SET status = 'rejected', rejected_by = ?, "
                                      "rejected_at = ?, rejected_reason = ? WHERE id = ?"));
    hdr.bind(who.userId()).bind(timestamp()).bind(why).bind(s.id).exec();
    SqlQuery lines(m_db,
                   QStringLiteral("UPDATE invoices SET status = 'rejected' WHERE schedule_id = ?"));
    lines.bind(s.id).exec();
    AuditLog(m_db).record(who, QStringLiteral("schedule.reject"), QStringLiteral("schedule"),
                          s.number,
                          QJsonObject{{QStringLiteral("status"), scheduleStatusName(s.status)}},
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                      {QStringLiteral("reason"), why}});
    tx.commit();
    return schedule(scheduleId);
}

// ---- funding ----

FundingResult ScheduleService::purchase(const Session &who, qint64 clientId,
                                        const QList<ScheduleInputLine> &input,
                                        const ScheduleImportOptions &options,
                                        const QList<LineOverride> &overrides, QDate date)
{
    who.require(Role::Manager, tr("buy a schedule"));
    // The three acts join this scope: they commit together or not at all.
    Transaction tx(m_db);
    const qint64 id = importLines(who, clientId, input, options).schedule.id;
    approve(who, id, overrides);
    const FundingResult result = fund(who, id, date);
    tx.commit();
    return result;
}

FundingResult ScheduleService::fund(const Session &who, qint64 scheduleId, QDate date)
{
    who.require(Role::Manager, tr("fund a schedule"));
    const QDate fundingDate = date.isValid() ? date : today();
    Transaction tx(m_db);
    const Schedule s = schedule(scheduleId);
    if (s.status != ScheduleStatus::Approved)
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 is %2; only an approved schedule can be funded.")
                        .arg(s.number, scheduleStatusTitle(s.status)));
    if (fundingDate < s.date)
        throw Error(Error::Kind::Validation,
                    tr("date: the funding date %1 is before the schedule date %2.")
                        .arg(isoDate(fundingDate), isoDate(s.date)),
                    QStringLiteral("date"));
    const QList<ScheduleLine> lines = purchasable(s.lines);
    if (lines.isEmpty())
        throw Error(Error::Kind::Conflict, tr("Schedule %1 has no invoice to buy.").arg(s.number));
    for (const ScheduleLine &l : lines)
        if (l.advance + l.commission + l.reserve != l.amount)
            throw Error(Error::Kind::Conflict,
                        tr("Line %1 of schedule %2 does not split exactly; check it again.")
                            .arg(l.lineNo)
                            .arg(s.number));
    const Agreement &terms = s.agreement;
    const ScheduleTotals t = Pricing::totals(lines, terms, fundingDate);
    const Client client = ClientService(m_db).get(s.clientId);
    const Currency currency(s.currency);
    const QString stamp = timestamp();

    // The invoices become the factor's, open for their full face.
    SqlQuery inv(m_db,
                 QStringLiteral("UPDATE invoices SET status = 'open', open_balance = amount, "
                                "purchased_at = ? WHERE schedule_id = ? AND status = 'pending'"));
    inv.bind(stamp).bind(s.id).exec();

    // The purchase entry (DOMAIN §7).
    JournalEntry entry;
    entry.date = fundingDate;
    entry.currency = currency;
    entry.kind = QStringLiteral("purchase");
    entry.memo = tr("Purchase of schedule %1 from %2").arg(s.number, client.code);
    entry.scheduleId = s.id;
    entry.clientId = s.clientId;
    auto money = [currency](qint64 v) { return Money::fromMinor(v, currency); };
    for (const ScheduleLine &l : lines) {
        JournalLine jl;
        jl.account = Accounts::factoredReceivables();
        jl.debit = money(l.amount);
        jl.clientId = s.clientId;
        jl.debtorId = l.debtorId;
        jl.invoiceId = l.id;
        jl.memo = l.invoiceNo;
        entry.lines.append(jl);
    }
    auto credit = [&](const QString &account, qint64 amount, const QString &memo) {
        JournalLine jl;
        jl.account = account;
        if (amount > 0)
            jl.credit = money(amount);
        else
            jl.debit = money(-amount);
        jl.clientId = s.clientId;
        jl.memo = memo;
        if (amount != 0)
            entry.lines.append(jl);
    };
    if (terms.arrangement != Arrangement::Maturity)
        credit(Accounts::bank(), t.netPayment, tr("Payment to %1").arg(client.code));
    credit(Accounts::commissionIncome(), t.commission, tr("Commission"));
    credit(Accounts::commissionIncome(), t.charges, tr("Charges"));
    credit(Accounts::clientReserves(), reserveCredit(t, terms.arrangement),
           terms.arrangement == Arrangement::Maturity ? tr("Reserve and payment due at maturity")
                                                      : tr("Reserve"));
    const qint64 entryId = JournalService(m_db).post(who, entry);
    reachPoint("fund-after-journal");

    // What is owed to the client now (or on the maturity date).
    qint64 paymentId = 0;
    if (t.netPayment > 0) {
        SqlQuery pay(
            m_db,
            QStringLiteral("INSERT INTO client_payments (client_id, schedule_id, kind, amount, "
                           "currency, due_date, status, bank_account, journal_entry_id, "
                           "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'due', ?, ?, ?, ?) "
                           "RETURNING id"));
        paymentId =
            pay.bind(s.clientId)
                .bind(s.id)
                .bind(terms.arrangement == Arrangement::Maturity ? QStringLiteral("maturity")
                                                                 : QStringLiteral("funding"))
                .bind(t.netPayment)
                .bind(s.currency)
                .bind(isoDate(t.paymentDate))
                .bind(client.bankAccount)
                .bind(entryId)
                .bind(who.userId())
                .bind(stamp)
                .scalar()
                .toLongLong();
    }

    // Notices of assignment for debtors new to this (notified) client's factoring.
    QList<qint64> notified;
    if (terms.notification) {
        QSet<qint64> known;
        SqlQuery q(m_db,
                   QStringLiteral("SELECT debtor_id FROM assignment_notices WHERE client_id = ?"));
        q.bind(s.clientId).exec();
        while (q.next())
            known.insert(q.int64(0));
        SqlQuery add(m_db, QStringLiteral("INSERT INTO assignment_notices (client_id, debtor_id, "
                                          "schedule_id, created_at) VALUES (?, ?, ?, ?)"));
        for (const ScheduleLine &l : lines) {
            if (known.contains(l.debtorId))
                continue;
            known.insert(l.debtorId);
            notified << l.debtorId;
            add.bind(s.clientId).bind(l.debtorId).bind(s.id).bind(stamp).exec();
        }
    }

    SqlQuery hdr(
        m_db,
        QStringLiteral("UPDATE schedules SET status = 'funded', funded_by = ?, funded_at = ?, "
                       "funding_date = ?, journal_entry_id = ?, invoice_count = ?, face_total = ?, "
                       "eligible_total = ?, advance_total = ?, commission_total = ?, "
                       "reserve_total = ?, charges_total = ?, net_payment = ?, maturity_date = ? "
                       "WHERE id = ? AND status = 'approved'"));
    hdr.bind(who.userId()).bind(stamp).bind(isoDate(fundingDate)).bind(entryId);
    bindTotals(hdr, t).bind(s.id).exec();
    if (hdr.numRowsAffected() != 1)
        throw Error(Error::Kind::Conflict,
                    tr("Schedule %1 changed while it was being funded.").arg(s.number));
    AuditLog(m_db).record(
        who, QStringLiteral("schedule.fund"), QStringLiteral("schedule"), s.number,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}},
        QJsonObject{
            {QStringLiteral("status"), QStringLiteral("funded")},
            {QStringLiteral("date"), isoDate(fundingDate)},
            {QStringLiteral("face"), Money::plain(t.face, currency.decimals())},
            {QStringLiteral("advance"), Money::plain(t.advance, currency.decimals())},
            {QStringLiteral("commission"), Money::plain(t.commission, currency.decimals())},
            {QStringLiteral("reserve"), Money::plain(t.reserve, currency.decimals())},
            {QStringLiteral("charges"), Money::plain(t.charges, currency.decimals())},
            {QStringLiteral("net_payment"), Money::plain(t.netPayment, currency.decimals())},
            {QStringLiteral("journal_entry"), entryId}});
    reachPoint("fund-before-commit");
    tx.commit();

    FundingResult r;
    r.scheduleId = s.id;
    r.number = s.number;
    r.totals = t;
    r.journalEntryId = entryId;
    r.clientPaymentId = paymentId;
    r.newlyNotifiedDebtorIds = notified;
    return r;
}

} // namespace FactorDesk
