#include "passwordhasher.h"

#include "error.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <sodium.h>

namespace FactorDesk::PasswordHasher {

namespace {
void ensureInit()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("FactorDesk::PasswordHasher",
                                                "The password library could not start."));
}
} // namespace

QString hash(const QString &password)
{
    ensureInit();
    const QByteArray pw = password.toUtf8();
    const bool fast = TestHooks::fastPasswordHash();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, pw.constData(), static_cast<unsigned long long>(pw.size()),
            fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Storage,
                    QCoreApplication::translate("FactorDesk::PasswordHasher",
                                                "Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    ensureInit();
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (h.isEmpty())
        return false;
    return crypto_pwhash_str_verify(h.constData(), pw.constData(),
                                    static_cast<unsigned long long>(pw.size())) == 0;
}

void checkStrength(const QString &password)
{
    if (password.size() < 4)
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("FactorDesk::PasswordHasher",
                                                "password: use at least 4 characters."),
                    QStringLiteral("password"));
}

} // namespace FactorDesk::PasswordHasher
