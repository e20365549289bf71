#include "agreement.h"

#include "discountfee.h"

#include "error.h"

#include <QCoreApplication>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::Agreement", text);
}

const QString kTiersField = QStringLiteral("discount-tiers");

} // namespace

QString arrangementName(Arrangement a)
{
    switch (a) {
    case Arrangement::Advance:
        return QStringLiteral("advance");
    case Arrangement::Collection:
        return QStringLiteral("collection");
    case Arrangement::Maturity:
        return QStringLiteral("maturity");
    }
    return {};
}

QString arrangementTitle(Arrangement a)
{
    switch (a) {
    case Arrangement::Advance:
        return tr("Advance");
    case Arrangement::Collection:
        return tr("Collection");
    case Arrangement::Maturity:
        return tr("Maturity");
    }
    return {};
}

Arrangement parseArrangement(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (Arrangement a : {Arrangement::Advance, Arrangement::Collection, Arrangement::Maturity})
        if (t == arrangementName(a))
            return a;
    throw Error(Error::Kind::Validation,
                tr("arrangement: \"%1\" is not a payment arrangement (write advance, collection "
                   "or maturity).")
                    .arg(text),
                QStringLiteral("arrangement"));
}

QList<DiscountTier> Agreement::parseTiers(const QString &text)
{
    QList<DiscountTier> tiers;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tiers;
    const QStringList parts = trimmed.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() != 2)
            throw Error(Error::Kind::Validation,
                        tr("discount tiers: tier %1 \"%2\" is not DAYS:PERCENT (write the tiers "
                           "like 30:1.5,10:0.5).")
                            .arg(i + 1)
                            .arg(part),
                        kTiersField);
        bool ok = false;
        const QString daysText = pair[0].trimmed();
        const int days = daysText.toInt(&ok);
        bool digitsOnly = !daysText.isEmpty();
        for (QChar c : daysText)
            digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
        if (!ok || !digitsOnly || days <= 0)
            throw Error(Error::Kind::Validation,
                        tr("discount tiers: tier %1 has \"%2\" days; the days of a tier are a "
                           "whole number of at least 1.")
                            .arg(i + 1)
                            .arg(daysText),
                        kTiersField);
        const auto rate = Rate::parsePercent(pair[1]);
        if (!rate)
            throw Error(Error::Kind::Validation,
                        tr("discount tiers: tier %1 has the rate \"%2\", which is not a "
                           "percentage (write it like 1.5).")
                            .arg(i + 1)
                            .arg(pair[1].trimmed()),
                        kTiersField);
        tiers.append(DiscountTier{days, *rate});
    }
    return tiers;
}

QString Agreement::tiersToString(const QList<DiscountTier> &tiers)
{
    QStringList parts;
    for (const DiscountTier &t : tiers)
        parts << QStringLiteral("%1:%2").arg(t.days).arg(t.rate.toPercentString());
    return parts.join(QLatin1Char(','));
}

Money Agreement::discountFee(Money face, int days) const
{
    // The one tier rule lives in discountfee.cpp.
    return face.applyRate(discountRate(discountTiers, days));
}

} // namespace FactorDesk
