#include "sqlquery.h"

#include "error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace FactorDesk {

namespace {

Error storageError(const QSqlError &error, const QString &sql)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Constraint failures are conflicts with stored data, not broken storage: services check
    // first and give a better sentence, this is the last line of defence.
    const QString native = error.nativeErrorCode();
    const bool constraint = text.contains(QLatin1String("constraint"), Qt::CaseInsensitive) ||
                            native == QLatin1String("23505") || native == QLatin1String("23503") ||
                            native == QLatin1String("23514") || native == QLatin1String("19") ||
                            native.startsWith(QLatin1String("P0")) ||
                            text.contains(QLatin1String("FactorDesk:"));
    Q_UNUSED(sql);
    return Error(constraint ? Error::Kind::Conflict : Error::Kind::Storage,
                 QCoreApplication::translate("FactorDesk::SqlQuery", "The database refused the "
                                                                     "change: %1")
                     .arg(text.trimmed()));
}

} // namespace

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
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
    if (!m_query.exec())
        throw storageError(m_query.lastError(), m_sql);
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    if (!m_query.next())
        return {};
    return m_query.value(0);
}

void execStatement(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw storageError(q.lastError(), sql);
}

} // namespace FactorDesk
