#include "paymentservice.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clock.h"
#include "error.h"
#include "factorprofileservice.h"
#include "iban.h"
#include "ledger.h"
#include "painwriter.h"
#include "posting.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace FactorDesk {

namespace {

// The kinds a payment run sends: what is credited to payments due to clients.
const char kPayableKinds[] = "('funding', 'reserve_release')";

const char kSelect[] =
    "SELECT p.id, p.client_id, c.code, c.name, p.kind, COALESCE(s.number, ''), p.amount, "
    "p.currency, p.due_date, p.status, c.bank_account, p.bank_account, "
    "COALESCE(p.payment_run_id, 0), COALESCE(r.message_id, ''), COALESCE(p.end_to_end_id, ''), "
    "COALESCE(p.executed_on, '') FROM client_payments p JOIN clients c ON c.id = p.client_id "
    "LEFT JOIN schedules s ON s.id = p.schedule_id "
    "LEFT JOIN payment_runs r ON r.id = p.payment_run_id ";

ClientPayment readPayment(const SqlQuery &q)
{
    ClientPayment p;
    p.id = q.int64(0);
    p.clientId = q.int64(1);
    p.clientCode = q.text(2);
    p.clientName = q.text(3);
    p.kind = q.text(4);
    p.scheduleNumber = q.text(5);
    p.amount = Money::fromMinor(q.int64(6), Currency(q.text(7)));
    p.dueDate = parseIsoDate(q.text(8));
    p.status = parsePaymentStatus(q.text(9)).value_or(PaymentStatus::Due);
    p.account = p.status == PaymentStatus::Due ? q.text(10) : q.text(11);
    p.runId = q.int64(12);
    p.messageId = q.text(13);
    p.endToEndId = q.text(14);
    if (!q.text(15).isEmpty())
        p.executedOn = parseIsoDate(q.text(15));
    return p;
}

QString messageIdOf(qint64 runId, QDate date)
{
    return QStringLiteral("FD-RUN-%1-%2")
        .arg(date.toString(QStringLiteral("yyyyMMdd")))
        .arg(runId, 6, 10, QLatin1Char('0'));
}

QString endToEndIdOf(qint64 runId, qint64 paymentId)
{
    return QStringLiteral("FD-R%1-P%2").arg(runId).arg(paymentId);
}

} // namespace

QString paymentStatusName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Due:
        return QStringLiteral("due");
    case PaymentStatus::Sent:
        return QStringLiteral("sent");
    case PaymentStatus::Executed:
        return QStringLiteral("executed");
    case PaymentStatus::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString paymentStatusTitle(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Due:
        return PaymentService::tr("Due");
    case PaymentStatus::Sent:
        return PaymentService::tr("Sent");
    case PaymentStatus::Executed:
        return PaymentService::tr("Executed");
    case PaymentStatus::Cancelled:
        break;
    }
    return PaymentService::tr("Cancelled");
}

std::optional<PaymentStatus> parsePaymentStatus(const QString &text)
{
    for (PaymentStatus s : {PaymentStatus::Due, PaymentStatus::Sent, PaymentStatus::Executed,
                            PaymentStatus::Cancelled})
        if (text.trimmed().compare(paymentStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString PaymentService::versionName(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const QString &v : PainWriter::versions())
        if (t == v || t == v.right(2) || t == v.right(3))
            return v;
    return {};
}

QList<ClientPayment> PaymentService::list(std::optional<PaymentStatus> status) const
{
    SqlQuery q(m_db, QLatin1String(kSelect) +
                         QStringLiteral("WHERE p.kind IN %1 AND (? = '' OR p.status = ?) "
                                        "ORDER BY p.id")
                             .arg(QLatin1String(kPayableKinds)));
    const QString s = status ? paymentStatusName(*status) : QString();
    q.bind(s).bind(s).exec();
    QList<ClientPayment> out;
    while (q.next())
        out << readPayment(q);
    return out;
}

QList<PaymentRun> PaymentService::runs() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.message_id, r.run_date, r.version, "
                                    "r.file_name, r.payment_count, COALESCE(u.username, ''), "
                                    "r.created_at FROM payment_runs r LEFT JOIN users u ON u.id = "
                                    "r.created_by ORDER BY r.id DESC"));
    q.exec();
    QList<PaymentRun> out;
    while (q.next()) {
        PaymentRun r;
        r.id = q.int64(0);
        r.messageId = q.text(1);
        r.date = parseIsoDate(q.text(2));
        r.version = q.text(3);
        r.fileName = q.text(4);
        r.count = int(q.int64(5));
        r.createdBy = q.text(6);
        r.createdAt = q.text(7);
        out << r;
    }
    for (PaymentRun &r : out) {
        SqlQuery t(m_db, QStringLiteral("SELECT currency, total FROM payment_run_totals WHERE "
                                        "run_id = ? ORDER BY currency"));
        t.bind(r.id).exec();
        while (t.next())
            r.totals << Money::fromMinor(t.int64(1), Currency(t.text(0)));
    }
    return out;
}

PaymentRunResult PaymentService::run(const Session &who, const QString &path, QDate date,
                                     const QString &version)
{
    who.require(Role::Manager, tr("run payments to clients"));
    const QString pain = versionName(version);
    if (pain.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("version: \"%1\" is not 03 or 09 (pain.001.001.03 or .09).").arg(version),
                    QStringLiteral("version"));
    if (path.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("output: name the payment file to write."),
                    QStringLiteral("output"));
    const QDate day = date.isValid() ? date : BusinessCalendar(m_db).today();

    Transaction tx(m_db);
    const QList<ClientPayment> due = list(PaymentStatus::Due);
    if (due.isEmpty())
        throw Error(Error::Kind::Conflict,
                    tr("No payment to a client is due; no payment file was written."));

    // Every account is checked before anything is written.
    const FactorProfile factor = FactorProfileService(m_db).profile();
    if (Iban::check(factor.bankAccount) != Iban::Status::Valid)
        throw Error(Error::Kind::Validation,
                    tr("The factor's own account \"%1\" is not a valid IBAN; set it first "
                       "(Settings → Factor); no payment file was written.")
                        .arg(factor.bankAccount),
                    QStringLiteral("bank_account"));
    QStringList refused;
    for (const ClientPayment &p : due) {
        const Iban::Status st = Iban::check(p.account);
        if (st == Iban::Status::Valid)
            continue;
        const QString why =
            p.account.trimmed().isEmpty()
                ? tr("no bank account")
                : (st == Iban::Status::NotIban ? tr("\"%1\" is not an IBAN").arg(p.account)
                                               : Iban::problem(p.account, st));
        const QString line = tr("%1 (%2): %3").arg(p.clientName, p.clientCode, why);
        if (!refused.contains(line))
            refused << line;
    }
    if (!refused.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("No payment file was written: these clients have no valid IBAN to pay "
                       "into:\n%1")
                        .arg(refused.join(QLatin1Char('\n'))),
                    QStringLiteral("bank_account"));

    const QString stamp = timestamp();
    const QString fileName = QFileInfo(path).fileName();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO payment_runs (message_id, run_date, "
                                         "version, file_name, payment_count, created_by, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 runId = insert.bind(QUuid::createUuid().toString(QUuid::Id128))
                             .bind(isoDate(day))
                             .bind(pain)
                             .bind(fileName)
                             .bind(int(due.size()))
                             .bind(who.userId())
                             .bind(stamp)
                             .scalar()
                             .toLongLong();
    const QString messageId = messageIdOf(runId, day);
    SqlQuery named(m_db, QStringLiteral("UPDATE payment_runs SET message_id = ? WHERE id = ?"));
    named.bind(messageId).bind(runId).exec();

    PaymentRunResult result;
    result.run.id = runId;
    result.run.messageId = messageId;
    result.run.date = day;
    result.run.version = pain;
    result.run.fileName = fileName;
    result.run.count = int(due.size());
    result.run.createdAt = stamp;

    PainMessage message;
    message.version = pain;
    message.messageId = messageId;
    message.created = nowUtc();
    message.executionDate = day;
    message.debtor = PainParty{factor.name, Iban::compact(factor.bankAccount)};

    JournalService journal(m_db);
    QList<Money> totals;
    for (const ClientPayment &p : due) {
        const QString e2e = endToEndIdOf(runId, p.id);
        const QString iban = Iban::compact(p.account);
        const qint64 entryId =
            journal.post(who, clientPaymentPosting(p.clientId, p.clientCode, p.amount, day, e2e));
        // Guarded: a payment another run sent meanwhile is not sent again.
        SqlQuery sent(m_db, QStringLiteral("UPDATE client_payments SET status = 'sent', "
                                           "payment_run_id = ?, end_to_end_id = ?, "
                                           "sent_entry_id = ?, bank_account = ? WHERE id = ? AND "
                                           "status = 'due'"));
        sent.bind(runId).bind(e2e).bind(entryId).bind(iban).bind(p.id).exec();
        if (sent.numRowsAffected() != 1)
            throw Error(Error::Kind::Conflict,
                        tr("Payment %1 to %2 changed while the run was being made (another run "
                           "sent it?); nothing was sent, try again.")
                            .arg(p.id)
                            .arg(p.clientCode));
        result.paymentIds << p.id;
        result.entryIds << entryId;
        auto it = std::find_if(totals.begin(), totals.end(),
                               [&](Money m) { return m.currency() == p.amount.currency(); });
        if (it == totals.end())
            totals << p.amount;
        else
            *it += p.amount;
        QString remittance = p.kind == QLatin1String("reserve_release")
                                 ? tr("Reserve release %1").arg(p.clientCode)
                                 : tr("Advance schedule %1").arg(p.scheduleNumber);
        message.transfers << PainTransfer{e2e, p.amount, PainParty{p.clientName, iban},
                                          remittance.trimmed()};
    }
    QJsonArray totalLog;
    for (Money t : std::as_const(totals)) {
        qint64 count = 0;
        for (const ClientPayment &p : due)
            count += p.amount.currency() == t.currency() ? 1 : 0;
        SqlQuery sum(m_db, QStringLiteral("INSERT INTO payment_run_totals (run_id, currency, "
                                          "payment_count, total) VALUES (?, ?, ?, ?)"));
        sum.bind(runId).bind(t.currency().code()).bind(count).bind(t.minor()).exec();
        totalLog.append(QStringLiteral("%1 %2").arg(t.currency().code(), t.toPlainString()));
    }
    result.run.totals = totals;
    AuditLog(m_db).record(who, QStringLiteral("payment.run"), QStringLiteral("payment_run"),
                          messageId, {},
                          QJsonObject{{QStringLiteral("date"), isoDate(day)},
                                      {QStringLiteral("version"), pain},
                                      {QStringLiteral("file"), fileName},
                                      {QStringLiteral("payments"), int(due.size())},
                                      {QStringLiteral("totals"), totalLog}});

    const QByteArray xml = PainWriter::write(message);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        throw Error(Error::Kind::Storage,
                    tr("The payment file %1 could not be written (%2); nothing was sent.")
                        .arg(path, file.errorString()));
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return result;
}

qint64 PaymentService::closeExecuted(const BankTransaction &t)
{
    if (t.credit || t.reversal || !t.isBooked() || !t.amount.isPositive())
        return 0;
    qint64 id = 0;
    if (!t.endToEndId.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM client_payments WHERE end_to_end_id = ? "
                                        "AND status = 'sent' AND amount = ? AND currency = ?"));
        id = q.bind(t.endToEndId)
                 .bind(t.amount.minor())
                 .bind(t.amount.currency().code())
                 .scalar()
                 .toLongLong();
    }
    if (!id && !t.counterpartyAccount.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM client_payments WHERE status = 'sent' "
                                        "AND bank_account = ? AND amount = ? AND currency = ? "
                                        "ORDER BY id LIMIT 1"));
        id = q.bind(Iban::compact(t.counterpartyAccount))
                 .bind(t.amount.minor())
                 .bind(t.amount.currency().code())
                 .scalar()
                 .toLongLong();
    }
    if (!id)
        return 0;
    const QDate on = t.bookingDate.isValid() ? t.bookingDate : t.valueDate;
    SqlQuery done(m_db, QStringLiteral("UPDATE client_payments SET status = 'executed', "
                                       "executed_on = ?, bank_reference = ? WHERE id = ? AND "
                                       "status = 'sent'"));
    done.bind(on.isValid() ? isoDate(on) : isoDate(BusinessCalendar(m_db).today()))
        .bind(t.bankReference)
        .bind(id)
        .exec();
    return done.numRowsAffected() == 1 ? id : 0;
}

} // namespace FactorDesk
