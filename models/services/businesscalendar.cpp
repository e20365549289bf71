#include "businesscalendar.h"

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

namespace {
const QString kKey = QStringLiteral("business_date");
}

QDate BusinessCalendar::stored() const
{
    return parseIsoDate(SettingsRepository(m_db).value(kKey));
}

QDate BusinessCalendar::today() const
{
    const QDate d = stored();
    return d.isValid() ? d : FactorDesk::today();
}

void BusinessCalendar::start(QDate date)
{
    SettingsRepository(m_db).setValue(kKey, isoDate(date.isValid() ? date : FactorDesk::today()));
}

void BusinessCalendar::moveTo(QDate date)
{
    SettingsRepository(m_db).setValue(kKey, isoDate(date));
}

QDate BusinessCalendar::parseMonth(const QString &month)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(month.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

void BusinessCalendar::closeMonth(const Session &who, const QString &month)
{
    who.require(Role::Manager, tr("close periods"));
    const QDate first = parseMonth(month);
    if (!first.isValid())
        throw Error(Error::Kind::Validation,
                    tr("month: \"%1\" is not a month; write it like 2026-03.").arg(month),
                    QStringLiteral("month"));
    const QString key = first.toString(QStringLiteral("yyyy-MM"));
    Transaction tx(m_db);
    SqlQuery have(m_db, QStringLiteral("SELECT count(*) FROM closed_periods WHERE month = ?"));
    if (have.bind(key).scalar().toLongLong() > 0)
        throw Error(Error::Kind::Conflict, tr("month: %1 is closed already.").arg(key),
                    QStringLiteral("month"));
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate business = today();
    if (business <= last)
        throw Error(Error::Kind::Conflict,
                    tr("month: %1 cannot be closed before its end-of-day runs are done (the "
                       "business date is %2; run the end of day up to %3 first).")
                        .arg(key, isoDate(business), isoDate(last)),
                    QStringLiteral("month"));
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO closed_periods (month, closed_by, closed_at) "
                                      "VALUES (?, ?, ?)"));
    ins.bind(key).bind(who.userId()).bind(timestamp()).exec();
    QJsonObject after;
    after.insert(QStringLiteral("month"), key);
    AuditLog(m_db).record(who, QStringLiteral("period.close"), QStringLiteral("period"), key, {},
                          after);
    tx.commit();
}

QList<ClosedPeriod> BusinessCalendar::closedMonths() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.month, u.username, p.closed_at FROM closed_periods "
                                    "p LEFT JOIN users u ON u.id = p.closed_by ORDER BY p.month"));
    q.exec();
    QList<ClosedPeriod> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2)});
    return out;
}

bool BusinessCalendar::isClosed(QDate day) const
{
    if (!day.isValid())
        return false;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM closed_periods WHERE month = ?"));
    return q.bind(day.toString(QStringLiteral("yyyy-MM"))).scalar().toLongLong() > 0;
}

void BusinessCalendar::refuseClosed(QDate day, const QString &field) const
{
    if (isClosed(day))
        throw Error(Error::Kind::Conflict,
                    tr("%1: %2 lies in %3, a closed month; post a correction in an open month.")
                        .arg(field, isoDate(day), day.toString(QStringLiteral("yyyy-MM"))),
                    field);
}

} // namespace FactorDesk
