// The hooks of the test programs and benchmarks (never linked into factordesk or
// factordesk-cli): read from the environment, see testhooks.h.
#include "testhooks.h"

#include <QByteArray>
#include <QtGlobal>
#include <cstdlib>

namespace FactorDesk::TestHooks {

bool fastPasswordHash()
{
    static const bool fast = qEnvironmentVariableIntValue("FACTORDESK_FAST_HASH") == 1;
    return fast;
}

void reachPoint(const char *point)
{
    static const QByteArray crashAt = qgetenv("FACTORDESK_CRASH_AT");
    if (!crashAt.isEmpty() && crashAt == point)
        std::abort();
}

} // namespace FactorDesk::TestHooks
