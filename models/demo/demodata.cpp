#include "demodata.h"

#include "clientdemodata.h"
#include "database.h"
#include "debtordemodata.h"
#include "factorprofileservice.h"
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
    FactorProfile factor;
    factor.name = QStringLiteral("Northgate Trade Finance GmbH");
    factor.address = QStringLiteral("Hafenstraße 12\n20457 Hamburg\nGermany");
    factor.bankName = QStringLiteral("Hamburger Handelsbank");
    factor.bankAccount = QStringLiteral("DE89370400440532013000");
    factor.email = QStringLiteral("collections@northgate-tf.example");
    factor.phone = QStringLiteral("+49 40 555 0100");
    FactorProfileService(db).setProfile(admin, factor);
    seedClients(db);
    seedDebtors(db);   // after the clients: debtors are linked to them
    seedSchedules(db); // last: buys invoices of the clients on the debtors
    SettingsRepository(db).setValue(QStringLiteral("demo"), QStringLiteral("1"));
    tx.commit();
}

} // namespace FactorDesk::DemoData
