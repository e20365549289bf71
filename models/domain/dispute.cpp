#include "dispute.h"

#include "error.h"

namespace FactorDesk {

QList<DisputeReason> DisputeReasons::all()
{
    return {
        {QStringLiteral("PRICE"), tr("Price or pricing")},
        {QStringLiteral("QUANTITY"), tr("Quantity short or over")},
        {QStringLiteral("QUALITY"), tr("Quality")},
        {QStringLiteral("DAMAGED"), tr("Damaged goods")},
        {QStringLiteral("NOT_RECEIVED"), tr("Goods not received")},
        {QStringLiteral("RETURNED"), tr("Returned goods")},
        {QStringLiteral("DISCOUNT"), tr("Discount taken")},
        {QStringLiteral("PROMOTION"), tr("Promotion or allowance")},
        {QStringLiteral("OTHER"), tr("Other")},
    };
}

std::optional<DisputeReason> DisputeReasons::find(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    for (const DisputeReason &r : all())
        if (r.code == c)
            return r;
    return std::nullopt;
}

QString disputeResolutionName(DisputeResolution r)
{
    switch (r) {
    case DisputeResolution::Paid:
        return QStringLiteral("paid");
    case DisputeResolution::Credited:
        return QStringLiteral("credited");
    case DisputeResolution::ChargedBack:
        return QStringLiteral("charged-back");
    }
    return {};
}

DisputeResolution parseDisputeResolution(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("paid"))
        return DisputeResolution::Paid;
    if (t == QLatin1String("credited"))
        return DisputeResolution::Credited;
    if (t == QLatin1String("charged-back") || t == QLatin1String("charged_back"))
        return DisputeResolution::ChargedBack;
    throw Error(Error::Kind::Validation,
                QCoreApplication::translate("FactorDesk::DisputeReasons",
                                            "resolution: \"%1\" is not paid, credited or "
                                            "charged-back.")
                    .arg(text),
                QStringLiteral("resolution"));
}

QString disputeStatusName(DisputeStatus s)
{
    switch (s) {
    case DisputeStatus::Open:
        return QStringLiteral("open");
    case DisputeStatus::Paid:
        return QStringLiteral("paid");
    case DisputeStatus::Credited:
        return QStringLiteral("credited");
    case DisputeStatus::ChargedBack:
        return QStringLiteral("charged_back");
    }
    return {};
}

std::optional<DisputeStatus> parseDisputeStatus(const QString &text)
{
    for (DisputeStatus s : {DisputeStatus::Open, DisputeStatus::Paid, DisputeStatus::Credited,
                            DisputeStatus::ChargedBack})
        if (disputeStatusName(s) == text)
            return s;
    return std::nullopt;
}

} // namespace FactorDesk
