#pragma once

// Hooks that only test programs and benchmarks can switch on. Every program a factoring house
// runs (factordesk, factordesk-cli) links testhooks_off.cpp, where they are constants, so no
// environment variable can weaken its password hashes or stop it half-way through an act.
// The test suite's programs link testhooks_on.cpp, which reads:
//   FACTORDESK_FAST_HASH=1          the cheapest argon2id parameters (tests create many users)
//   FACTORDESK_CRASH_AT=<point>     abort the process at a named point (crash-safety tests)
namespace FactorDesk::TestHooks {

// True when password hashes may use the cheapest parameters.
bool fastPasswordHash();
// Aborts the process when the test environment asked for a crash at `point`.
void reachPoint(const char *point);

} // namespace FactorDesk::TestHooks
