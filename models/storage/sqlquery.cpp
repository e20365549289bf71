#include "sqlquery.h"

#include "error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

namespace FactorDesk {

namespace {

// The server's sentence without driver decoration: PostgreSQL's "ERROR:  " prefix, CONTEXT
// lines and the "(SQLSTATE)" Qt appends; a DETAIL line is kept in brackets. Trigger messages
// start with "FactorDesk: ", which says nothing to a user.
QString cleanMessage(const QString &raw)
{
    static const QRegularExpression code(QStringLiteral("\\(([0-9A-Z]{5})\\)\\s*$"));
    QString primary;
    QString detail;
    for (QString line : raw.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        line.remove(code);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("DETAIL:"))) {
            detail = line.mid(7).trimmed();
            continue;
        }
        if (!primary.isEmpty())
            continue; // CONTEXT, HINT, LINE ...
        for (const char *prefix : {"ERROR:", "FATAL:", "FactorDesk:"})
            if (line.startsWith(QLatin1String(prefix)))
                line = line.mid(qsizetype(qstrlen(prefix))).trimmed();
        if (line.startsWith(QLatin1String("FactorDesk:")))
            line = line.mid(11).trimmed();
        primary = line;
    }
    if (!detail.isEmpty())
        primary += QStringLiteral(" (%1)").arg(detail);
    return primary;
}

Error storageError(const QSqlError &error, const QString &sql)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Constraint failures are conflicts with stored data, not broken storage: services check
    // first and give a better sentence, this is the last line of defence.
    const QString native = error.nativeErrorCode();
    const bool constraint =
        text.contains(QLatin1String("constraint"), Qt::CaseInsensitive) ||
        native.startsWith(QLatin1String("23")) || native == QLatin1String("19") ||
        native.startsWith(QLatin1String("P0")) || text.contains(QLatin1String("FactorDesk:"));
    Q_UNUSED(sql);
    QString message = cleanMessage(text);
    if (message.isEmpty())
        message = error.text().trimmed();
    return Error(constraint ? Error::Kind::Conflict : Error::Kind::Storage,
                 QCoreApplication::translate("FactorDesk::SqlQuery", "The database refused the "
                                                                     "change: %1")
                     .arg(message));
}

bool isReturning(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral("\\bRETURNING\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}

} // namespace

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
    , m_returning(isReturning(sql))
{
    // Forward-only on SQLite only: Qt's PostgreSQL driver then streams rows one by one and
    // drops the rest of a result as soon as another statement runs on the connection, which
    // would silently cut short any loop that queries inside it.
    m_query.setForwardOnly(db.engine() == Database::Engine::SQLite);
    if (!m_query.prepare(sql))
        throw storageError(m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString is still text: bind '' so NOT NULL text columns take it. Real NULLs are
    // bound through bindId/bindOptional or a typed null QVariant.
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        m_query.addBindValue(QString(QLatin1String("")));
    else
        m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindId(qint64 id)
{
    return bind(id > 0 ? QVariant::fromValue(id) : QVariant(QMetaType::fromType<qint64>()));
}

SqlQuery &SqlQuery::bindOptional(const QString &value)
{
    return bind(value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
}

SqlQuery &SqlQuery::exec()
{
    m_rows.clear();
    m_row = -1;
    if (!m_query.exec())
        throw failed();
    if (m_returning) {
        const int columns = m_query.record().count();
        while (m_query.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row.append(m_query.value(i));
            m_rows.append(row);
        }
        m_query.finish();
    }
    return *this;
}

SqlQuery::~SqlQuery()
{
    if (m_db.transactionAborted())
        m_db.keepUntilTransactionEnds(std::move(m_query));
}

Error SqlQuery::failed()
{
    if (m_db.engine() == Database::Engine::PostgreSQL && m_db.transactionDepth() > 0)
        m_db.setTransactionAborted();
    return storageError(m_query.lastError(), m_sql);
}

bool SqlQuery::next()
{
    if (!m_returning)
        return m_query.next();
    if (m_row < m_rows.size())
        ++m_row;
    return m_row < m_rows.size();
}

QVariant SqlQuery::value(int i) const
{
    if (!m_returning)
        return m_query.value(i);
    if (m_row < 0 || m_row >= m_rows.size())
        return {};
    return m_rows.at(m_row).value(i);
}

QVariant SqlQuery::scalar()
{
    exec();
    QVariant v;
    if (next())
        v = value(0);
    if (!m_returning)
        m_query.finish();
    return v;
}

QString driverMessage(const QSqlError &error)
{
    QString message = cleanMessage(error.databaseText());
    if (message.isEmpty())
        message = cleanMessage(error.text());
    return message;
}

void execStatement(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw storageError(q.lastError(), sql);
}

} // namespace FactorDesk
