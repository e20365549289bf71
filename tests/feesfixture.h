#pragma once

// Books for the fee and interest working: from 2026-03-02, client ACME with 60 % advance, the
// discount tiers "1.5 % for the first 30 days, then 0.5 % per further 10 days or part" and
// interest BASE (8 %) + 2 % ACT/360 (as tst_endofday's). Purchases and receipts are posted
// straight to the journal.
#include "agreementservice.h"
#include "baserateservice.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "journalfixture.h"
#include "ledger.h"
#include "sqlquery.h"
#include "testsupport.h"

namespace FactorDesk::Test {

struct FeesFixture
{
    qint64 clientId = 0;

    explicit FeesFixture(TestBooks &books)
    {
        BusinessCalendar(books.db()).start(QDate(2026, 3, 2));
        BaseRateService(books.db())
            .set(books.manager, QStringLiteral("base"), QDate(2026, 1, 1), Rate::fromPpm(80000));
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Tools Ltd");
        clientId = ClientService(books.db()).add(books.clerk, c);
        Agreement t = AgreementService::defaults();
        t.advanceRate = Rate::fromPpm(600000);
        t.commissionRate = Rate();
        t.discountTiers = Agreement::parseTiers(QStringLiteral("30:1.5,10:0.5"));
        t.interestMargin = Rate::fromPpm(20000);
        t.baseRate = QStringLiteral("BASE");
        t.dayCount = 360;
        AgreementService(books.db()).setTerms(books.manager, clientId, QDate(2026, 1, 1), t);
    }

    // Bought on `date`: Dr 1100 face / Cr 1000 60 % / Cr 2100 40 %. Returns the invoice id.
    qint64 buy(TestBooks &books, qint64 face, QDate date) const
    {
        const qint64 invoice = seedInvoice(books.db(), face, clientId);
        JournalEntry e;
        e.date = date;
        e.currency = EUR;
        e.kind = QStringLiteral("purchase");
        e.lines = {debit(Accounts::factoredReceivables(), face),
                   credit(Accounts::bank(), face * 6 / 10),
                   credit(Accounts::clientReserves(), face * 4 / 10)};
        e.lines[0].invoiceId = invoice;
        e.lines[0].clientId = clientId;
        e.lines[2].clientId = clientId;
        JournalService(books.db()).post(books.manager, e);
        return invoice;
    }

    void collect(TestBooks &books, qint64 invoice, qint64 amount, QDate date) const
    {
        JournalEntry e;
        e.date = date;
        e.currency = EUR;
        e.kind = QStringLiteral("receipt");
        e.lines = {debit(Accounts::bank(), amount),
                   credit(Accounts::factoredReceivables(), amount)};
        e.lines[1].invoiceId = invoice;
        e.lines[1].clientId = clientId;
        JournalService(books.db()).post(books.manager, e);
    }

    static QString invoiceNo(TestBooks &books, qint64 invoice)
    {
        return SqlQuery(books.db(), QStringLiteral("SELECT invoice_no FROM invoices WHERE id = ?"))
            .bind(invoice)
            .scalar()
            .toString();
    }
};

} // namespace FactorDesk::Test
