#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

// A debtor's standing with the factor: active, blocked (no new purchases or approvals) or
// insolvent (since an insolvency date).
enum class DebtorStatus { Active, Blocked, Insolvent };
QString debtorStatusName(DebtorStatus s);  // "active"
QString debtorStatusTitle(DebtorStatus s); // translated
// Throws Error(Validation) naming the field "status" for anything else.
DebtorStatus parseDebtorStatus(const QString &text);

// A client the debtor buys from, with the optional per-client sub-limit (0: none) inside the
// debtor's factor-wide limit, in the book currency.
struct ClientLink
{
    qint64 clientId = 0;
    QString clientCode;
    QString clientName;
    Money subLimit;
    friend bool operator==(const ClientLink &, const ClientLink &) = default;
};

// The master data of one debtor (docs/domain.md §1, §5). Amounts are in the book currency.
struct Debtor
{
    qint64 id = 0;
    QString code;
    QString name;
    DebtorStatus status = DebtorStatus::Active;
    QDate insolvencyDate; // set exactly when status is Insolvent
    QString address;
    QString country;
    QString registrationNo;
    int paymentTermsDays = 30;
    QString contactEmail;
    Money creditLimit; // decided by an analyst (CreditService); read-only here; in its currency
    QDate limitReviewDate;
    QDate limitExpiryDate; // invalid: the limit does not expire
    // The end-of-day run found the limit past its expiry date: it no longer counts (status
    // "expired") until a new decision.
    bool limitExpired = false;
    QString createdAt;
    QString updatedAt;
    QList<ClientLink> clients; // filled by DebtorService::find/findByCode
};

// One line of the debtor list: the master data with the exposure beside the limit.
struct DebtorSummary
{
    qint64 id = 0;
    QString code;
    QString name;
    DebtorStatus status = DebtorStatus::Active;
    Money creditLimit;
    Money exposure;
    QDate limitReviewDate;
    bool limitExpired = false; // see Debtor::limitExpired
    // exposure ÷ limit; nullopt when there is no limit (0).
    std::optional<Rate> utilisation() const;
    bool overLimit() const { return exposure > creditLimit; }
};

// exposure ÷ limit as an exact rate rounded half-even to a ppm; nullopt when limit is 0.
std::optional<Rate> utilisationOf(Money exposure, Money limit);

} // namespace FactorDesk
