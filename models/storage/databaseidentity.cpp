#include "databaseidentity.h"

#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QtEndian>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::Database", text);
}

bool hasSidecar(const QString &path, const char *suffix)
{
    return QFileInfo::exists(path + QLatin1String(suffix));
}

// PRAGMA quick_check answers in lines such as "*** in database main ***\nPage 31: ...".
QString checkSummary(const QString &result)
{
    QStringList lines;
    for (const QString &line : result.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("***")))
            lines << line.trimmed();
    QString s = lines.join(QStringLiteral("; "));
    if (s.size() > 200)
        s = s.left(200) + QStringLiteral("...");
    return s;
}

} // namespace

SqliteHeader SqliteHeader::read(const QString &path)
{
    SqliteHeader h;
    if (QFileInfo(path).isDir())
        return h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray head = f.read(100);
    h.empty = head.isEmpty();
    h.sqlite = head.size() == 100 && head.startsWith(QByteArray("SQLite format 3\0", 16));
    if (h.sqlite)
        h.applicationId = qFromBigEndian<quint32>(head.constData() + 68);
    return h;
}

bool sqliteWalInUse(const QString &path)
{
    return hasSidecar(path, "-wal") || hasSidecar(path, "-shm");
}

// Refuses foreign, damaged and newer databases. allowEmpty: an empty database is acceptable
// (creating one).
void checkDatabaseIdentity(Database &db, bool allowEmpty)
{
    const QString where = db.location().displayName();
    const auto foreign = [&] {
        return Error(Error::Kind::Storage,
                     tr("%1 is not a FactorDesk database. It was left unchanged.").arg(where));
    };
    try {
        if (db.location().engine == DatabaseLocation::Engine::SQLite) {
            SqlQuery appId(db, QStringLiteral("PRAGMA application_id"));
            const qint64 id = appId.scalar().toLongLong();
            SqlQuery tables(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            const qint64 count = tables.scalar().toLongLong();
            if (count == 0 && id == 0 && allowEmpty)
                return;
            if (id != kFactorDeskApplicationId)
                throw foreign();
            if (QFileInfo(db.location().path).size() < 256 * 1024 * 1024) {
                SqlQuery check(db, QStringLiteral("PRAGMA quick_check"));
                const QString result = check.scalar().toString();
                if (result != QLatin1String("ok"))
                    throw Error(Error::Kind::Storage,
                                tr("%1 is damaged (%2). It was left unchanged; restore it from a "
                                   "backup.")
                                    .arg(where, checkSummary(result)));
            }
        } else {
            SqlQuery tables(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                               "WHERE table_schema = current_schema()"));
            const qint64 count = tables.scalar().toLongLong();
            if (count == 0 && allowEmpty)
                return;
            if (count == 0)
                throw Error(Error::Kind::NotFound,
                            tr("The PostgreSQL database %1 holds no FactorDesk books yet; create "
                               "them with 'factordesk-cli init'.")
                                .arg(where));
            SqlQuery meta(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                             "WHERE table_schema = current_schema() AND "
                                             "table_name = 'schema_meta'"));
            if (meta.scalar().toLongLong() == 0)
                throw foreign();
        }
        SqlQuery app(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'application'"));
        if (app.scalar().toString() != QLatin1String("FactorDesk"))
            throw foreign();
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Storage && e.message().contains(QLatin1String("malformed")))
            throw Error(Error::Kind::Storage,
                        tr("%1 is damaged and cannot be read. It was left unchanged; restore it "
                           "from a backup.")
                            .arg(where));
        if (e.kind() == Error::Kind::Storage && !e.message().startsWith(where))
            throw Error(Error::Kind::Storage,
                        tr("%1 cannot be read as a FactorDesk database (%2). It was left "
                           "unchanged.")
                            .arg(where, e.message()));
        throw;
    }
    const int version = db.schemaVersion();
    if (version > Database::latestSchemaVersion())
        throw Error(Error::Kind::Storage,
                    tr("%1 was written by a newer FactorDesk (schema version %2; this program "
                       "knows up to %3). It was left unchanged; update FactorDesk to open it.")
                        .arg(where)
                        .arg(version)
                        .arg(Database::latestSchemaVersion()));
}

} // namespace FactorDesk
