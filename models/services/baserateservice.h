#pragma once

#include "interestcalc.h"
#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace FactorDesk {

class Database;

// One effective-dated point of a named base rate ("EURIBOR3M" in EUR: 3.25 % from 2026-03-16).
struct BaseRate
{
    QString name;
    Currency currency;
    QDate from;
    Rate rate;
    QString createdBy;
    QString createdAt;
};

// The base rates interest is charged over (docs/domain.md §2, §10): a table of rates by name
// and currency, each in force from its date until the next one's. Managers set them; everyone
// reads. A rate is never edited once set for a date that interest has been accrued on: a
// change takes effect from a date after the last end-of-day run.
class BaseRateService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::BaseRateService)
public:
    explicit BaseRateService(Database &db)
        : m_db(db)
    {}

    // Sets `name` (1–32 letters, digits, '.', '-', '_'; stored upper-case) in `currency`
    // (empty: the books' currency) to `rate` from `from`. Throws Error(Permission) unless a
    // manager, Error(Validation) for a bad name, currency or rate, Error(Conflict) when a rate
    // for that name, currency and date exists or `from` is a day the end-of-day run has done.
    void set(const Session &who, const QString &name, QDate from, Rate rate,
             const QString &currency = {});
    // Every point, by name, currency and date.
    QList<BaseRate> list() const;
    // The points of one name in one currency (empty currency: the books' currency).
    QList<BaseRatePoint> points(const QString &name, Currency currency = {}) const;
    // The rate of `name` in force on `day`; 0 before its first point or for an empty name.
    Rate rateOn(const QString &name, QDate day, Currency currency = {}) const;
    // Whether any point of `name` in `currency` exists.
    bool exists(const QString &name, Currency currency) const;
    // "EURIBOR3M" from " euribor3m ", or throws Error(Validation) naming field "name".
    static QString normalizedName(const QString &name);

private:
    Currency currencyOrBooks(Currency c) const;
    Database &m_db;
};

} // namespace FactorDesk
