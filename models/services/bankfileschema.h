#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace FactorDesk {

// Checks a bank file against its published ISO 20022 schema (libxml2, the schemas compiled into
// the program). Real banks' files often fail their own schema, so a finding is a warning shown
// with the import, never a refusal: what can be read safely is read by CamtReader either way.
class BankFileSchema
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::BankFileSchema)
public:
    // `version` as CamtReader gives it ("camt.053.001.04"). Empty when the file is valid; else
    // up to `limit` findings ("line 12: ..."), and a note when the schema of that version is not
    // among those kept.
    static QStringList check(const QByteArray &data, const QString &version, int limit = 5);
    // The versions whose schemas are kept.
    static QStringList versions();
};

} // namespace FactorDesk
