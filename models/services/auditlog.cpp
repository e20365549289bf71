#include "auditlog.h"

#include "clock.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace FactorDesk {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

// The columns readRecord() expects, in its order.
const QString kColumns = QStringLiteral("id, at, username, action, entity, entity_id, before_data, "
                                        "after_data, prev_hash, hash");

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
    const QString payload = r.prevHash + sep + r.at + sep + r.username + sep + r.action + sep +
                            r.entity + sep + r.entityId + sep + r.before + sep + r.after;
    h.addData(payload.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

void AuditLog::record(const Session &who, const QString &action, const QString &entity,
                      const QString &entityId, const QJsonObject &before, const QJsonObject &after)
{
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // Serialise appenders so the chain never forks; released at commit.
        SqlQuery(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(46444331)")).exec();
    }
    SqlQuery last(m_db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    const QVariant prev = last.scalar();
    AuditRecord r;
    r.at = timestamp();
    r.username = who.username();
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.before = compact(before);
    r.after = compact(after);
    r.prevHash = prev.isValid() ? prev.toString() : kGenesis;
    r.hash = computeHash(r);
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, "
                                      "entity, entity_id, before_data, after_data, prev_hash, "
                                      "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.bind(r.at)
        .bindId(who.isSystem() ? 0 : who.userId())
        .bind(r.username)
        .bind(r.action)
        .bind(r.entity)
        .bind(r.entityId)
        .bind(r.before)
        .bind(r.after)
        .bind(r.prevHash)
        .bind(r.hash)
        .exec();
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
    while (q.next()) {
        const AuditRecord r = readRecord(q);
        ++v.checked;
        if (r.prevHash != expectedPrev) {
            v.ok = false;
            v.firstBadId = r.id;
            v.problem = tr("Audit record %1 (%2, %3) does not follow the record before it: a "
                           "record was removed or inserted.")
                            .arg(r.id)
                            .arg(r.at, r.action);
            return v;
        }
        if (computeHash(r) != r.hash) {
            v.ok = false;
            v.firstBadId = r.id;
            v.problem = tr("Audit record %1 (%2, %3) was changed after it was written.")
                            .arg(r.id)
                            .arg(r.at, r.action);
            return v;
        }
        expectedPrev = r.hash;
    }
    return v;
}

} // namespace FactorDesk
