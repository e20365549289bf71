#pragma once

#include "paymenttrend.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

// One debtor's payment behaviour (docs/domain.md §9) in its main currency (the one it paid
// most in over the two windows): what was bought from it, what it paid, was credited and had
// charged back as deductions in the last 90 days and in the 90 days before, and the figures and
// trends computed from them by PaymentTrend.
struct DebtorPaymentStats
{
    qint64 debtorId = 0;
    Currency currency;
    PaymentTrend::Window last;     // the 90 days up to the business date
    PaymentTrend::Window previous; // the 90 days before

    std::optional<qint64> daysToPay() const { return last.daysToPayTenths(); }
    std::optional<qint64> previousDaysToPay() const { return previous.daysToPayTenths(); }
    std::optional<Rate> dilution() const { return last.dilution(); }
    std::optional<Rate> previousDilution() const { return previous.dilution(); }
    PaymentTrend::Trend daysTrend() const
    {
        return PaymentTrend::daysTrend(daysToPay(), previousDaysToPay());
    }
    PaymentTrend::Trend dilutionTrend() const
    {
        return PaymentTrend::dilutionTrend(dilution(), previousDilution());
    }
};

// Days to pay and dilution per debtor, read from the books: payments are the applied parts of
// receipts (receipt_applications, dated by the receipt's value date, not reversed, applied by
// the end of the as-of day), credit notes the journal lines of kind "credit_note" on factored
// receivables, purchases the purchase entries' lines on factored receivables (less their
// reversals), deductions charged back the chargebacks of disputes. Read-only, any signed-in
// user; a few grouped queries whatever the debtor count.
class DebtorStatistics
{
public:
    explicit DebtorStatistics(Database &db)
        : m_db(db)
    {}

    // Every debtor with a purchase, payment, credit note or deduction in the two windows before
    // `asOf` (invalid: today). A debtor with none of them is not in the hash.
    QHash<qint64, DebtorPaymentStats> all(QDate asOf = {}) const;
    // Only these debtors (a page of a list).
    QHash<qint64, DebtorPaymentStats> forDebtors(const QList<qint64> &debtorIds,
                                                 QDate asOf = {}) const;
    // One debtor; empty windows when it paid nothing.
    DebtorPaymentStats forDebtor(qint64 debtorId, QDate asOf = {}) const;

private:
    QHash<qint64, DebtorPaymentStats> load(QDate asOf, const QList<qint64> *debtorIds) const;

    Database &m_db;
};

} // namespace FactorDesk
