#include "factorprofileservice.h"

#include "auditlog.h"
#include "error.h"
#include "iban.h"
#include "settingsrepository.h"
#include "transaction.h"

#include <QJsonObject>

namespace FactorDesk {

namespace {

// The settings keys the printed documents read (reports/purchaseadvice.cpp).
const char *const kKeys[] = {"factor_name",         "factor_address", "factor_bank_name",
                             "factor_bank_account", "factor_email",   "factor_phone"};

QStringList values(const FactorProfile &p)
{
    return {p.name, p.address, p.bankName, p.bankAccount, p.email, p.phone};
}

QJsonObject toJson(const FactorProfile &p)
{
    QJsonObject o;
    const QStringList v = values(p);
    for (int i = 0; i < v.size(); ++i)
        o.insert(QLatin1String(kKeys[i]), v[i]);
    return o;
}

} // namespace

FactorProfile FactorProfileService::profile() const
{
    SettingsRepository settings(m_db);
    FactorProfile p;
    p.name = settings.value(QLatin1String(kKeys[0]));
    p.address = settings.value(QLatin1String(kKeys[1]));
    p.bankName = settings.value(QLatin1String(kKeys[2]));
    p.bankAccount = settings.value(QLatin1String(kKeys[3]));
    p.email = settings.value(QLatin1String(kKeys[4]));
    p.phone = settings.value(QLatin1String(kKeys[5]));
    return p;
}

QStringList FactorProfileService::setProfile(const Session &who, const FactorProfile &profile)
{
    who.require(Role::Admin, tr("change the factor's details"));
    FactorProfile p = profile;
    p.name = p.name.trimmed();
    p.address = p.address.trimmed();
    p.bankName = p.bankName.trimmed();
    p.email = p.email.trimmed();
    p.phone = p.phone.trimmed();
    if (p.name.isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("name: the factor's name is printed on every advice and letter; it cannot "
                       "be empty."),
                    QStringLiteral("name"));
    if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@')))
        throw Error(Error::Kind::Validation,
                    tr("email: \"%1\" is not an e-mail address.").arg(p.email),
                    QStringLiteral("email"));
    QStringList warnings;
    const Iban::Status ibanStatus = Iban::check(p.bankAccount);
    if (ibanStatus == Iban::Status::BadCheckDigits || ibanStatus == Iban::Status::BadLength) {
        warnings << tr("bank-account: %1 Kept as written: statements of exactly this account are "
                       "accepted, but payment files to clients need a valid IBAN.")
                        .arg(Iban::problem(p.bankAccount, ibanStatus));
        p.bankAccount = Iban::compact(p.bankAccount);
    } else {
        p.bankAccount = Iban::normalizeOrThrow(p.bankAccount, QStringLiteral("bank-account"));
    }

    Transaction tx(m_db);
    const FactorProfile before = this->profile();
    SettingsRepository settings(m_db);
    const QStringList v = values(p);
    for (int i = 0; i < v.size(); ++i)
        settings.setValue(QLatin1String(kKeys[i]), v[i]);
    AuditLog(m_db).record(who, QStringLiteral("settings.factor_profile"),
                          QStringLiteral("settings"), QStringLiteral("factor"), toJson(before),
                          toJson(p));
    tx.commit();
    return warnings;
}

} // namespace FactorDesk
