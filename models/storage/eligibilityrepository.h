#pragma once

#include "eligibility.h"

namespace FactorDesk {

class Database;

// Reads what the eligibility rules need from the books (EligibilityInputs) in a few set
// queries. The funds employed are not read here: the caller sets them from AvailabilityQuery.
class EligibilityRepository
{
public:
    explicit EligibilityRepository(Database &db)
        : m_db(db)
    {}

    // The inputs for `lines` of `clientId`, amounts in `currency` (the client's). Invoices of
    // `excludeScheduleId` (the schedule being re-checked) do not count as duplicates or
    // approval use, and it is the schedule whose duplicates are judged (the earlier stands:
    // BookedInvoice); 0 for a schedule not stored yet.
    EligibilityInputs load(qint64 clientId, Currency currency, const Agreement &agreement,
                           QDate scheduleDate, const QList<ScheduleLine> &lines,
                           qint64 excludeScheduleId = 0) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
