#include "ledger.h"
#include "businesscalendar.h"

#include "journalseal.h"

#include "auditlog.h"
#include "bulkstatement.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "posting.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace FactorDesk {

namespace {

QString whereClause(const JournalFilter &f, QVariantList &binds)
{
    QString w = QStringLiteral(" WHERE 1 = 1");
    if (f.from.isValid()) {
        w += QStringLiteral(" AND l.entry_date >= ?");
        binds << isoDate(f.from);
    }
    if (f.to.isValid()) {
        w += QStringLiteral(" AND l.entry_date <= ?");
        binds << isoDate(f.to);
    }
    if (!f.account.isEmpty()) {
        w += QStringLiteral(" AND a.code = ?");
        binds << f.account;
    }
    if (!f.clientCode.isEmpty()) {
        w += QStringLiteral(" AND c.code = ?");
        binds << f.clientCode;
    }
    if (f.entryId > 0) {
        w += QStringLiteral(" AND l.entry_id = ?");
        binds << f.entryId;
    }
    return w;
}

const QString kFrom = QStringLiteral(
    " FROM journal_lines l JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id "
    "= l.entry_id LEFT JOIN clients c ON c.id = l.client_id LEFT JOIN debtors d ON d.id = "
    "l.debtor_id LEFT JOIN invoices i ON i.id = l.invoice_id");

} // namespace

QHash<QString, qint64> JournalService::checkAll(const Session &who,
                                                const QList<JournalEntry> &entries) const
{
    QHash<QString, qint64> accountIds;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT code, id FROM accounts"));
        q.exec();
        while (q.next())
            accountIds.insert(q.text(0), q.int64(1));
    }
    const BusinessCalendar calendar(m_db);
    QSet<QDate> openDays;
    for (const JournalEntry &entry : entries) {
        if (!openDays.contains(entry.date)) {
            calendar.refuseClosed(entry.date);
            openDays.insert(entry.date);
        }
        for (int i = 0; i < entry.lines.size(); ++i) {
            const JournalLine &l = entry.lines[i];
            if (!accountIds.contains(l.account))
                throw Error(Error::Kind::Validation,
                            tr("line %1: there is no account %2.").arg(i + 1).arg(l.account),
                            QStringLiteral("account"));
            // The invoice ledger is the journal's lines on factored receivables (a database
            // rule too, schema 10): each names its invoice.
            if (l.account == Accounts::factoredReceivables() && l.invoiceId <= 0)
                throw Error(Error::Kind::Validation,
                            tr("line %1: a line on factored receivables (%2) names its invoice.")
                                .arg(i + 1)
                                .arg(l.account),
                            QStringLiteral("lines"));
        }
    }
    if (who.isSystem())
        throw Error(Error::Kind::Permission, tr("Journal entries are posted by a signed-in user."));
    return accountIds;
}

qint64 JournalService::post(const Session &who, const JournalEntry &entry)
{
    return postMany(who, QList<JournalEntry>{entry}).constFirst();
}

QList<qint64> JournalService::postMany(const Session &who, const QList<JournalEntry> &entries)
{
    who.require(Roles(Role::Clerk) | Role::Manager, tr("post to the journal"));
    for (const JournalEntry &entry : entries)
        checkPostable(entry);
    QList<qint64> ids;
    if (entries.isEmpty())
        return ids;

    Transaction tx(m_db);
    const QHash<QString, qint64> accountIds = checkAll(who, entries);
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // Serialise sealers so the chain never forks; released at commit.
        SqlQuery(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(46444332)")).exec();
    }
    // The seal chain (docs/domain.md §7) goes on from its newest seal, entry after entry.
    QString previous;
    {
        SqlQuery last(m_db,
                      QStringLiteral("SELECT hash FROM journal_seals ORDER BY seq DESC LIMIT 1"));
        const QVariant prev = last.scalar();
        previous = prev.isValid() ? prev.toString() : JournalSealHasher::genesis();
    }
    BulkStatement ins(
        m_db, QStringLiteral("INSERT INTO journal_entries (entry_date, currency, kind, memo, "
                             "line_count, total, reverses_id, schedule_id, client_id, posted_by, "
                             "posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    BulkStatement line(m_db,
                       QStringLiteral("INSERT INTO journal_lines (entry_id, line_no, entry_date, "
                                      "account_id, debit, credit, client_id, debtor_id, "
                                      "invoice_id, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    BulkStatement sealIns(m_db, QStringLiteral("INSERT INTO journal_seals (entry_id, prev_hash, "
                                               "hash) VALUES (?, ?, ?) RETURNING seq"));
    QList<AuditChange> audit;
    audit.reserve(entries.size());
    ids.reserve(entries.size());
    qint64 seq = 0;
    for (const JournalEntry &entry : entries) {
        const qint64 total = entryTotal(entry);
        const QString date = isoDate(entry.date);
        const QString kind = entry.kind.isEmpty() ? QStringLiteral("manual") : entry.kind;
        const QString postedAt = timestamp();
        const qint64 lineCount = entry.lines.size();
        const qint64 entryId = ins.bind(date)
                                   .bind(entry.currency.code())
                                   .bind(kind)
                                   .bind(entry.memo)
                                   .bind(lineCount)
                                   .bind(total)
                                   .bindId(entry.reversesId)
                                   .bindId(entry.scheduleId)
                                   .bindId(entry.clientId)
                                   .bind(who.userId())
                                   .bind(postedAt)
                                   .execReturningId();
        JournalSealHasher hasher(previous,
                                 SealedEntry{entryId, date, entry.currency.code(), kind, entry.memo,
                                             lineCount, total, entry.reversesId, entry.scheduleId,
                                             entry.clientId, who.userId(), postedAt});
        QJsonArray lines;
        for (int i = 0; i < entry.lines.size(); ++i) {
            const JournalLine &l = entry.lines[i];
            line.bind(entryId)
                .bind(qint64(i + 1))
                .bind(date)
                .bind(accountIds.value(l.account))
                .bind(l.debit.minor())
                .bind(l.credit.minor())
                .bindId(l.clientId)
                .bindId(l.debtorId)
                .bindId(l.invoiceId)
                .bind(l.memo)
                .exec();
            hasher.addLine(SealedLine{i + 1, l.account, l.debit.minor(), l.credit.minor(),
                                      l.clientId, l.debtorId, l.invoiceId, l.memo});
            // Every line with its tags: the audit record says all the entry says.
            QJsonObject j{{QStringLiteral("account"), l.account}};
            if (!l.debit.isZero())
                j.insert(QStringLiteral("debit"), l.debit.toPlainString());
            if (!l.credit.isZero())
                j.insert(QStringLiteral("credit"), l.credit.toPlainString());
            if (l.clientId > 0)
                j.insert(QStringLiteral("client_id"), l.clientId);
            if (l.debtorId > 0)
                j.insert(QStringLiteral("debtor_id"), l.debtorId);
            if (l.invoiceId > 0)
                j.insert(QStringLiteral("invoice_id"), l.invoiceId);
            if (!l.memo.isEmpty())
                j.insert(QStringLiteral("memo"), l.memo);
            lines.append(j);
        }
        const QString sealHash = hasher.result();
        seq = sealIns.bind(entryId).bind(previous).bind(sealHash).execReturningId();
        previous = sealHash;
        audit.append({QStringLiteral("journal.post"),
                      QStringLiteral("journal_entry"),
                      QString::number(entryId),
                      {},
                      QJsonObject{{QStringLiteral("date"), date},
                                  {QStringLiteral("kind"), entry.kind},
                                  {QStringLiteral("memo"), entry.memo},
                                  {QStringLiteral("total"),
                                   Money::fromMinor(total, entry.currency).toPlainString()},
                                  {QStringLiteral("currency"), entry.currency.code()},
                                  {QStringLiteral("schedule_id"), entry.scheduleId},
                                  {QStringLiteral("client_id"), entry.clientId},
                                  {QStringLiteral("reverses"), entry.reversesId},
                                  {QStringLiteral("seal"), sealHash},
                                  {QStringLiteral("lines"), lines}}});
        ids.append(entryId);
    }
    // Kept outside the database after the commit (BookHead): the newest seal is anchored.
    m_db.pendingHead().sealSeq = seq;
    m_db.pendingHead().sealHash = previous;
    AuditLog(m_db).record(who, audit);
    tx.commit();
    return ids;
}

JournalEntry JournalService::entry(qint64 entryId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.entry_date, e.currency, e.kind, e.memo, "
                                    "e.reverses_id, e.schedule_id, e.client_id, u.username, "
                                    "e.posted_at FROM journal_entries e JOIN users u ON u.id = "
                                    "e.posted_by WHERE e.id = ?"));
    q.bind(entryId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("There is no journal entry %1.").arg(entryId));
    JournalEntry e;
    e.id = entryId;
    e.date = parseIsoDate(q.text(0));
    e.currency = Currency(q.text(1));
    e.kind = q.text(2);
    e.memo = q.text(3);
    e.reversesId = q.int64(4);
    e.scheduleId = q.int64(5);
    e.clientId = q.int64(6);
    e.postedBy = q.text(7);
    e.postedAt = q.text(8);
    SqlQuery l(m_db, QStringLiteral("SELECT a.code, l.debit, l.credit, l.client_id, l.debtor_id, "
                                    "l.invoice_id, l.memo FROM journal_lines l JOIN accounts a ON "
                                    "a.id = l.account_id WHERE l.entry_id = ? ORDER BY l.line_no"));
    l.bind(entryId).exec();
    while (l.next()) {
        JournalLine line;
        line.account = l.text(0);
        line.debit = Money::fromMinor(l.int64(1), e.currency);
        line.credit = Money::fromMinor(l.int64(2), e.currency);
        line.clientId = l.int64(3);
        line.debtorId = l.int64(4);
        line.invoiceId = l.int64(5);
        line.memo = l.text(6);
        e.lines.append(line);
    }
    return e;
}

qint64 JournalService::reverse(const Session &who, qint64 entryId, QDate date,
                               const QString &reason)
{
    who.require(Role::Manager, tr("reverse journal entries"));
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("reason: say why the entry is reversed."),
                    QStringLiteral("reason"));
    Transaction tx(m_db);
    const JournalEntry original = entry(entryId);
    if (original.reversesId > 0)
        throw Error(Error::Kind::Conflict,
                    tr("Entry %1 is itself a reversal; post a new entry instead.").arg(entryId));
    SqlQuery already(m_db, QStringLiteral("SELECT id FROM journal_entries WHERE reverses_id = ?"));
    const QVariant other = already.bind(entryId).scalar();
    if (other.isValid())
        throw Error(
            Error::Kind::Conflict,
            tr("Entry %1 was already reversed by entry %2.").arg(entryId).arg(other.toLongLong()));
    refuseDependentEntry(original);
    const QDate day = date.isValid() ? date : BusinessCalendar(m_db).today();
    if (day < original.date)
        throw Error(Error::Kind::Validation,
                    tr("date: a reversal cannot be dated before the entry it reverses (%1).")
                        .arg(isoDate(original.date)),
                    QStringLiteral("date"));
    const JournalEntry rev = reversalPosting(original, day, reason.trimmed());
    const qint64 id = post(who, rev);
    tx.commit();
    return id;
}

void JournalService::refuseDependentEntry(const JournalEntry &original) const
{
    // A business record stands on this entry: reversing the entry alone would leave the
    // record saying what the books no longer do, so the act that undoes both is named.
    SqlQuery purchase(m_db, QStringLiteral("SELECT number FROM schedules WHERE journal_entry_id "
                                           "= ? AND status = 'funded'"));
    const QVariant schedule = purchase.bind(original.id).scalar();
    if (schedule.isValid())
        throw Error(Error::Kind::Conflict,
                    tr("Entry %1 is the purchase of schedule %2: undo it with `schedule unfund "
                       "%2` (Schedules: Unfund), which also returns the invoices, the schedule "
                       "and the client payment to where they were.")
                        .arg(original.id)
                        .arg(schedule.toString()));
    // The purchase that owes a payment, or the payment run's posting that sent it.
    SqlQuery payment(m_db, QStringLiteral("SELECT id FROM client_payments WHERE "
                                          "(journal_entry_id = ? OR sent_entry_id = ?) AND "
                                          "status <> 'cancelled'"));
    const QVariant paymentId = payment.bind(original.id).bind(original.id).scalar();
    if (paymentId.isValid())
        throw Error(Error::Kind::Conflict,
                    tr("Entry %1 is recorded with client payment %2: undo the payment, not the "
                       "entry.")
                        .arg(original.id)
                        .arg(paymentId.toLongLong()));
    // Credit notes, chargebacks, credit losses and buy-back payments are records of their own
    // that the invoice's balance and status follow; reversing the entry alone would leave them
    // saying what the books no longer do.
    const QList<QPair<const char *, QString>> records{
        {"credit_notes", tr("credit note %1")},
        {"chargebacks", tr("chargeback %1")},
        {"credit_losses", tr("credit loss %1")},
        {"buyback_payments", tr("buy-back payment %1")},
    };
    for (const auto &[table, what] : records) {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM %1 WHERE journal_entry_id = ?")
                             .arg(QLatin1String(table)));
        const QVariant id = q.bind(original.id).scalar();
        if (id.isValid())
            throw Error(Error::Kind::Conflict,
                        tr("Entry %1 is the journal entry of %2: it stands with that record and "
                           "is not reversed on its own.")
                            .arg(original.id)
                            .arg(what.arg(id.toLongLong())));
    }
    if (original.scheduleId > 0) {
        SqlQuery number(m_db, QStringLiteral("SELECT number FROM schedules WHERE id = ?"));
        const QString n = number.bind(original.scheduleId).scalar().toString();
        throw Error(Error::Kind::Conflict,
                    tr("Entry %1 belongs to schedule %2: it is undone through the schedule "
                       "(`schedule unfund %2`), not on its own.")
                        .arg(original.id)
                        .arg(n));
    }
}

QList<Account> JournalService::accounts() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, type FROM accounts ORDER BY code"));
    q.exec();
    QList<Account> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.text(2), q.text(3)});
    return out;
}

QList<JournalRow> JournalService::rows(const JournalFilter &filter, int offset, int limit) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT l.entry_id, l.id, l.entry_date, a.code, a.name, l.debit, "
                                 "l.credit, e.currency, c.code, d.code, i.invoice_no, "
                                 "CASE WHEN l.memo = '' THEN e.memo ELSE l.memo END, e.kind") +
                  kFrom + whereClause(filter, binds) +
                  QStringLiteral(" ORDER BY l.entry_date, l.entry_id, l.line_no");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << qint64(limit) << qint64(offset);
    }
    SqlQuery q(m_db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    q.exec();
    QList<JournalRow> out;
    while (q.next()) {
        JournalRow r;
        r.entryId = q.int64(0);
        r.lineId = q.int64(1);
        r.date = parseIsoDate(q.text(2));
        r.account = q.text(3);
        r.accountName = q.text(4);
        r.debit = q.int64(5);
        r.credit = q.int64(6);
        r.currency = q.text(7);
        r.client = q.text(8);
        r.debtor = q.text(9);
        r.invoice = q.text(10);
        r.memo = q.text(11);
        r.kind = q.text(12);
        out.append(r);
    }
    return out;
}

qint64 JournalService::rowCount(const JournalFilter &filter) const
{
    QVariantList binds;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*)") + kFrom + whereClause(filter, binds));
    for (const QVariant &b : binds)
        q.bind(b);
    return q.scalar().toLongLong();
}

QPair<qint64, qint64> JournalService::totals(const JournalFilter &filter) const
{
    QVariantList binds;
    SqlQuery q(m_db,
               QStringLiteral("SELECT coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0)") +
                   kFrom + whereClause(filter, binds));
    for (const QVariant &b : binds)
        q.bind(b);
    q.exec();
    q.next();
    return {q.int64(0), q.int64(1)};
}

QList<AccountBalance> JournalService::trialBalance(QDate asOf, const QString &currency) const
{
    QString sql = QStringLiteral(
        "SELECT a.code, a.name, a.type, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0) "
        "FROM accounts a LEFT JOIN journal_lines l ON l.account_id = a.id AND l.entry_date <= ?");
    if (!currency.isEmpty())
        sql += QStringLiteral(
            " AND l.entry_id IN (SELECT id FROM journal_entries WHERE currency = ?)");
    sql += QStringLiteral(" GROUP BY a.code, a.name, a.type ORDER BY a.code");
    SqlQuery q(m_db, sql);
    q.bind(isoDate(asOf.isValid() ? asOf : BusinessCalendar(m_db).today()));
    if (!currency.isEmpty())
        q.bind(currency);
    q.exec();
    QList<AccountBalance> out;
    while (q.next()) {
        AccountBalance b;
        b.code = q.text(0);
        b.name = q.text(1);
        b.type = q.text(2);
        const qint64 net = q.int64(3) - q.int64(4);
        b.debit = net > 0 ? net : 0;
        b.credit = net < 0 ? -net : 0;
        out.append(b);
    }
    return out;
}

qint64 JournalService::balance(const QString &accountCode, QDate asOf, qint64 clientId) const
{
    QString sql = QStringLiteral("SELECT coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) "
                                 "FROM journal_lines l JOIN accounts a ON a.id = l.account_id "
                                 "WHERE a.code = ? AND l.entry_date <= ?");
    if (clientId > 0)
        sql += QStringLiteral(" AND l.client_id = ?");
    SqlQuery q(m_db, sql);
    q.bind(accountCode).bind(isoDate(asOf.isValid() ? asOf : BusinessCalendar(m_db).today()));
    if (clientId > 0)
        q.bind(clientId);
    return q.scalar().toLongLong();
}

} // namespace FactorDesk
