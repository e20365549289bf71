#include "scheduleimportservice.h"

#include "agreementservice.h"
#include "auditlog.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "plannerstatistics.h"
#include "schedulerepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QFileInfo>
#include <QSet>

namespace FactorDesk {

QHash<QString, DebtorRef>
ScheduleImportService::debtorsOf(const QList<ScheduleInputLine> &input) const
{
    QSet<QString> codes;
    for (const ScheduleInputLine &l : input)
        if (!l.debtor.trimmed().isEmpty())
            codes.insert(l.debtor.trimmed().toUpper());
    QHash<QString, DebtorRef> out;
    if (codes.isEmpty())
        return out;
    auto take = [&out](SqlQuery &q) {
        q.exec();
        while (q.next()) {
            DebtorRef d{q.int64(0), q.text(1), q.text(2), q.text(3)};
            out.insert(d.code.toUpper(), d);
        }
    };
    if (codes.size() > 400) {
        // Many codes: one pass over the debtors table beats hundreds of bound lists.
        SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, status FROM debtors"));
        take(q);
        return out;
    }
    QString placeholders;
    for (qsizetype i = 0; i < codes.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    SqlQuery q(
        m_db, QStringLiteral("SELECT id, code, name, status FROM debtors WHERE upper(code) IN (%1)")
                  .arg(placeholders));
    for (const QString &c : codes)
        q.bind(c);
    take(q);
    return out;
}

ParsedLines ScheduleImportService::parse(const QList<ScheduleInputLine> &input,
                                         const QString &currency) const
{
    return ScheduleImport::validate(input, currency, debtorsOf(input));
}

ScheduleDraft ScheduleImportService::draft(const Session &who, qint64 clientId,
                                           const QList<ScheduleInputLine> &input, QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("enter a schedule"));
    const Client client = ClientService(m_db).get(clientId);
    const QDate day = date.isValid() ? date : today();
    if (client.status != ClientStatus::Active)
        throw Error(Error::Kind::Conflict,
                    tr("Client %1 is %2; only active clients sell invoices.")
                        .arg(client.code, clientStatusTitle(client.status)),
                    QStringLiteral("client"));
    const std::optional<Agreement> terms = AgreementService(m_db).inForce(clientId, day);
    if (!terms)
        throw Error(Error::Kind::Conflict,
                    tr("Client %1 has no agreement in force on %2; set its terms first.")
                        .arg(client.code, isoDate(day)),
                    QStringLiteral("date"));
    const ParsedLines parsed = parse(input, client.currency.code());
    ScheduleDraft d;
    d.errors = parsed.errors;
    d.inputCount = parsed.inputCount;
    Schedule &s = d.schedule;
    s.clientId = clientId;
    s.clientCode = client.code;
    s.clientName = client.name;
    s.date = day;
    s.status = ScheduleStatus::Draft;
    s.currency = client.currency.code();
    s.agreementId = terms->id;
    s.agreement = *terms;
    s.lines = parsed.lines;
    return d;
}

ScheduleImportResult ScheduleImportService::preview(const Session &who, qint64 clientId,
                                                    const QList<ScheduleInputLine> &input,
                                                    QDate date) const
{
    return ScheduleApprovalService(m_db).preview(who, draft(who, clientId, input, date));
}

ScheduleImportResult ScheduleImportService::previewFile(const Session &who, qint64 clientId,
                                                        const QString &path, QDate date) const
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("enter a schedule"));
    const CsvTable table = CsvReader::readFile(path);
    return preview(who, clientId, ScheduleImport::inputLines(table), date);
}

ScheduleImportResult ScheduleImportService::importFile(const Session &who, qint64 clientId,
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

namespace {

// The database refused a write because another import stored the same thing after this one
// read the books: one of its invoice numbers (invoices_live_number) or the next schedule
// number. The whole import is run again, checks included.
struct ImportRaced
{
    Error error;
};

template <typename Step> auto raced(Step step)
{
    try {
        return step();
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Conflict)
            throw;
        throw ImportRaced{e};
    }
}

constexpr int kImportAttempts = 5;

} // namespace

ScheduleImportResult ScheduleImportService::importLines(const Session &who, qint64 clientId,
                                                        const QList<ScheduleInputLine> &input,
                                                        const ScheduleImportOptions &options)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("import a schedule"));
    if (who.userId() <= 0)
        throw Error(Error::Kind::Permission, tr("Schedules are entered by a signed-in user."));
    if (m_db.engine() == Database::Engine::SQLite && input.size() > 1000)
        execStatement(m_db, QStringLiteral("PRAGMA cache_size = -131072"));
    // Two clerks importing the same invoices at the same moment both check against books
    // without the other's lines; the database's unique index lets only one store them live.
    // The other transaction is rolled back and checked again, and then finds the first
    // schedule's lines: its own are stored refused as duplicates. Inside a caller's
    // transaction nothing can be retried, so the refusal goes up.
    // A deadlock or serialization failure (Busy) is retried as a whole as well.
    return retryOnConflict(m_db, {}, [&] {
        for (int attempt = 1;; ++attempt) {
            try {
                return importOnce(who, clientId, input, options);
            } catch (const ImportRaced &lost) {
                if (m_db.transactionDepth() > 0)
                    throw lost.error;
                if (attempt >= kImportAttempts)
                    throw Error(Error::Kind::Conflict,
                                tr("Other users stored schedules at the same moment %n time(s) "
                                   "in a row; nothing was imported. Try again.",
                                   nullptr, attempt));
            }
        }
    });
}

ScheduleImportResult ScheduleImportService::importOnce(const Session &who, qint64 clientId,
                                                       const QList<ScheduleInputLine> &input,
                                                       const ScheduleImportOptions &options)
{
    Transaction tx(m_db);
    // Two clerks importing for one client take turns from here: the second one's checks then
    // see the first one's lines (a duplicate is flagged, not stored twice unflagged).
    lockRow(m_db, QStringLiteral("clients"), clientId);
    ScheduleImportResult r = preview(who, clientId, input, options.date);
    const QString source = options.sourceFile.isEmpty() ? tr("the schedule") : options.sourceFile;
    Schedule &s = r.schedule;
    // With skipBad the good lines are imported; when there is none, the bad ones are named.
    if (!r.errors.isEmpty() && (!options.skipBad || s.lines.isEmpty())) {
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
    if (s.lines.isEmpty())
        throw Error(Error::Kind::Validation, tr("%1 has no invoice lines to import.").arg(source),
                    QStringLiteral("lines"));

    ScheduleRepository repository(m_db);
    QString number = options.number.trimmed();
    if (number.isEmpty()) {
        number = raced([&] { return repository.nextNumber(); });
    } else {
        if (number.size() > 32)
            throw Error(Error::Kind::Validation,
                        tr("number: a schedule number has at most 32 characters."),
                        QStringLiteral("number"));
        if (repository.numberTaken(number))
            throw Error(Error::Kind::Conflict,
                        tr("number: schedule %1 already exists.").arg(number),
                        QStringLiteral("number"));
    }
    s.number = number;
    s.status = options.submit ? ScheduleStatus::Submitted : ScheduleStatus::Draft;
    s.sourceFile = options.sourceFile;
    s.createdBy = who.username();
    s.createdAt = timestamp();
    s.id = raced([&] { return repository.insert(s, who.userId()); });
    raced([&] { repository.insertLines(s); });
    const Currency currency(s.currency);
    const auto plain = [currency](Money v) { return v.withCurrency(currency).toPlainString(); };
    AuditLog(m_db).record(who, QStringLiteral("schedule.import"), QStringLiteral("schedule"),
                          number, {},
                          QJsonObject{{QStringLiteral("client"), s.clientCode},
                                      {QStringLiteral("date"), isoDate(s.date)},
                                      {QStringLiteral("status"), scheduleStatusName(s.status)},
                                      {QStringLiteral("source"), s.sourceFile},
                                      {QStringLiteral("lines"), qint64(s.lines.size())},
                                      {QStringLiteral("skipped"), qint64(r.errors.size())},
                                      {QStringLiteral("face"), plain(s.totals.face)},
                                      {QStringLiteral("eligible"), plain(s.totals.eligible)}});
    tx.commit();
    PlannerStatistics::refreshAfterBulkWrite(m_db, s.lines.size(), {QStringLiteral("invoices")});
    return r;
}

} // namespace FactorDesk
