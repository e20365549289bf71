#include "floorsql.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

namespace FactorDesk::Bench {

namespace {

// The order in which the program writes its tables when it approves or funds; tables not
// named here follow in the schema's order. Foreign keys are deferred to the commit, as the
// order within one transaction is the program's business, not the floor's.
const QStringList kWriteOrder = {
    QStringLiteral("invoices"),        QStringLiteral("journal_entries"),
    QStringLiteral("journal_lines"),   QStringLiteral("journal_seals"),
    QStringLiteral("client_payments"), QStringLiteral("assignment_notices"),
    QStringLiteral("schedules"),       QStringLiteral("audit_log"),
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// A value as an SQL literal of the same storage class (triggers check typeof()).
QByteArray literal(const QVariant &v)
{
    if (v.isNull())
        return "NULL";
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return "X'" + v.toByteArray().toHex() + '\'';
    default:
        return '\'' + v.toString().toUtf8().replace('\'', "''") + '\'';
    }
}

// Rows in one multi-row INSERT of the floor.
constexpr qint64 kRowsPerStatement = 500;

} // namespace

int writeFloorSql(const QString &beforePath, const QString &afterPath, const QString &outPath,
                  const Rewrite &rewrite)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    int rc = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(afterPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QFile file(outPath);
        if (!db.open() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "floor: cannot open " << afterPath << " or " << outPath << '\n';
            return 1;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("ATTACH DATABASE '%1' AS before")
                    .arg(QString(beforePath).replace(QLatin1Char('\''), QStringLiteral("''"))))) {
            err << "floor: " << q.lastError().text() << '\n';
            return 1;
        }
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name "
                              "NOT LIKE 'sqlite_%' ORDER BY rowid"));
        while (q.next())
            tables << q.value(0).toString();
        std::stable_sort(tables.begin(), tables.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &t) {
                const qsizetype i = kWriteOrder.indexOf(t);
                return i < 0 ? kWriteOrder.size() : i;
            };
            return rank(a) < rank(b);
        });

        file.write(
            "PRAGMA foreign_keys = ON;\nPRAGMA recursive_triggers = ON;\n"
            "PRAGMA synchronous = FULL;\nBEGIN IMMEDIATE;\nPRAGMA defer_foreign_keys = ON;\n");
        QStringList summary;
        int staged = 0;
        for (const QString &table : std::as_const(tables)) {
            QStringList columns;
            q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            while (q.next())
                columns << q.value(0).toString();
            const qsizetype n = columns.size();
            const bool rewritten = table == rewrite.table && !rewrite.where.isEmpty();
            QStringList same;
            QStringList select = {QStringLiteral("b.rowid IS NULL")};
            for (const QString &c : std::as_const(columns)) {
                same << QStringLiteral("a.%1 IS b.%1").arg(quoted(c));
                select << QStringLiteral("a.") + quoted(c);
            }
            for (const QString &c : std::as_const(columns))
                select << QStringLiteral("b.") + quoted(c);
            QString which = QStringLiteral("b.rowid IS NULL OR NOT (%1)")
                                .arg(same.join(QLatin1String(" AND ")));
            if (rewritten)
                which += QStringLiteral(" OR (%1)").arg(rewrite.where);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            // Rows the program added or changed (or wrote), in the order it wrote them.
            if (!rows.exec(QStringLiteral("SELECT %1, a.rowid FROM main.%2 a LEFT JOIN before.%2 b "
                                          "ON b.rowid = a.rowid WHERE %3 ORDER BY a.rowid")
                               .arg(select.join(QLatin1String(", ")), quoted(table), which))) {
                err << "floor: " << table << ": " << rows.lastError().text() << '\n';
                rc = 1;
                continue;
            }
            QByteArray columnList;
            for (qsizetype i = 0; i < n; ++i)
                columnList += (i ? ", " : "") + quoted(columns[i]).toUtf8();
            // New rows: multi-row INSERTs (the shell compiles a statement and its triggers once
            // per statement, not once per row). Changed rows: grouped by the columns that
            // changed, staged in a temporary table and written by one UPDATE ... FROM.
            QByteArray inserts;
            qint64 insertCount = 0;
            qint64 inStatement = 0;
            QMap<QList<qsizetype>, QByteArray> updates; // changed columns -> staged VALUES rows
            QMap<QList<qsizetype>, qint64> updateCount;
            qint64 changed = 0;
            const auto flushInsert = [&] {
                if (inStatement > 0)
                    inserts += ";\n";
                inStatement = 0;
            };
            while (rows.next()) {
                if (rows.value(0).toBool()) {
                    if (inStatement == 0)
                        inserts += "INSERT INTO " + quoted(table).toUtf8() + " (" + columnList +
                                   ") VALUES\n";
                    else
                        inserts += ",\n";
                    inserts += '(';
                    for (qsizetype i = 0; i < n; ++i)
                        inserts += (i ? ", " : "") + literal(rows.value(int(1 + i)));
                    inserts += ')';
                    ++insertCount;
                    if (++inStatement == kRowsPerStatement)
                        flushInsert();
                    continue;
                }
                QList<qsizetype> set;
                for (qsizetype i = 0; i < n; ++i) {
                    const QVariant now = rows.value(int(1 + i));
                    const QVariant was = rows.value(int(1 + n + i));
                    const bool differs = !(now.isNull() == was.isNull() &&
                                           now.typeId() == was.typeId() && now == was);
                    if (differs || (rewritten && rewrite.columns.contains(columns[i])))
                        set << i;
                }
                if (set.isEmpty())
                    continue;
                QByteArray &values = updates[set];
                values += values.isEmpty() ? "(" : ",\n(";
                values += QByteArray::number(rows.value(int(1 + 2 * n)).toLongLong());
                for (qsizetype i : std::as_const(set))
                    values += ", " + literal(rows.value(int(1 + i)));
                values += ')';
                ++updateCount[set];
                ++changed;
            }
            flushInsert();
            for (auto it = updates.cbegin(); it != updates.cend(); ++it) {
                const QByteArray stage = "floor_" + QByteArray::number(++staged);
                QByteArray cols = "r";
                QByteArray assign;
                for (qsizetype i : it.key()) {
                    cols += ", c" + QByteArray::number(i);
                    assign += (assign.isEmpty() ? "" : ", ") + quoted(columns[i]).toUtf8() + " = " +
                              stage + ".c" + QByteArray::number(i);
                }
                // One VALUES statement of every changed row (no compound-select limit).
                file.write("CREATE TEMP TABLE " + stage + " (" + cols + ");\nINSERT INTO " + stage +
                           " VALUES\n" + it.value() + ";\nUPDATE " + quoted(table).toUtf8() +
                           " SET " + assign + " FROM " + stage + " WHERE " +
                           quoted(table).toUtf8() + ".rowid = " + stage + ".r;\nDROP TABLE " +
                           stage + ";\n");
            }
            file.write(inserts);
            if (insertCount + changed > 0)
                summary << QStringLiteral("%1 (%2 new, %3 written)")
                               .arg(table)
                               .arg(insertCount)
                               .arg(changed);
        }
        file.write("COMMIT;\n");
        out << "floor SQL " << outPath << ": " << summary.join(QLatin1String(", ")) << '\n';
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    return rc;
}

} // namespace FactorDesk::Bench
