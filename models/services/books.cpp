#include "books.h"

#include "database.h"
#include "error.h"
#include "passwordhasher.h"
#include "settingsrepository.h"
#include "userservice.h"

#include <QCoreApplication>

namespace FactorDesk {

Books::Books(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

Books::Books(Books &&) noexcept = default;
Books &Books::operator=(Books &&) noexcept = default;
Books::~Books() = default;

Books Books::open(const QString &spec)
{
    return Books(Database::open(spec));
}

Books Books::create(const QString &spec, const NewBooks &books,
                    const std::function<void(Database &, const Session &)> &populate)
{
    QString currency;
    if (!books.currency.isEmpty()) {
        const Currency c(books.currency);
        if (!c.isValid())
            throw Error(Error::Kind::Validation,
                        QCoreApplication::translate("FactorDesk::Books",
                                                    "Currency: \"%1\" is not a three-letter code.")
                            .arg(books.currency),
                        QStringLiteral("currency"));
        currency = c.code();
    }
    PasswordHasher::checkStrength(books.adminPassword);
    // Database::create refuses an existing file or a non-empty PostgreSQL database, leaving
    // it unchanged, and removes what it made when anything below throws.
    return Books(Database::create(spec, [&](Database &fresh) {
        if (!currency.isEmpty())
            SettingsRepository(fresh).setValue(QStringLiteral("currency"), currency);
        UserService users(fresh);
        users.createFirstAdmin(books.adminName, books.adminPassword, books.adminFullName);
        if (populate)
            populate(fresh, users.login(books.adminName, books.adminPassword));
    }));
}

bool Books::exists(const QString &spec)
{
    return Database::exists(spec);
}

QString Books::displayName(const QString &spec)
{
    return DatabaseLocation::parse(spec).displayName();
}

QString Books::displayName(Database &db)
{
    return db.displayName();
}

QString Books::defaultLocation()
{
    return DatabaseLocation::defaultPath();
}

Currency Books::currency(Database &db)
{
    return SettingsRepository(db).currency();
}

bool Books::isDemo(Database &db)
{
    return SettingsRepository(db).isDemo();
}

QString Books::displayName() const
{
    return m_db->displayName();
}

int Books::schemaVersion() const
{
    return m_db->schemaVersion();
}

} // namespace FactorDesk
