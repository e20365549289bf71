#pragma once

#include "money.h"

#include <QString>

namespace FactorDesk {

class Database;

// Key/value settings stored in the database (the book currency, the demo flag, number
// sequences). Storage only: services decide who may change what.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {}
    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);
    // The currency the books are kept in.
    Currency currency() const;
    bool isDemo() const;
    // Next value of a named counter ("schedule", ...), inside the caller's transaction.
    qint64 nextSequence(const QString &name);

private:
    Database &m_db;
};

} // namespace FactorDesk
