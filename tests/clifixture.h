#pragma once

// What the tests of factordesk-cli share: running it on new SQLite books with administrator
// "root" (password kAdminPassword), reading its output, and posting a purchase directly
// through the library (tst_cli_books, tst_cli_users, tst_cli_journal, tst_cli_audit).

#include "database.h"
#include "error.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"
#include "userservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace FactorDesk::Test {

inline const QString kAdminPassword = QStringLiteral("secret1");
inline const QString kToday = QStringLiteral("FACTORDESK_TODAY=2026-12-31");

inline QStringList adminEnv()
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + kAdminPassword, kToday};
}

inline QStringList envFor(const QString &password)
{
    return {QStringLiteral("FACTORDESK_FAST_HASH=1"),
            QStringLiteral("FACTORDESK_PASSWORD=") + password, kToday};
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

#define CLI_EXIT(result, code) QVERIFY2((result).exitCode == (code), qPrintable(describe(result)))

inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

inline QJsonArray jsonArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("not a JSON array: %s (%s)", qPrintable(text), qPrintable(error.errorString()));
    return doc.array();
}

// Posts the seed 003 purchase for client ACME and its debtor directly through the library.
inline void postPurchase(const QString &spec, QDate date)
{
    auto db = Database::open(spec);
    UserService users(*db);
    const Session admin = users.login(QStringLiteral("root"), kAdminPassword);
    try {
        users.find(QStringLiteral("poster"));
    } catch (const Error &) {
        users.addUser(admin, QStringLiteral("poster"), {}, Role::Clerk, QStringLiteral("pwpw"));
    }
    const Session clerk = users.login(QStringLiteral("poster"), QStringLiteral("pwpw"));
    qint64 client = SqlQuery(*db, QStringLiteral("SELECT id FROM clients WHERE code = 'ACME'"))
                        .scalar()
                        .toLongLong();
    if (client == 0)
        client = SqlQuery(*db, QStringLiteral("INSERT INTO clients (code, name, created_at, "
                                              "updated_at) VALUES ('ACME', 'Acme Ltd', 'now', "
                                              "'now') RETURNING id"))
                     .scalar()
                     .toLongLong();
    qint64 debtor = SqlQuery(*db, QStringLiteral("SELECT id FROM debtors WHERE code = 'BUY'"))
                        .scalar()
                        .toLongLong();
    if (debtor == 0)
        debtor = SqlQuery(*db, QStringLiteral("INSERT INTO debtors (code, name, created_at, "
                                              "updated_at) VALUES ('BUY', 'Buyer plc', 'now', "
                                              "'now') RETURNING id"))
                     .scalar()
                     .toLongLong();
    const Currency eur(QStringLiteral("EUR"));
    JournalEntry e;
    e.date = date;
    e.currency = eur;
    e.kind = QStringLiteral("purchase");
    e.memo = QStringLiteral("Schedule 1, \"rush\"");
    e.clientId = client;
    const auto line = [&](const QString &account, qint64 d, qint64 c) {
        JournalLine l;
        l.account = account;
        l.debit = Money::fromMinor(d, eur);
        l.credit = Money::fromMinor(c, eur);
        l.clientId = client;
        l.debtorId = debtor;
        return l;
    };
    e.lines = {line(Accounts::factoredReceivables(), 100000000, 0),
               line(Accounts::bank(), 0, 93000000), line(Accounts::commissionIncome(), 0, 2000000),
               line(Accounts::clientReserves(), 0, 5000000)};
    e.lines[0].invoiceId = seedInvoice(*db, 100000000, client, debtor);
    JournalService(*db).post(clerk, e);
}

// A new SQLite database with administrator "root", made by factordesk-cli init.
inline QString newBooks(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    const CliResult r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                QStringLiteral("--admin"), QStringLiteral("root")},
                               adminEnv());
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return path;
}

} // namespace FactorDesk::Test
