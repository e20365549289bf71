#pragma once

// Books with one client under agreement and debtors with credit limits, for the schedule
// tests (tst_funding, tst_cli_schedules). Everything goes through the services.

#include "agreementservice.h"
#include "clientservice.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "sqlquery.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace FactorDesk::Test {

class ScheduleBooks : public TestBooks
{
public:
    explicit ScheduleBooks(const QString &engine, Agreement terms = seed003Terms())
        : TestBooks(engine)
    {
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Ltd");
        c.currency = Currency(QStringLiteral("EUR"));
        c.bankAccount = QStringLiteral("ACCOUNT-1");
        clientId = ClientService(db()).add(manager, c);
        AgreementService(db()).setTerms(manager, clientId, QDate(2025, 1, 1), terms);
        big = addDebtor(QStringLiteral("BIG"), 200000000);   // 2,000,000.00
        small = addDebtor(QStringLiteral("SMALL"), 5000000); // 50,000.00
    }

    // 93 % advance, 2 % commission (seed 003), notified, advance arrangement.
    static Agreement seed003Terms()
    {
        Agreement a = AgreementService::defaults();
        a.advanceRate = Rate::fromPpm(930000);
        a.commissionRate = Rate::fromPpm(20000);
        a.notification = true;
        return a;
    }

    qint64 addDebtor(const QString &code, qint64 limit)
    {
        Debtor d;
        d.code = code;
        d.name = code + QStringLiteral(" Corp");
        DebtorService debtors(db());
        const qint64 id = debtors.add(clerk, d);
        debtors.linkClient(clerk, id, clientId);
        if (limit > 0) {
            CreditService credit(db());
            const qint64 req =
                credit.request(clerk, id, Money::fromMinor(limit), QStringLiteral("test"));
            CreditDecision decision;
            decision.decision = Decision::Approve;
            decision.reason = QStringLiteral("ok");
            credit.decide(analyst, req, decision);
        }
        return id;
    }

    // Writes a schedule file: header + rows.
    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return path;
    }

    qint64 count(const QString &table)
    {
        SqlQuery q(db(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.scalar().toLongLong();
    }

    qint64 clientId = 0;
    qint64 big = 0;
    qint64 small = 0;

private:
    QTemporaryDir m_files;
};

} // namespace FactorDesk::Test
