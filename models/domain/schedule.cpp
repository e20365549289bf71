#include "schedule.h"

#include "error.h"

namespace FactorDesk {

namespace {
struct ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Schedule)
};
} // namespace

QString scheduleStatusName(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Draft:
        return QStringLiteral("draft");
    case ScheduleStatus::Submitted:
        return QStringLiteral("submitted");
    case ScheduleStatus::Approved:
        return QStringLiteral("approved");
    case ScheduleStatus::Funded:
        return QStringLiteral("funded");
    case ScheduleStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString scheduleStatusTitle(ScheduleStatus status)
{
    switch (status) {
    case ScheduleStatus::Draft:
        return ScheduleText::tr("Draft");
    case ScheduleStatus::Submitted:
        return ScheduleText::tr("Submitted");
    case ScheduleStatus::Approved:
        return ScheduleText::tr("Approved");
    case ScheduleStatus::Funded:
        return ScheduleText::tr("Funded");
    case ScheduleStatus::Rejected:
        return ScheduleText::tr("Rejected");
    }
    return {};
}

ScheduleStatus parseScheduleStatus(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ScheduleStatus s :
         {ScheduleStatus::Draft, ScheduleStatus::Submitted, ScheduleStatus::Approved,
          ScheduleStatus::Funded, ScheduleStatus::Rejected})
        if (scheduleStatusName(s) == t)
            return s;
    throw Error(Error::Kind::Validation,
                ScheduleText::tr("status: \"%1\" is not one of draft, submitted, approved, funded, "
                                 "rejected.")
                    .arg(text),
                QStringLiteral("status"));
}

Money maxInvoiceAmount(Currency currency)
{
    qint64 minor = kMaxInvoiceUnits;
    for (int i = 0; i < currency.decimals(); ++i)
        minor *= 10;
    return Money::fromMinor(minor, currency);
}

bool ScheduleLine::hasIneligibleCheck() const
{
    for (const CheckResult &c : checks)
        if (c.severity == CheckSeverity::Ineligible)
            return true;
    return false;
}

bool ScheduleLine::isRefused() const
{
    for (const CheckResult &c : checks)
        if (c.isRefusal())
            return true;
    return false;
}

bool ScheduleLine::hasCheck(const QString &code) const
{
    for (const CheckResult &c : checks)
        if (c.code == code)
            return true;
    return false;
}

} // namespace FactorDesk
