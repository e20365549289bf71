#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>

namespace FactorDesk {

// The result of one eligibility check on one invoice line (docs/domain.md §4.2), as data: a stable
// code, a severity, the part of the face it makes ineligible and the figures of its reason.
// Nothing here is a sentence; checkText() writes the sentence in the user's language and
// locale when the result is shown.

// How a check result bears on the line: Info (e.g. approval code matched), Warning (needs
// attention, does not reduce the eligible amount: verification required, approval code not
// matched), Ineligible (reduces the eligible amount by `amount`; a manager may override).
enum class CheckSeverity { Info, Warning, Ineligible };
QString checkSeverityName(CheckSeverity severity); // "info", "warning", "ineligible"
CheckSeverity parseCheckSeverity(const QString &text);

// Stable check codes (stored in invoices.check_codes, shown in CSV/JSON).
namespace CheckCode {
// same invoice no twice in the schedule
inline QString duplicateInFile()
{
    return QStringLiteral("duplicate_in_file");
}
// same client + invoice no in the books
inline QString duplicateInvoiceNo()
{
    return QStringLiteral("duplicate_invoice_no");
}
// same debtor, date and amount: in the file (param line) or in the books
inline QString duplicateDebtorDateAmount()
{
    return QStringLiteral("duplicate_debtor_date_amount");
}
inline QString debtorBlocked()
{
    return QStringLiteral("debtor_blocked");
}
inline QString debtorInsolvent()
{
    return QStringLiteral("debtor_insolvent");
}
// no limit, limit expired (param expiry) or in another currency (params limit_currency,
// currency)
inline QString debtorNoLimit()
{
    return QStringLiteral("debtor_no_limit");
}
// excess only
inline QString overCreditLimit()
{
    return QStringLiteral("over_credit_limit");
}
// per-client sub-limit, excess only
inline QString overSubLimit()
{
    return QStringLiteral("over_sub_limit");
}
inline QString tooOld()
{
    return QStringLiteral("too_old");
}
inline QString pastDue()
{
    return QStringLiteral("past_due");
}
inline QString crossAged()
{
    return QStringLiteral("cross_aged");
}
// excess only
inline QString concentration()
{
    return QStringLiteral("concentration");
}
// excess only
inline QString overFacility()
{
    return QStringLiteral("over_facility");
}
// warning on the line; funding is refused until the verification is recorded
// (invoice_verifications) or a manager overrides it with a reason
inline QString verificationRequired()
{
    return QStringLiteral("verification_required");
}
// info
inline QString approvalMatched()
{
    return QStringLiteral("approval_matched");
}
// warning; param reason says why (unknown, other_party, status, expired, ship_window, exhausted)
inline QString approvalNotMatched()
{
    return QStringLiteral("approval_not_matched");
}
// info, after an override
inline QString overridden()
{
    return QStringLiteral("overridden");
}

// The one list of checks no override can lift: buying the same invoice twice
// (duplicate_in_file, duplicate_invoice_no).
bool isOverridable(const QString &code);
} // namespace CheckCode

struct CheckResult
{
    QString code;
    CheckSeverity severity = CheckSeverity::Info;
    Money amount; // Ineligible: the part of the face it makes ineligible (line currency)
    // The figures of the reason in canonical text: amounts plain in the line's currency
    // ("1234.56"), dates ISO, rates as percent ("25"), counts and codes as they are.
    QMap<QString, QString> params;
    // Only for lines stored before schema 5: the English sentence stored then, shown as is.
    QString legacyMessage;
    friend bool operator==(const CheckResult &, const CheckResult &) = default;

    QString param(const QString &key) const { return params.value(key); }
    bool isRefusal() const
    {
        return severity == CheckSeverity::Ineligible && !CheckCode::isOverridable(code);
    }
};

// The reason of a check in the user's language, with amounts, dates and rates formatted in
// `locale` (amounts in `currency`'s decimals).
QString checkText(const CheckResult &check, Currency currency, const QLocale &locale = QLocale());

// The stored form: a compact JSON list [{"code":"over_credit_limit","severity":"ineligible",
// "amount":"500.00","debtor":"BIG",...}], written by hand (it is written for every line of a
// big import).
QString checksToJson(const QList<CheckResult> &checks);
// Reads checksToJson's form (amounts in `currency`).
QList<CheckResult> checksFromJson(const QString &text, Currency currency);
// Reads the form stored before schema 5 ({"code","severity","message","amount": minor units}).
QList<CheckResult> legacyChecksFromJson(const QString &text, Currency currency);

} // namespace FactorDesk
