#pragma once

#include "schedule.h"

#include <QDate>

namespace FactorDesk {

class Database;

// The balances of docs/domain.md §6 that the purchase rules and the screens ask for, each computed
// in this one place: funds employed from the journal (FundsEmployed::accounts()), eligible
// receivables from the open invoices, availability through Pricing::availability.
class AvailabilityQuery
{
public:
    explicit AvailabilityQuery(Database &db)
        : m_db(db)
    {}

    // Open factored receivables − reserve balance of the client, as of the end of `asOf`.
    qint64 fundsEmployed(qint64 clientId, QDate asOf) const;
    // The eligible part of the client's open invoices (never more than their open balance).
    qint64 eligibleReceivables(qint64 clientId) const;
    // The client's availability as of `date` under the terms in force then (none: minus the
    // funds employed), in the client's currency.
    Availability availability(qint64 clientId, QDate date) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
