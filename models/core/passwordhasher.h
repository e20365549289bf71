#pragma once

#include <QString>

namespace FactorDesk {

// Password hashing with libsodium's argon2id (crypto_pwhash_str). The parameters travel
// inside the stored string, so verification works whatever they were. FACTORDESK_FAST_HASH=1
// (set by the test suite only) uses libsodium's minimum cost to keep tests quick.
namespace PasswordHasher {
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
// Throws Error(Validation) when a new password is too weak to accept.
void checkStrength(const QString &password);
} // namespace PasswordHasher

} // namespace FactorDesk
