#include "sqlquery.h"

#include "error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

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

int bindText(sqlite3_stmt *statement, int i, const QString &text)
{
    static const char16_t empty = 0;
    const void *data = text.isNull() ? static_cast<const void *>(&empty) : text.utf16();
    return sqlite3_bind_text16(statement, i, data, int(text.size() * 2), SQLITE_TRANSIENT);
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
    , m_sql(sql)
    , m_returning(isReturning(sql))
{
    if (sqlite3 *handle = db.sqliteHandle()) {
        m_stmt = db.takeNativeStatement(sql, m_generation);
        if (m_stmt)
            return;
        const QByteArray text = sql.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            failNative(rc);
        }
        if (!m_stmt || (tail && !QByteArray(tail).trimmed().isEmpty())) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            throw failed(db,
                         QSqlError(QString(),
                                   QStringLiteral("Unable to execute multiple statements at a "
                                                  "time"),
                                   QSqlError::StatementError),
                         sql);
        }
        return;
    }
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
    if (m_stmt) {
        m_db.keepNativeStatement(m_sql, m_stmt, m_generation);
        return;
    }
    if (m_query.isValid() || m_query.isActive() || !m_query.lastQuery().isEmpty())
        m_db.keepStatement(m_sql, std::move(m_query), m_generation);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (m_stmt) {
        if (m_stepped)
            resetNative();
        const int i = ++m_bindIndex;
        int rc = SQLITE_OK;
        // As Qt's SQLite driver binds them.
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i);
        } else {
            switch (value.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, i, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime:
                rc = bindText(m_stmt, i, value.toDateTime().toString(Qt::ISODateWithMs));
                break;
            case QMetaType::QTime:
                rc = bindText(m_stmt, i, value.toTime().toString(u"hh:mm:ss.zzz"));
                break;
            default:
                rc = bindText(m_stmt, i, value.toString());
                break;
            }
        }
        if (rc != SQLITE_OK)
            failNative(rc);
        return *this;
    }
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
    if (m_stmt) {
        if (m_stepped)
            sqlite3_reset(m_stmt); // run again with the same values
        m_stepped = true;
        m_bindIndex = 0;
        m_pending = m_onRow = false;
        int rc = sqlite3_step(m_stmt);
        if (m_returning) {
            const int columns = sqlite3_column_count(m_stmt);
            while (rc == SQLITE_ROW) {
                QVariantList row;
                row.reserve(columns);
                m_onRow = true;
                for (int i = 0; i < columns; ++i)
                    row.append(value(i));
                m_rows.append(row);
                rc = sqlite3_step(m_stmt);
            }
            m_onRow = false;
        }
        if (rc == SQLITE_ROW) {
            m_pending = true;
        } else if (rc == SQLITE_DONE) {
            m_changes = sqlite3_changes(sqlite3_db_handle(m_stmt));
            if (m_returning)
                sqlite3_reset(m_stmt); // the write is complete
        } else {
            failNative(rc);
        }
        return *this;
    }
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
    if (m_stmt && !m_returning) {
        if (!m_stepped)
            return false;
        if (m_pending) {
            m_pending = false;
            m_onRow = true;
            return true;
        }
        if (!m_onRow)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_onRow = false;
        if (rc != SQLITE_DONE)
            failNative(rc);
        return false;
    }
    if (!m_returning)
        return m_query.next();
    if (m_row < m_rows.size())
        ++m_row;
    return m_row < m_rows.size();
}

QVariant SqlQuery::value(int i) const
{
    if (m_stmt && (!m_returning || m_onRow)) {
        if (!m_onRow || i < 0 || i >= sqlite3_column_count(m_stmt))
            return {};
        // As Qt's SQLite driver reads them (a NULL is a null string, valid but null).
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            return QVariant::fromValue(qint64(sqlite3_column_int64(m_stmt, i)));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_stmt, i);
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)),
                              sqlite3_column_bytes(m_stmt, i));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return text(i);
        }
    }
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
    if (m_stmt) {
        if (!m_returning) {
            sqlite3_reset(m_stmt); // finished: holds no read open
            m_onRow = m_pending = false;
        }
    } else if (!m_returning) {
        m_query.finish();
    }
    return v;
}

qint64 SqlQuery::int64(int i) const
{
    if (m_stmt && !m_returning)
        return m_onRow ? sqlite3_column_int64(m_stmt, i) : 0;
    return value(i).toLongLong();
}

QString SqlQuery::text(int i) const
{
    if (m_stmt && (!m_returning || m_onRow)) {
        if (!m_onRow)
            return QString();
        const void *data = sqlite3_column_text16(m_stmt, i);
        if (!data)
            return QString();
        return QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_stmt, i) / 2);
    }
    return value(i).toString();
}

bool SqlQuery::isNull(int i) const
{
    if (m_stmt && !m_returning)
        return !m_onRow || sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
    return value(i).isNull();
}

int SqlQuery::numRowsAffected() const
{
    return m_stmt ? m_changes : m_query.numRowsAffected();
}

int SqlQuery::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : m_query.record().count();
}

void SqlQuery::finish()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        m_pending = m_onRow = false;
        m_rows.clear();
        m_row = -1;
        return;
    }
    m_query.finish();
}

void SqlQuery::resetNative()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_stepped = m_pending = m_onRow = false;
    m_bindIndex = 0;
}

void SqlQuery::failNative(int rc)
{
    sqlite3 *handle = m_db.sqliteHandle();
    const QString text = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    const int code = handle ? sqlite3_errcode(handle) : rc;
    if (m_stmt)
        resetNative();
    throw failed(m_db, QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)),
                 m_sql);
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
