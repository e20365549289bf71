#pragma once

#include "session.h"

namespace FactorDesk {

class Database;

// What every window and dialog works with: the open database and the signed-in user.
// Views call services with these; they never run SQL themselves.
struct AppContext
{
    Database *db = nullptr;
    Session session;
};

} // namespace FactorDesk
