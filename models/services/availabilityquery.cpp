#include "availabilityquery.h"

#include "agreementservice.h"
#include "clientservice.h"
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
    Money total = Money::fromMinor(0);
    for (const QString &account : FundsEmployed::accounts())
        total += Money::fromMinor(journal.balance(account, asOf, clientId)); // checked
    return total.minor();
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
    const Currency currency = ClientService(m_db).get(clientId).currency;
    const auto money = [currency](qint64 minor) { return Money::fromMinor(minor, currency); };
    Availability a;
    a.eligibleReceivables = money(eligibleReceivables(clientId));
    a.fundsEmployed = money(fundsEmployed(clientId, date));
    a.overAdvanceLimit = money(0);
    a.facilityLimit = money(0);
    a.available = -a.fundsEmployed;
    if (const std::optional<Agreement> terms = AgreementService(m_db).inForce(clientId, date)) {
        a.overAdvanceLimit = money(terms->overAdvanceLimit.minor());
        a.facilityLimit = money(terms->facilityLimit.minor());
        a.available = money(
            Pricing::availability(*terms, a.eligibleReceivables.minor(), a.fundsEmployed.minor()));
    }
    return a;
}

} // namespace FactorDesk
