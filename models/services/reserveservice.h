#pragma once

#include "reservequery.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace FactorDesk {

class Database;

// Releases a client's reserve (docs/domain.md §12), a manager's act, in one transaction: the
// figures are recomputed as of the release date, an amount above the releasable one is
// refused, the interest accrued up to the date is posted (rounded once, DOMAIN §10), then the
// release (Dr client reserves / Cr payments due to clients, kind reserve_release), a due
// client payment for the next payment run, and the release with its figures
// (reserve_releases) for the settlement statement.
class ReserveService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ReserveService)
public:
    explicit ReserveService(Database &db)
        : m_db(db)
    {}

    // `amount` nullopt: the whole releasable amount; `date` invalid: the business date. Throws
    // Error(Permission) unless a manager, Error(NotFound) for an unknown client,
    // Error(Validation) for an amount that is not positive or not in the client's currency or
    // a date after the business date, Error(Conflict) for an amount above the releasable one
    // (nothing releasable included) or a date in a closed month.
    ReserveRelease release(const Session &who, const QString &clientCode,
                           std::optional<Money> amount = std::nullopt, QDate date = {});

private:
    Database &m_db;
};

} // namespace FactorDesk
