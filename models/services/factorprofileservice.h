#pragma once

#include "session.h"

#include <QString>

namespace FactorDesk {

class Database;

// The factor's own details printed on purchase advices, notices of assignment and statements:
// name, address, the account debtors pay into, contacts.
struct FactorProfile
{
    QString name;
    QString address;
    QString bankName;
    QString bankAccount; // an IBAN (checked) or another account number
    QString email;
    QString phone;
};

// Reads and changes the factor's profile (stored as settings). Everyone reads; only
// administrators change it, with an audit record.
class FactorProfileService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::FactorProfileService)
public:
    explicit FactorProfileService(Database &db)
        : m_db(db)
    {}

    FactorProfile profile() const;
    // Throws Error(Permission) for non-administrators and Error(Validation) naming the field
    // (an empty name, a bad e-mail address). The factor's own account is read off its bank
    // statements, not typed by others: one that looks like an IBAN but fails its check is
    // kept as written (bank statements of exactly that account are accepted) and returned as
    // a warning, since a pain.001 payment file needs a valid IBAN.
    QStringList setProfile(const Session &who, const FactorProfile &profile);

private:
    Database &m_db;
};

} // namespace FactorDesk
