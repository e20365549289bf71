#include "clock.h"

#include <QRegularExpression>

namespace FactorDesk {

QDate today()
{
    const QByteArray pinned = qgetenv("FACTORDESK_TODAY");
    if (!pinned.isEmpty()) {
        const QDate d = parseIsoDate(QString::fromLatin1(pinned));
        if (d.isValid())
            return d;
    }
    return QDate::currentDate();
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString timestamp()
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!re.match(t).hasMatch())
        return {};
    return QDate::fromString(t, Qt::ISODate);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace FactorDesk
