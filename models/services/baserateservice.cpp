#include "baserateservice.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace FactorDesk {

QString BaseRateService::normalizedName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    const QString n = name.trimmed();
    if (!re.match(n).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("name: \"%1\" is not a base rate name (1 to 32 letters, digits, '.', '-' "
                       "or '_').")
                        .arg(n),
                    QStringLiteral("name"));
    return n.toUpper();
}

Currency BaseRateService::currencyOrBooks(Currency c) const
{
    return c.isNone() ? SettingsRepository(m_db).currency() : c;
}

void BaseRateService::set(const Session &who, const QString &name, QDate from, Rate rate,
                          const QString &currency)
{
    who.require(Role::Manager, tr("set base rates"));
    const QString n = normalizedName(name);
    if (!from.isValid())
        throw Error(Error::Kind::Validation, tr("from: a date is needed."), QStringLiteral("from"));
    if (rate.ppm() < 0 || rate.ppm() > Rate::Scale)
        throw Error(Error::Kind::Validation,
                    tr("rate: %1 % is outside 0 to 100 %.").arg(rate.toPercentString()),
                    QStringLiteral("rate"));
    Currency cur;
    if (!currency.trimmed().isEmpty()) {
        cur = Currency(currency.trimmed());
        if (!cur.isValid())
            throw Error(Error::Kind::Validation,
                        tr("currency: \"%1\" is not a three-letter currency code.").arg(currency),
                        QStringLiteral("currency"));
    }
    Transaction tx(m_db);
    cur = currencyOrBooks(cur);
    SqlQuery done(m_db, QStringLiteral("SELECT max(day) FROM eod_runs"));
    const QVariant last = done.scalar();
    if (last.isValid() && !last.isNull() && parseIsoDate(last.toString()) >= from)
        throw Error(Error::Kind::Conflict,
                    tr("from: the end of day has been run up to %1; interest already accrued "
                       "is not recomputed, so a base rate takes effect from a later date.")
                        .arg(last.toString()),
                    QStringLiteral("from"));
    SqlQuery dup(m_db, QStringLiteral("SELECT count(*) FROM base_rates WHERE name = ? AND "
                                      "currency = ? AND effective_from = ?"));
    if (dup.bind(n).bind(cur.code()).bind(isoDate(from)).scalar().toLongLong() > 0)
        throw Error(
            Error::Kind::Conflict,
            tr("from: %1 in %2 already has a rate from %3.").arg(n, cur.code(), isoDate(from)),
            QStringLiteral("from"));
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO base_rates (name, currency, effective_from, "
                                      "rate_ppm, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
                                      "?)"));
    ins.bind(n)
        .bind(cur.code())
        .bind(isoDate(from))
        .bind(rate.ppm())
        .bind(who.userId())
        .bind(timestamp())
        .exec();
    QJsonObject after;
    after.insert(QStringLiteral("name"), n);
    after.insert(QStringLiteral("currency"), cur.code());
    after.insert(QStringLiteral("from"), isoDate(from));
    after.insert(QStringLiteral("rate"), rate.toPercentString());
    AuditLog(m_db).record(who, QStringLiteral("base_rate.set"), QStringLiteral("base_rate"),
                          QStringLiteral("%1/%2@%3").arg(n, cur.code(), isoDate(from)), {}, after);
    tx.commit();
}

QList<BaseRate> BaseRateService::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT b.name, b.currency, b.effective_from, b.rate_ppm, "
                                    "u.username, b.created_at FROM base_rates b LEFT JOIN users "
                                    "u ON u.id = b.created_by ORDER BY b.name, b.currency, "
                                    "b.effective_from"));
    q.exec();
    QList<BaseRate> out;
    while (q.next())
        out.append({q.text(0), Currency(q.text(1)), parseIsoDate(q.text(2)),
                    Rate::fromPpm(q.int64(3)), q.text(4), q.text(5)});
    return out;
}

QList<BaseRatePoint> BaseRateService::points(const QString &name, Currency currency) const
{
    QList<BaseRatePoint> out;
    if (name.trimmed().isEmpty())
        return out;
    SqlQuery q(m_db, QStringLiteral("SELECT effective_from, rate_ppm FROM base_rates WHERE name "
                                    "= ? AND currency = ? ORDER BY effective_from"));
    q.bind(name.trimmed().toUpper()).bind(currencyOrBooks(currency).code()).exec();
    while (q.next())
        out.append({parseIsoDate(q.text(0)), Rate::fromPpm(q.int64(1))});
    return out;
}

Rate BaseRateService::rateOn(const QString &name, QDate day, Currency currency) const
{
    return baseRateOn(points(name, currency), day);
}

bool BaseRateService::exists(const QString &name, Currency currency) const
{
    return !points(name, currency).isEmpty();
}

} // namespace FactorDesk
