#include "backupservice.h"

#include "database.h"
#include "error.h"
#include "session.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace FactorDesk {

QString BackupService::postgresCommand() const
{
    const DatabaseLocation &l = m_db.location();
    QStringList args{QStringLiteral("pg_dump"), QStringLiteral("--format=custom")};
    if (!l.host.isEmpty())
        args << QStringLiteral("--host=") + l.host;
    args << QStringLiteral("--port=") + QString::number(l.port);
    if (!l.user.isEmpty())
        args << QStringLiteral("--username=") + l.user;
    args << QStringLiteral("--file=BACKUP.dump") << l.databaseName;
    return args.join(QLatin1Char(' '));
}

void BackupService::backup(const Session &who, const QString &path) const
{
    who.require(Roles(Role::Manager) | Role::Admin, tr("back up the books"));
    if (m_db.engine() == Database::Engine::PostgreSQL)
        throw Error(Error::Kind::Validation,
                    tr("These books are kept on a PostgreSQL server: back them up with the "
                       "server's own tool, for example\n  %1\nand restore with pg_restore into "
                       "an empty database.")
                        .arg(postgresCommand()));
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target))
        throw Error(Error::Kind::Conflict,
                    tr("%1 already exists: a backup never overwrites a file.")
                        .arg(QDir::toNativeSeparators(target)),
                    QStringLiteral("output"));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        throw Error(Error::Kind::Validation,
                    tr("%1: there is no such folder.")
                        .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())),
                    QStringLiteral("output"));
    // VACUUM INTO reads one snapshot of the database (a read transaction: WAL lets writers go
    // on) and writes it as a new, complete database file.
    try {
        SqlQuery(m_db, QStringLiteral("VACUUM INTO ?")).bind(target).exec();
    } catch (const Error &e) {
        QFile::remove(target);
        throw Error(Error::Kind::Storage, tr("The backup to %1 could not be written: %2")
                                              .arg(QDir::toNativeSeparators(target), e.message()));
    }
}

} // namespace FactorDesk
