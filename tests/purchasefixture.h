#pragma once

// Shared set-up for the schedule UI, model and report tests: a client with the seed-003
// terms (advance 93 %, commission 2 %, notified), debtors with credit limits decided by an
// analyst, and helpers that buy invoices through the services, as the program does.

#include "agreementservice.h"
#include "clientservice.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace FactorDesk::Test {

struct PurchaseFixture
{
    qint64 clientId = 0;
    qint64 debtorA = 0; // limit 5,000,000.00
    qint64 debtorB = 0; // limit 5,000,000.00
    QDate date = QDate(2026, 3, 2);

    static qint64 addDebtor(TestBooks &books, const QString &code, const QString &name,
                            qint64 limit)
    {
        Debtor d;
        d.code = code;
        d.name = name;
        d.address = QStringLiteral("1 Market Street\n10115 Berlin");
        d.country = QStringLiteral("DE");
        const qint64 id = DebtorService(books.db()).add(books.clerk, d);
        CreditService credit(books.db());
        const qint64 request =
            credit.request(books.clerk, id, Money::fromMinor(limit), QStringLiteral("trade"));
        CreditDecision decision;
        decision.decision = Decision::Approve;
        decision.reason = QStringLiteral("good payer");
        credit.decide(books.analyst, request, decision);
        return id;
    }

    static PurchaseFixture create(TestBooks &books, bool notified = true,
                                  Arrangement arrangement = Arrangement::Advance)
    {
        PurchaseFixture f;
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Tools Ltd");
        c.address = QStringLiteral("12 Harbour Road\nHamburg");
        c.bankAccount = QStringLiteral("DE89370400440532013000");
        c.bankName = QStringLiteral("Commerzbank");
        f.clientId = ClientService(books.db()).add(books.clerk, c);
        Agreement terms = AgreementService::defaults();
        terms.arrangement = arrangement;
        terms.notification = notified;
        terms.advanceRate = Rate::fromPpm(930000);
        terms.commissionRate = Rate::fromPpm(20000);
        AgreementService(books.db()).setTerms(books.manager, f.clientId, QDate(2026, 1, 1), terms);
        f.debtorA =
            addDebtor(books, QStringLiteral("BUYER1"), QStringLiteral("Buyer One GmbH"), 500000000);
        f.debtorB =
            addDebtor(books, QStringLiteral("BUYER2"), QStringLiteral("Buyer Two AG"), 500000000);
        return f;
    }

    static ScheduleInputLine line(const QString &number, const QString &debtor,
                                  const QString &amount,
                                  const QString &invoiceDate = QStringLiteral("2026-02-20"),
                                  const QString &dueDate = QStringLiteral("2026-04-20"))
    {
        ScheduleInputLine l;
        l.invoiceNo = number;
        l.debtor = debtor;
        l.invoiceDate = invoiceDate;
        l.dueDate = dueDate;
        l.amount = amount;
        return l;
    }

    // Imports, approves and funds (beyond the availability too: these terms have no
    // over-advance line, so a second purchase goes over by the first one's commission);
    // returns the schedule id.
    qint64 buy(TestBooks &books, const QList<ScheduleInputLine> &lines) const
    {
        ScheduleImportOptions options;
        options.date = date;
        const auto imported =
            ScheduleImportService(books.db()).importLines(books.clerk, clientId, lines, options);
        const qint64 id = imported.schedule.id;
        ScheduleApprovalService(books.db()).approve(books.manager, id);
        ScheduleFundingService(books.db())
            .fund(books.manager, id, date, {},
                  FundingOptions{QStringLiteral("Test books: over the availability accepted")});
        return id;
    }
};

} // namespace FactorDesk::Test
