#include "bulkstatement.h"

#include "database.h"
#include "error.h"
#include "sqlquery.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace FactorDesk {

namespace {

// The SQLite handle under Qt's connection (Qt's driver links the same system library).
sqlite3 *sqliteHandle(Database &db)
{
    if (db.engine() != Database::Engine::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

BulkStatement::BulkStatement(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        m_query = std::make_unique<SqlQuery>(db, sql);
        return;
    }
    // Prepared once per connection and kept (with SqlQuery's): a statement writing the
    // journal compiles its guard triggers, which costs more than a row's write.
    m_stmt = db.takeNativeStatement(sql, m_generation);
    if (m_stmt)
        return;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        fail(rc);
    }
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        m_db.keepNativeStatement(m_sql, m_stmt, m_generation); // reset, or finalized
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    if (m_query) {
        m_query->bind(value);
        return *this;
    }
    const int rc = sqlite3_bind_int64(m_stmt, ++m_index, value);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &value)
{
    if (m_query) {
        m_query->bind(value);
        return *this;
    }
    static const char16_t empty = 0;
    const void *data = value.isNull() ? static_cast<const void *>(&empty) : value.utf16();
    const int rc =
        sqlite3_bind_text16(m_stmt, ++m_index, data, int(value.size() * 2), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

BulkStatement &BulkStatement::bindId(qint64 id)
{
    if (m_query) {
        m_query->bindId(id);
        return *this;
    }
    return id > 0 ? bind(id) : bindNull();
}

BulkStatement &BulkStatement::bindOptional(const QString &value)
{
    if (m_query) {
        m_query->bindOptional(value);
        return *this;
    }
    return value.isEmpty() ? bindNull() : bind(value);
}

BulkStatement &BulkStatement::bindNull()
{
    if (m_query) {
        m_query->bind(QVariant(QMetaType::fromType<QString>()));
        return *this;
    }
    const int rc = sqlite3_bind_null(m_stmt, ++m_index);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

void BulkStatement::exec()
{
    step(false, nullptr);
}

qint64 BulkStatement::execReturningId()
{
    qint64 id = 0;
    step(true, &id);
    return id;
}

void BulkStatement::step(bool wantRow, qint64 *first)
{
    if (m_query) {
        if (wantRow) {
            *first = m_query->scalar().toLongLong();
        } else {
            m_query->exec();
        }
        m_changes = m_query->numRowsAffected();
        return;
    }
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW && wantRow)
        *first = sqlite3_column_int64(m_stmt, 0);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE)
        fail(rc);
    m_changes = sqlite3_changes(sqlite3_db_handle(m_stmt));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_index = 0;
}

bool BulkStatement::next()
{
    if (m_query) {
        if (!m_started)
            m_query->exec();
        m_started = true;
        return m_query->next();
    }
    m_started = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_index = 0;
    m_started = false;
    return false;
}

qint64 BulkStatement::int64(int column) const
{
    if (m_query)
        return m_query->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}

QString BulkStatement::text(int column) const
{
    if (m_query)
        return m_query->text(column);
    const void *data = sqlite3_column_text16(m_stmt, column);
    if (!data)
        return QString();
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(static_cast<const QChar *>(data), bytes / 2);
}

bool BulkStatement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void BulkStatement::fail(int rc)
{
    sqlite3 *handle = sqliteHandle(m_db);
    const QString text = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_index = 0;
    throw storageErrorOf(
        m_db, QSqlError(QString(), text, QSqlError::StatementError, QString::number(rc)), m_sql);
}

} // namespace FactorDesk
