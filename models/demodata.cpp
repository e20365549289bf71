#include "demodata.h"

#include "clientdemodata.h"
#include "database.h"
#include "debtordemodata.h"
#include "scheduledemodata.h"
#include "session.h"
#include "settingsrepository.h"
#include "transaction.h"
#include "userservice.h"

namespace FactorDesk::DemoData {

void seed(Database &db, const Session &admin)
{
    Transaction tx(db);
    UserService users(db);
    users.addUser(admin, QStringLiteral("clerk"), QStringLiteral("Carla Clerk"), Role::Clerk,
                  password());
    users.addUser(admin, QStringLiteral("analyst"), QStringLiteral("Anna Analyst"), Role::Analyst,
                  password());
    users.addUser(admin, QStringLiteral("manager"), QStringLiteral("Max Manager"), Role::Manager,
                  password());
    seedClients(db);
    seedDebtors(db); // after the clients: debtors are linked to them
    seedSchedules(db); // last: buys invoices of the clients on the debtors
    SettingsRepository(db).setValue(QStringLiteral("demo"), QStringLiteral("1"));
    tx.commit();
}

} // namespace FactorDesk::DemoData
