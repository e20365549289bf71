// The audit trail: one record per change, append-only in the database, and a hash chain that
// names the first edited or removed record, on both engines.
#include "auditlog.h"
#include "error.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "userservice.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

JournalEntry smallEntry(qint64 minor = 100)
{
    const Currency eur(QStringLiteral("EUR"));
    JournalEntry e;
    e.date = QDate(2026, 3, 2);
    e.currency = eur;
    e.kind = QStringLiteral("manual");
    e.lines = {{Accounts::bank(), Money::fromMinor(minor, eur), Money(), 0, 0, 0, {}},
               {Accounts::commissionIncome(), Money(), Money::fromMinor(minor, eur), 0, 0, 0, {}}};
    return e;
}

bool rawExec(Database &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

// Lifts the append-only protection the way someone with direct access to the database could.
void dropProtection(Database &db)
{
    if (db.engine() == Database::Engine::SQLite) {
        QVERIFY(rawExec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(rawExec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    } else {
        QVERIFY(rawExec(db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")));
    }
}

QList<qint64> ids(Database &db)
{
    QList<qint64> out;
    SqlQuery q(db, QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    q.exec();
    while (q.next())
        out << q.int64(0);
    return out;
}

} // namespace

class tst_Audit : public QObject
{
    Q_OBJECT
private slots:
    void everyChangeIsRecorded_data() { addEngineRows(); }
    void everyChangeIsRecorded();
    void cleanChainVerifies_data() { addEngineRows(); }
    void cleanChainVerifies();
    void appendOnly_data() { addEngineRows(); }
    void appendOnly();
    void tamper_data();
    void tamper();
    void listFilters_data() { addEngineRows(); }
    void listFilters();
};

void tst_Audit::everyChangeIsRecorded()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    UserService users(books.db());
    JournalService journal(books.db());
    AuditLog audit(books.db());
    AuditFilter all;
    all.limit = 1000;
    // Books: first admin + four users.
    QList<AuditRecord> records = audit.list(books.admin, all);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.last().action, QStringLiteral("user.create"));
    QCOMPARE(records.last().username, QStringLiteral("system"));
    QCOMPARE(records.last().entityId, QStringLiteral("admin"));
    QCOMPARE(records.first().username, QStringLiteral("admin"));

    const qint64 clerkId = users.find(QStringLiteral("clerk")).id;
    users.setRoles(books.admin, clerkId, Roles(Role::Clerk) | Role::Analyst);
    users.setActive(books.admin, clerkId, false);
    users.setActive(books.admin, clerkId, true);
    users.resetPassword(books.admin, clerkId, QStringLiteral("abcd"));
    users.setFullName(books.admin, clerkId, QStringLiteral("Carla C."));
    const qint64 entry = journal.post(books.manager, smallEntry());
    journal.reverse(books.manager, entry, QDate(2026, 3, 3), QStringLiteral("typo"));

    records = audit.list(books.admin, all);
    QStringList actions;
    for (qsizetype i = records.size() - 6; i >= 0; --i)
        actions << records[i].action;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("user.roles"), QStringLiteral("user.disable"),
                          QStringLiteral("user.enable"), QStringLiteral("user.password_reset"),
                          QStringLiteral("user.edit"), QStringLiteral("journal.post"),
                          QStringLiteral("journal.post")}));
    // Before and after of a role change.
    const AuditRecord roles = records[records.size() - 6];
    QCOMPARE(roles.entity, QStringLiteral("user"));
    QCOMPARE(roles.entityId, QStringLiteral("clerk"));
    QCOMPARE(QJsonDocument::fromJson(roles.before.toUtf8())
                 .object()
                 .value(QStringLiteral("roles"))
                 .toString(),
             QStringLiteral("clerk"));
    QCOMPARE(QJsonDocument::fromJson(roles.after.toUtf8())
                 .object()
                 .value(QStringLiteral("roles"))
                 .toString(),
             QStringLiteral("clerk,analyst"));
    // The journal post names the entry, its total and the poster.
    const AuditRecord post = records[1];
    QCOMPARE(post.entityId, QString::number(entry));
    QCOMPARE(post.username, QStringLiteral("manager"));
    QVERIFY2(post.after.contains(QLatin1String("\"total\":\"1.00\"")), qPrintable(post.after));
    QCOMPARE(records.first().entity, QStringLiteral("journal_entry"));
    QVERIFY(records.first().after.contains(QLatin1String("reversal")));
    QVERIFY(!records.first().at.isEmpty());
    // A refused change leaves no record.
    const qsizetype before = records.size();
    QVERIFY_THROWS_EXCEPTION(Error, users.setActive(books.admin, books.admin.userId(), false));
    QVERIFY_THROWS_EXCEPTION(Error, journal.post(books.analyst, smallEntry()));
    QCOMPARE(audit.list(books.admin, all).size(), before);
}

void tst_Audit::cleanChainVerifies()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    for (int i = 1; i <= 5; ++i)
        journal.post(books.clerk, smallEntry(i * 100));
    const AuditLog::Verification v = AuditLog(books.db()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 10);
    QCOMPARE(v.firstBadId, 0);
    QVERIFY(v.problem.isEmpty());
    // The chain links each record to the one before it.
    const QList<AuditRecord> records = AuditLog(books.db()).list(books.admin, {});
    for (qsizetype i = 0; i + 1 < records.size(); ++i)
        QCOMPARE(records[i].prevHash, records[i + 1].hash);
    QCOMPARE(records.last().prevHash, QString(64, QLatin1Char('0')));
    QCOMPARE(AuditLog::computeHash(records.first()), records.first().hash);
    // An empty trail verifies too.
    ScratchDatabase scratch(engine);
    auto empty = Database::create(scratch.spec());
    QVERIFY(AuditLog(*empty).verify().ok);
    QCOMPARE(AuditLog(*empty).verify().checked, 0);
}

void tst_Audit::appendOnly()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    Database &db = books.db();
    const QList<qint64> before = ids(db);
    QString error;
    QVERIFY(!rawExec(
        db, QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE id = %1").arg(before[2]),
        &error));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
    QVERIFY(!rawExec(db, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(before[2])));
    QVERIFY(!rawExec(db, QStringLiteral("DELETE FROM audit_log")));
    if (engine == QLatin1String("postgres"))
        QVERIFY(!rawExec(db, QStringLiteral("TRUNCATE audit_log")));
    try {
        SqlQuery(db, QStringLiteral("UPDATE audit_log SET username = ? WHERE id = ?"))
            .bind(QStringLiteral("nobody"))
            .bind(before[0])
            .exec();
        QFAIL("updated the audit log");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
    QCOMPARE(ids(db), before);
    QVERIFY(AuditLog(db).verify().ok);
}

void tst_Audit::tamper_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("how");
    for (const char *engine : {"sqlite", "postgres"})
        for (const char *how : {"edit data", "edit user", "edit time", "delete middle",
                                "delete first", "reorder hashes"})
            QTest::addRow("%s: %s", engine, how)
                << QString::fromLatin1(engine) << QString::fromLatin1(how);
}

void tst_Audit::tamper()
{
    QFETCH(QString, engine);
    QFETCH(QString, how);
    TestBooks books(engine);
    JournalService journal(books.db());
    for (int i = 1; i <= 3; ++i)
        journal.post(books.clerk, smallEntry(i * 100));
    Database &db = books.db();
    const QList<qint64> all = ids(db);
    QCOMPARE(all.size(), 8);
    const qint64 target = all[5]; // the first journal post
    dropProtection(db);
    if (QTest::currentTestFailed())
        return;
    qint64 expected = target;
    if (how == QLatin1String("edit data")) {
        QVERIFY(rawExec(db, QStringLiteral("UPDATE audit_log SET after_data = replace(after_data, "
                                           "'1.00', '9.00') WHERE id = %1")
                                .arg(target)));
    } else if (how == QLatin1String("edit user")) {
        QVERIFY(rawExec(
            db,
            QStringLiteral("UPDATE audit_log SET username = 'manager' WHERE id = %1").arg(target)));
    } else if (how == QLatin1String("edit time")) {
        QVERIFY(rawExec(db, QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' "
                                           "WHERE id = %1")
                                .arg(target)));
    } else if (how == QLatin1String("delete middle")) {
        QVERIFY(rawExec(db, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(target)));
        expected = all[6];
    } else if (how == QLatin1String("delete first")) {
        QVERIFY(rawExec(db, QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(all[0])));
        expected = all[1];
    } else if (how == QLatin1String("reorder hashes")) {
        // Recomputing one record's hash after an edit still breaks the link to the next one.
        AuditRecord r = AuditLog(db).list(books.admin, {}).at(all.size() - 1 - 5);
        QCOMPARE(r.id, target);
        r.after = QStringLiteral("{}");
        const QString forged = AuditLog::computeHash(r);
        QVERIFY(rawExec(db, QStringLiteral("UPDATE audit_log SET after_data = '{}', hash = '%1' "
                                           "WHERE id = %2")
                                .arg(forged)
                                .arg(target)));
        expected = all[6];
    }
    const AuditLog::Verification v = AuditLog(db).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadId, expected);
    QVERIFY2(v.problem.contains(QString::number(expected)), qPrintable(v.problem));
}

void tst_Audit::listFilters()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    JournalService journal(books.db());
    journal.post(books.clerk, smallEntry());
    AuditLog audit(books.db());
    AuditFilter byUser;
    byUser.username = QStringLiteral("clerk");
    QCOMPARE(audit.list(books.admin, byUser).size(), 1);
    AuditFilter byEntity;
    byEntity.entity = QStringLiteral("user");
    QCOMPARE(audit.list(books.admin, byEntity).size(), 5);
    AuditFilter byText;
    byText.text = QStringLiteral("ANNA");
    QCOMPARE(audit.list(books.admin, byText).size(), 1);
    AuditFilter limited;
    limited.limit = 2;
    const QList<AuditRecord> page = audit.list(books.admin, limited);
    QCOMPARE(page.size(), 2);
    AuditFilter next;
    next.beforeId = page.last().id;
    QCOMPARE(audit.list(books.admin, next).size(), 4);
    AuditFilter future;
    future.from = QDate(2999, 1, 1);
    QCOMPARE(audit.list(books.admin, future).size(), 0);
    AuditFilter past;
    past.to = QDate(2000, 1, 1);
    QCOMPARE(audit.list(books.admin, past).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
