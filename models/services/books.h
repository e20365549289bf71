#pragma once

#include "money.h"
#include "session.h"

#include <QString>
#include <functional>
#include <memory>

namespace FactorDesk {

class Database;

// What new books start with: the first administrator and the currency they are kept in.
struct NewBooks
{
    QString adminName;
    QString adminPassword;
    QString adminFullName;
    QString currency; // ISO 4217; empty: the default (EUR)
};

// An open set of books: the one handle windows and commands hold on to. Opening, creating and
// the few facts every screen shows (where the books are, their currency, whether they are the
// demo books) live here, so that nothing outside models/ touches the storage layer.
class Books
{
public:
    Books(Books &&) noexcept;
    Books &operator=(Books &&) noexcept;
    ~Books();

    // Opens existing books and applies pending migrations. Throws Error: NotFound (nothing
    // there), Storage (foreign, damaged, newer, unreachable): such a file is left untouched.
    static Books open(const QString &spec);
    // Creates new books at spec in one transaction: schema, currency, first administrator and
    // then `populate` (the demo books, say), signed in as that administrator. If anything
    // fails no database is left behind. Throws Error(Conflict) when books exist there,
    // Error(Validation) for a weak password or a bad currency code.
    static Books create(const QString &spec, const NewBooks &books,
                        const std::function<void(Database &, const Session &admin)> &populate = {});
    // True when there is a database (or any SQLite file) at spec.
    static bool exists(const QString &spec);
    // Where the books are, for titles and messages; never shows a password.
    static QString displayName(const QString &spec);
    static QString displayName(Database &db);
    // The SQLite file used when no location is given.
    static QString defaultLocation();
    // The currency the books are kept in.
    static Currency currency(Database &db);
    // True for the demo books made by `init --demo`.
    static bool isDemo(Database &db);

    Database &db() { return *m_db; }
    QString displayName() const;
    int schemaVersion() const;

private:
    explicit Books(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace FactorDesk
