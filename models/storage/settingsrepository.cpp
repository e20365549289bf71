#include "settingsrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace FactorDesk {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    const QVariant v = q.bind(key).scalar();
    return v.isValid() ? v.toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery up(m_db, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    up.bind(value).bind(key).exec();
    if (up.numRowsAffected() == 0) {
        SqlQuery ins(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        ins.bind(key).bind(value).exec();
    }
}

Currency SettingsRepository::currency() const
{
    return Currency(value(QStringLiteral("currency"), QStringLiteral("EUR")));
}

bool SettingsRepository::isDemo() const
{
    return value(QStringLiteral("demo")) == QLatin1String("1");
}

qint64 SettingsRepository::nextSequence(const QString &name)
{
    const QString key = QStringLiteral("seq.") + name;
    const qint64 next = value(key, QStringLiteral("0")).toLongLong() + 1;
    setValue(key, QString::number(next));
    return next;
}

} // namespace FactorDesk
