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

// The SQLSTATE of a PostgreSQL error (Qt gives it as the native code, and appends it to the
// text as "(40P01)"), or SQLite's result code.
QString nativeCode(const QSqlError &error)
{
    if (!error.nativeErrorCode().isEmpty())
        return error.nativeErrorCode();
    static const QRegularExpression code(QStringLiteral("\\(([0-9A-Z]{5})\\)\\s*$"));
    const auto m = code.match(error.databaseText().trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

Error storageError(const QSqlError &error, const QString &sql)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isConcurrencyFailure(error))
        return Error(Error::Kind::Busy,
                     QCoreApplication::translate("FactorDesk::SqlQuery",
                                                 "Another user changed these records at the same "
                                                 "moment; try again."));
    // Constraint failures are conflicts with stored data, not broken storage: services check
    // first and give a better sentence, this is the last line of defence.
    const QString native = nativeCode(error);
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

// On PostgreSQL a failed statement leaves its transaction aborted: the server then refuses
// everything, even freeing the prepared statements of the queries the failure unwinds through
// (Qt prints "Unable to free statement: ERROR: current transaction is aborted" for each). End
// the aborted transaction at once and open a new one that can only be rolled back
// (rollbackOnly): nothing after the failure is ever committed, and the unwinding is quiet.
Error failed(Database &db, const QSqlError &error, const QString &sql)
{
    Error e = storageError(error, sql);
    if (db.engine() == Database::Engine::PostgreSQL && db.transactionDepth() > 0) {
        QSqlQuery reset(db.connection());
        reset.exec(QStringLiteral("ROLLBACK"));
        reset.exec(QStringLiteral("BEGIN"));
        db.rollbackOnly() = true;
    }
    return e;
}

} // namespace

Error storageErrorOf(Database &db, const QSqlError &error, const QString &sql)
{
    return failed(db, error, sql);
}

namespace {

bool isReturning(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral("\\bRETURNING\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}

} // namespace

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
    , m_returning(isReturning(sql))
{
    if (db.takeStatement(sql, m_query, m_generation))
        return; // prepared before, on this connection, with the same settings
    m_query = QSqlQuery(db.connection());
    // Forward-only on SQLite only: Qt's PostgreSQL driver then streams rows one by one and
    // drops the rest of a result as soon as another statement runs on the connection, which
    // would silently cut short any loop that queries inside it.
    m_query.setForwardOnly(db.engine() == Database::Engine::SQLite);
    if (!m_query.prepare(sql))
        throw failed(db, m_query.lastError(), sql);
}

SqlQuery::~SqlQuery()
{
    if (m_query.isValid() || m_query.isActive() || !m_query.lastQuery().isEmpty())
        m_db.keepStatement(m_sql, std::move(m_query), m_generation);
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
        throw failed(m_db, m_query.lastError(), m_sql);
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

bool isConcurrencyFailure(const QSqlError &error)
{
    const QString native = nativeCode(error);
    // PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
    if (native == QLatin1String("40001") || native == QLatin1String("40P01") ||
        native == QLatin1String("55P03"))
        return true;
    // SQLite: SQLITE_BUSY and SQLITE_LOCKED, with or without their extended codes.
    bool isNumber = false;
    const int code = native.toInt(&isNumber);
    if (isNumber && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    const QString text = error.databaseText();
    return text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("deadlock detected"));
}

QString driverMessage(const QSqlError &error)
{
    QString message = cleanMessage(error.databaseText());
    if (message.isEmpty())
        message = cleanMessage(error.text());
    return message;
}

bool lockRow(Database &db, const QString &table, qint64 id)
{
    const bool postgres = db.engine() == Database::Engine::PostgreSQL;
    SqlQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE id = ?%2")
                       .arg(table, postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    return q.bind(id).scalar().isValid();
}

void execStatement(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw storageError(q.lastError(), sql);
}

} // namespace FactorDesk
