#include "bookhead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace FactorDesk {

QString BookHead::pathFor(const DatabaseLocation &location)
{
    if (location.engine == DatabaseLocation::Engine::SQLite)
        return location.path + QStringLiteral(".head");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = QStringLiteral("%1_%2_%3")
                       .arg(location.host.isEmpty() ? QStringLiteral("local") : location.host)
                       .arg(location.port)
                       .arg(location.databaseName);
    name.replace(unsafe, QStringLiteral("_"));
    return dir + QStringLiteral("/FactorDesk/heads/") + name + QStringLiteral(".head");
}

BookHead BookHead::read(const DatabaseLocation &location)
{
    BookHead h;
    QFile f(pathFor(location));
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    h.sealSeq = o.value(QStringLiteral("seal_seq")).toInteger();
    h.sealHash = o.value(QStringLiteral("seal_hash")).toString();
    h.auditId = o.value(QStringLiteral("audit_id")).toInteger();
    h.auditHash = o.value(QStringLiteral("audit_hash")).toString();
    return h;
}

void BookHead::advance(const DatabaseLocation &location, const BookHead &newer)
{
    if (newer.isEmpty())
        return;
    BookHead h = read(location);
    if (newer.sealSeq > h.sealSeq) {
        h.sealSeq = newer.sealSeq;
        h.sealHash = newer.sealHash;
    }
    if (newer.auditId > h.auditId) {
        h.auditId = newer.auditId;
        h.auditHash = newer.auditHash;
    }
    const QString path = pathFor(location);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    const QJsonObject o{{QStringLiteral("seal_seq"), h.sealSeq},
                        {QStringLiteral("seal_hash"), h.sealHash},
                        {QStringLiteral("audit_id"), h.auditId},
                        {QStringLiteral("audit_hash"), h.auditHash}};
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        qWarning("FactorDesk: cannot write the books' head %s", qPrintable(path));
}

void BookHead::forget(const DatabaseLocation &location)
{
    QFile::remove(pathFor(location));
}

} // namespace FactorDesk
