#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace FactorDesk {

DatabaseLocation DatabaseLocation::parse(const QString &spec)
{
    DatabaseLocation loc;
    const QString s = spec.trimmed();
    if (s.startsWith(QLatin1String("postgresql://")) ||
        s.startsWith(QLatin1String("postgres://"))) {
        loc.engine = Engine::PostgreSQL;
        // QUrl does not take a percent-encoded socket directory as host, so split by hand.
        QString rest = s.mid(s.indexOf(QLatin1String("://")) + 3);
        QString query;
        const qsizetype q = rest.indexOf(QLatin1Char('?'));
        if (q >= 0) {
            query = rest.mid(q + 1);
            rest = rest.left(q);
        }
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash >= 0 ? rest.left(slash) : rest;
        loc.databaseName =
            slash >= 0 ? QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8()) : QString();
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString userInfo = authority.left(at);
            authority = authority.mid(at + 1);
            const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
            loc.user = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
            if (colon >= 0)
                loc.password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
        }
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            bool ok = false;
            const int port = authority.mid(colon + 1).toInt(&ok);
            if (ok) {
                loc.port = port;
                authority = authority.left(colon);
            }
        }
        loc.host = QUrl::fromPercentEncoding(authority.toUtf8());
        const QUrlQuery params(query);
        if (params.hasQueryItem(QStringLiteral("host")))
            loc.host = params.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (params.hasQueryItem(QStringLiteral("password")))
            loc.password = params.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (loc.password.isEmpty())
            loc.password = qEnvironmentVariable("PGPASSWORD");
        if (loc.host.isEmpty())
            loc.host = QStringLiteral("localhost");
        return loc;
    }
    loc.engine = Engine::SQLite;
    loc.path = s.isEmpty() ? defaultPath() : QFileInfo(s).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::defaultPath()
{
    const QString env = qEnvironmentVariable("FACTORDESK_DB");
    if (!env.isEmpty() && !env.startsWith(QLatin1String("postgres")))
        return QFileInfo(env).absoluteFilePath();
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/FactorDesk/factordesk.sqlite");
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(path);
    // One multi-argument arg(): a socket directory is shown percent-encoded ("%2Ftmp"), and a
    // chained arg() would take that "%2" for its own placeholder.
    const QString shownHost = host.startsWith(QLatin1Char('/'))
                                  ? QString::fromLatin1(QUrl::toPercentEncoding(host))
                                  : host;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, shownHost, QString::number(port), databaseName);
}

} // namespace FactorDesk
