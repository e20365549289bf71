#include "availabilityquery.h"

#include "agreementservice.h"
#include "database.h"
#include "ledger.h"
#include "pricing.h"
#include "sqlquery.h"

namespace FactorDesk {

qint64 AvailabilityQuery::fundsEmployed(qint64 clientId, QDate asOf) const
{
    // balance() is debit minus credit: the reserve, a credit, comes back negative, so adding
    // it subtracts the reserve from the receivables.
    const JournalService journal(m_db);
    qint64 total = 0;
    for (const QString &account : FundsEmployed::accounts())
        total += journal.balance(account, asOf, clientId);
    return total;
}

qint64 AvailabilityQuery::eligibleReceivables(qint64 clientId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(CASE WHEN open_balance < "
                                    "eligible_amount THEN open_balance ELSE eligible_amount END), "
                                    "0) AS BIGINT) FROM invoices WHERE client_id = ? AND status = "
                                    "'open'"));
    return q.bind(clientId).scalar().toLongLong();
}

Availability AvailabilityQuery::availability(qint64 clientId, QDate date) const
{
    Availability a;
    a.eligibleReceivables = eligibleReceivables(clientId);
    a.fundsEmployed = fundsEmployed(clientId, date);
    if (const std::optional<Agreement> terms = AgreementService(m_db).inForce(clientId, date)) {
        a.overAdvanceLimit = terms->overAdvanceLimit;
        a.facilityLimit = terms->facilityLimit;
        a.available = Pricing::availability(*terms, a.eligibleReceivables, a.fundsEmployed);
    } else {
        a.available = -a.fundsEmployed;
    }
    return a;
}

} // namespace FactorDesk
