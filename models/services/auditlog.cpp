#include "auditlog.h"

#include "bookhead.h"
#include "bulkstatement.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>

namespace FactorDesk {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

// The columns readRecord() expects, in its order.
const QString kColumns =
    QStringLiteral("id, at, username, action, entity, entity_id, before_data, after_data, "
                   "prev_hash, hash, user_id, hash_format");

AuditRecord readRecord(const SqlQuery &q)
{
    AuditRecord r;
    r.id = q.int64(0);
    r.at = q.text(1);
    r.username = q.text(2);
    r.action = q.text(3);
    r.entity = q.text(4);
    r.entityId = q.text(5);
    r.before = q.text(6);
    r.after = q.text(7);
    r.prevHash = q.text(8);
    r.hash = q.text(9);
    r.userId = q.int64(10);
    r.hashFormat = int(q.int64(11));
    return r;
}

QString compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditLog::computeHash(const AuditRecord &r)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QChar sep(0x1f);
    QString payload = r.prevHash + sep;
    // Format 2 also binds the record to its place (id) and to who wrote it (user id), and
    // names its format, so a record cannot be passed off as an older format-1 one.
    if (r.hashFormat >= 2)
        payload += QString::number(r.hashFormat) + sep + QString::number(r.id) + sep +
                   QString::number(r.userId) + sep;
    payload += r.at + sep + r.username + sep + r.action + sep + r.entity + sep + r.entityId + sep +
               r.before + sep + r.after;
    h.addData(payload.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::record(const Session &who, const QString &action, const QString &entity,
                      const QString &entityId, const QJsonObject &before, const QJsonObject &after)
{
    record(who, QList<AuditChange>{{action, entity, entityId, before, after}});
}

void AuditLog::record(const Session &who, const QList<AuditChange> &changes)
{
    if (changes.isEmpty())
        return;
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // Serialise appenders so the chain never forks; released at commit.
        SqlQuery(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(46444331)")).exec();
    }
    SqlQuery last(m_db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    last.exec();
    const bool any = last.next();
    // The ids are chosen here, under the appenders' lock, because the hash covers them.
    qint64 id = any ? last.int64(0) : 0;
    QString prevHash = any ? last.text(1) : kGenesis;
    last.finish();
    BulkStatement ins(m_db, QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, "
                                           "action, entity, entity_id, before_data, "
                                           "after_data, prev_hash, hash, hash_format) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)"));
    AuditRecord r;
    r.userId = who.isSystem() ? 0 : who.userId();
    r.username = who.username();
    r.hashFormat = 2;
    for (const AuditChange &c : changes) {
        r.id = ++id;
        r.at = timestamp();
        r.action = c.action;
        r.entity = c.entity;
        r.entityId = c.entityId;
        r.before = compact(c.before);
        r.after = compact(c.after);
        r.prevHash = prevHash;
        r.hash = computeHash(r);
        ins.bind(r.id)
            .bind(r.at)
            .bindId(r.userId)
            .bind(r.username)
            .bind(r.action)
            .bind(r.entity)
            .bind(r.entityId)
            .bind(r.before)
            .bind(r.after)
            .bind(r.prevHash)
            .bind(r.hash)
            .exec();
        prevHash = r.hash;
    }
    m_db.pendingHead().auditId = r.id;
    m_db.pendingHead().auditHash = r.hash;
    if (m_db.transactionDepth() == 0)
        m_db.publishHead(); // written outside a transaction: already committed
}

QList<AuditRecord> AuditLog::list(const Session &, const AuditFilter &f) const
{
    QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log WHERE 1 = 1");
    QVariantList binds;
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << isoDate(f.from);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << isoDate(f.to.addDays(1));
    }
    if (!f.username.isEmpty()) {
        sql += QStringLiteral(" AND username = ?");
        binds << f.username;
    }
    if (!f.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        binds << f.entity;
    }
    if (!f.text.isEmpty()) {
        sql += QStringLiteral(" AND (lower(action) LIKE ? OR lower(entity_id) LIKE ? OR "
                              "lower(after_data) LIKE ? OR lower(before_data) LIKE ?)");
        const QString like = QLatin1Char('%') + f.text.toLower() + QLatin1Char('%');
        binds << like << like << like << like;
    }
    if (f.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        binds << f.beforeId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << qint64(f.limit > 0 ? f.limit : 500);
    SqlQuery q(m_db, sql);
    for (const QVariant &b : binds)
        q.bind(b);
    q.exec();
    QList<AuditRecord> out;
    while (q.next()) {
        const AuditRecord r = readRecord(q);
        out.append(r);
    }
    return out;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM audit_log ORDER BY id"));
    q.exec();
    QString expectedPrev = kGenesis;
    qint64 lastId = 0;
    bool formatTwoSeen = false;
    while (q.next()) {
        const AuditRecord r = readRecord(q);
        ++v.checked;
        lastId = r.id;
        if (r.prevHash != expectedPrev) {
            v.ok = false;
            v.firstBadId = r.id;
            v.problem = tr("Audit record %1 (%2, %3) does not follow the record before it: a "
                           "record was removed or inserted.")
                            .arg(r.id)
                            .arg(r.at, r.action);
            return v;
        }
        // Format 1 ended when schema 10 came: a later format-1 record was rewritten.
        const bool downgraded = formatTwoSeen && r.hashFormat < 2;
        formatTwoSeen = formatTwoSeen || r.hashFormat >= 2;
        if (downgraded || r.hashFormat < 1 || r.hashFormat > 2 || computeHash(r) != r.hash) {
            v.ok = false;
            v.firstBadId = r.id;
            v.problem = tr("Audit record %1 (%2, %3) was changed after it was written.")
                            .arg(r.id)
                            .arg(r.at, r.action);
            return v;
        }
        expectedPrev = r.hash;
    }
    return checkHead(v, lastId);
}

AuditLog::Verification &AuditLog::checkHead(Verification &v, qint64 lastId) const
{
    const BookHead head = BookHead::read(m_db.location());
    if (head.auditId == 0)
        return v;
    if (lastId < head.auditId) {
        v.ok = false;
        v.firstBadId = head.auditId;
        const int missing = int(head.auditId - lastId);
        v.problem = tr("The newest %n audit record(s) were deleted: the trail ends at record %1, "
                       "but record %2 was written (its hash is kept outside the database, in "
                       "%3).",
                       nullptr, missing)
                        .arg(lastId)
                        .arg(head.auditId)
                        .arg(QDir::toNativeSeparators(BookHead::pathFor(m_db.location())));
        return v;
    }
    SqlQuery q(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    if (q.bind(head.auditId).scalar().toString() != head.auditHash) {
        v.ok = false;
        v.firstBadId = head.auditId;
        v.problem = tr("Audit record %1 is not the one FactorDesk wrote: the trail was rewritten "
                       "from there on.")
                        .arg(head.auditId);
    }
    return v;
}

} // namespace FactorDesk
