#include "schedulequery.h"

#include "agreementservice.h"
#include "error.h"
#include "schedulerepository.h"

namespace FactorDesk {

Schedule ScheduleQuery::schedule(qint64 scheduleId, bool withLines) const
{
    std::optional<Schedule> found = ScheduleRepository(m_db).find(scheduleId, withLines);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("There is no schedule with id %1.").arg(scheduleId));
    Schedule &s = *found;
    if (s.agreementId > 0) {
        for (const Agreement &a : AgreementService(m_db).history(s.clientId))
            if (a.id == s.agreementId)
                s.agreement = a;
    }
    s.totals.paymentDate = s.agreement.arrangement == Arrangement::Maturity
                               ? s.totals.maturityDate
                               : (s.fundingDate.isValid() ? s.fundingDate : s.date);
    return s;
}

Schedule ScheduleQuery::findByNumber(const QString &number, bool withLines) const
{
    const ScheduleRepository repository(m_db);
    const QString n = number.trimmed();
    qint64 id = repository.idOfNumber(n);
    if (id == 0) {
        // "123" finds "S-000123".
        bool digits = false;
        const qint64 value = n.toLongLong(&digits);
        if (digits && value > 0)
            id = repository.idOfNumber(QStringLiteral("S-%1").arg(value, 6, 10, QLatin1Char('0')));
    }
    if (id == 0)
        throw Error(Error::Kind::NotFound, tr("There is no schedule %1.").arg(n),
                    QStringLiteral("number"));
    return schedule(id, withLines);
}

QList<Schedule> ScheduleQuery::list(const ScheduleFilter &filter) const
{
    return ScheduleRepository(m_db).list(filter);
}

QList<qint64> ScheduleQuery::noticesOf(qint64 scheduleId) const
{
    return ScheduleRepository(m_db).noticesOf(scheduleId);
}

} // namespace FactorDesk
