#pragma once

#include "agreement.h"
#include "client.h"
#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace FactorDesk {

class Database;

// One line of the clients overview: the client, its terms in force and its funds employed.
struct ClientOverview
{
    Client client;
    std::optional<Agreement> terms;
    Money fundsEmployed; // in the client's currency
};

// Adds, edits and looks up clients. Clerks and managers add and edit; every signed-in user
// reads (reads take no session). Each change is validated, written in one transaction and
// audited with the record before and after. Codes are unique without regard to case.
class ClientService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ClientService)
public:
    explicit ClientService(Database &db)
        : m_db(db)
    {}

    // Adds a client and returns its id. An empty currency becomes the book currency; the bank
    // account is checked as an IBAN when it looks like one and stored compact. Throws
    // Error(Permission), Error(Validation) naming the field, Error(Conflict) for a taken code.
    qint64 add(const Session &who, Client client);
    // Saves every field of `client` (found by its id). The currency can change only while the
    // client has no schedules and no journal lines.
    void update(const Session &who, Client client);
    void setStatus(const Session &who, qint64 clientId, ClientStatus status);

    // Throws Error(NotFound).
    Client get(qint64 clientId) const;
    // Case-insensitive lookup by code; nullopt when there is none.
    std::optional<Client> find(const QString &code) const;
    // Like find, but throws Error(NotFound) naming the code.
    Client byCode(const QString &code) const;
    // The id of the client with that code (case-insensitive); throws Error(NotFound).
    qint64 idOf(const QString &code) const { return byCode(code).id; }
    // All clients ordered by code; `filter` (case-insensitive) matches code or name.
    QList<Client> list(const QString &filter = {}) const;

    // Funds employed (docs/domain.md §6) at the end of `asOf`: the client's factored receivables
    // (account 1100) less its reserve (the credit balance of 2100), from the journal.
    Money fundsEmployed(qint64 clientId, QDate asOf) const; // throws NotFound
    Money fundsEmployed(const Client &client, QDate asOf) const;
    // list(filter) with each client's terms in force and funds employed on `asOf`.
    QList<ClientOverview> overview(QDate asOf, const QString &filter = {}) const;

    // Checks the fields of a client; throws Error(Validation) naming the field. Returns the
    // client as it would be stored (trimmed, compact IBAN, currency filled in).
    Client normalized(Client client) const;
    static QJsonObject toJson(const Client &client);

private:
    void checkCodeFree(const QString &code, qint64 exceptId) const;
    Database &m_db;
};

} // namespace FactorDesk
