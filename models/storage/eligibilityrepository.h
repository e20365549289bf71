#pragma once

#include "eligibility.h"

namespace FactorDesk {

class Database;

// Reads what the eligibility rules need from the books (EligibilityInputs) in a few set
// queries. Exposure, the client's receivables and funds employed count what is bought and
// open and what approved schedules will buy (in the schedule's currency only). Of the funds
// employed only the approved schedules' rise is read here: the caller adds the journal's
// (AvailabilityQuery).
class EligibilityRepository
{
public:
    explicit EligibilityRepository(Database &db)
        : m_db(db)
    {}

    // The inputs for `lines` of `clientId`, amounts in `currency` (the client's). Invoices of
    // `excludeScheduleId` (the schedule being re-checked or funded) do not count as duplicates,
    // approval use, exposure or funds employed, and it is the schedule whose duplicates are
    // judged (the earlier stands: BookedInvoice); 0 for a schedule not stored yet.
    EligibilityInputs load(qint64 clientId, Currency currency, const Agreement &agreement,
                           QDate scheduleDate, const QList<ScheduleLine> &lines,
                           qint64 excludeScheduleId = 0, const CountApproved &count = {}) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
