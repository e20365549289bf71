#pragma once

#include "session.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace FactorDesk {

class Database;

struct AuditRecord
{
    qint64 id = 0;
    QString at;
    qint64 userId = 0; // 0: the system
    QString username;
    QString action;
    QString entity;
    QString entityId;
    QString before; // compact JSON, empty when nothing existed before
    QString after;
    QString prevHash;
    QString hash;
    // 1: written before schema 10 (id and user id not hashed); 2: every column hashed.
    int hashFormat = 2;
};

// One change to record: what record() takes, for recording many at once.
struct AuditChange
{
    QString action;
    QString entity;
    QString entityId;
    QJsonObject before;
    QJsonObject after;
};

struct AuditFilter
{
    QDate from;
    QDate to;
    QString username;
    QString entity;
    QString text; // matched against action, entity id and data
    int limit = 500;
    qint64 beforeId = 0; // paging: records with id < beforeId (0: newest)
};

// The append-only, hash-chained audit trail. Every service writes one record per change,
// inside its own transaction, so a rolled-back change leaves no record either.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::AuditLog)
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    void record(const Session &who, const QString &action, const QString &entity,
                const QString &entityId, const QJsonObject &before, const QJsonObject &after);
    // The same records as record() once per change, in order, chained in memory and written
    // through one prepared statement (the end of day records thousands at once).
    void record(const Session &who, const QList<AuditChange> &changes);

    QList<AuditRecord> list(const Session &who, const AuditFilter &filter) const;

    struct Verification
    {
        bool ok = true;
        qint64 checked = 0;
        qint64 firstBadId = 0;
        QString problem; // translated sentence naming the first bad record
    };
    // Walks the whole chain, and checks that its newest record kept outside the database
    // (BookHead) is still there: deleting the newest records is found too. Readable by every
    // user.
    Verification verify() const;

    static QString computeHash(const AuditRecord &r);

private:
    Verification &checkHead(Verification &v, qint64 lastId) const;

    Database &m_db;
};

} // namespace FactorDesk
