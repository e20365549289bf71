#include "agreementservice.h"

#include "auditlog.h"
#include "baserateservice.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "sqlquery.h"
#include "transaction.h"

namespace FactorDesk {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.client_id, a.effective_from, a.arrangement, a.recourse, a.notification, "
    "a.advance_ppm, a.commission_ppm, a.discount_tiers, a.interest_margin_ppm, a.day_count, "
    "a.min_fee, a.recourse_days, a.facility_limit, a.over_advance_limit, a.concentration_ppm, "
    "a.cross_aging_ppm, a.purchase_day_counts, a.clearance_days, a.charge_per_invoice, "
    "a.charge_per_schedule, a.charge_per_transfer, a.charge_per_credit_decision, a.penalty_ppm, "
    "a.verification_threshold, a.max_invoice_age_days, a.note, u.username, a.created_at, "
    "c.currency, a.base_rate");

// Every amount of the terms.
constexpr Money Agreement::*kAmounts[] = {
    &Agreement::minimumFee,
    &Agreement::facilityLimit,
    &Agreement::overAdvanceLimit,
    &Agreement::chargePerInvoice,
    &Agreement::chargePerSchedule,
    &Agreement::chargePerTransfer,
    &Agreement::chargePerCreditDecision,
    &Agreement::verificationThreshold,
};

// An amount shown in `currency` unless it carries its own.
Money inCurrency(Money m, Currency currency)
{
    return m.currency().isNone() ? m.withCurrency(currency) : m;
}

constexpr int kMaxTiers = 10;
constexpr int kMaxDays = 3650;

// Stored as "30:15000,10:5000": days and parts per million, so no rounding can creep in.
QString tiersToStorage(const QList<DiscountTier> &tiers)
{
    QStringList parts;
    for (const DiscountTier &t : tiers)
        parts << QStringLiteral("%1:%2").arg(t.days).arg(t.rate.ppm());
    return parts.join(QLatin1Char(','));
}

QList<DiscountTier> tiersFromStorage(const QString &text)
{
    QList<DiscountTier> tiers;
    if (text.isEmpty())
        return tiers;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() != 2)
            throw Error(Error::Kind::Storage,
                        AgreementService::tr("A stored discount fee schedule is damaged: \"%1\".")
                            .arg(text));
        tiers.append(DiscountTier{pair[0].toInt(), Rate::fromPpm(pair[1].toLongLong())});
    }
    return tiers;
}

Agreement readAgreement(const SqlQuery &q)
{
    const Currency currency(q.text(29));
    const auto money = [&](int column) { return Money::fromMinor(q.int64(column), currency); };
    Agreement a;
    a.id = q.int64(0);
    a.clientId = q.int64(1);
    a.effectiveFrom = parseIsoDate(q.text(2));
    a.arrangement = parseArrangement(q.text(3));
    a.recourse = q.int64(4) != 0;
    a.notification = q.int64(5) != 0;
    a.advanceRate = Rate::fromPpm(q.int64(6));
    a.commissionRate = Rate::fromPpm(q.int64(7));
    a.discountTiers = tiersFromStorage(q.text(8));
    a.interestMargin = Rate::fromPpm(q.int64(9));
    a.dayCount = int(q.int64(10));
    a.minimumFee = money(11);
    a.recourseDays = int(q.int64(12));
    a.facilityLimit = money(13);
    a.overAdvanceLimit = money(14);
    a.concentrationLimit = Rate::fromPpm(q.int64(15));
    a.crossAgingLimit = Rate::fromPpm(q.int64(16));
    a.purchaseDayCounts = q.int64(17) != 0;
    a.clearanceDays = int(q.int64(18));
    a.chargePerInvoice = money(19);
    a.chargePerSchedule = money(20);
    a.chargePerTransfer = money(21);
    a.chargePerCreditDecision = money(22);
    a.penaltyRate = Rate::fromPpm(q.int64(23));
    a.verificationThreshold = money(24);
    a.maxInvoiceAgeDays = int(q.int64(25));
    a.note = q.text(26);
    a.createdBy = q.text(27);
    a.createdAt = q.text(28);
    a.baseRate = q.text(30);
    return a;
}

QString yesNoPlain(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNoText(bool b)
{
    return b ? AgreementService::tr("Yes") : AgreementService::tr("No");
}

void checkRate(Rate r, const QString &key, const QString &title)
{
    if (r.ppm() < 0 || r.ppm() > Rate::Scale)
        throw Error(
            Error::Kind::Validation,
            AgreementService::tr("%1: %2 % is outside 0 to 100 %.").arg(title, r.toPercentString()),
            key);
}

// `currency` none checks only the sign. Otherwise an amount must be in `currency`; a zero
// with no currency yet is taken to be in it, any other amount must say its currency.
void checkAmount(Money m, const QString &key, const QString &title, Currency currency)
{
    if (!currency.isNone()) {
        if (m.currency().isNone() && !m.isZero())
            throw Error(
                Error::Kind::Validation,
                AgreementService::tr("%1: %2 has no currency; the client's terms are in "
                                     "%3.")
                    .arg(title, Money::plain(m.minor(), currency.decimals()), currency.code()),
                key);
        if (!m.currency().isNone() && !(m.currency() == currency))
            throw Error(Error::Kind::Validation,
                        AgreementService::tr("%1: %2 %3 is not in %4, the currency of the "
                                             "client's terms.")
                            .arg(title, m.toPlainString(), m.currency().code(), currency.code()),
                        key);
    }
    if (m.isNegative())
        throw Error(Error::Kind::Validation,
                    AgreementService::tr("%1: %2 is negative; amounts and limits are 0 or more.")
                        .arg(title, inCurrency(m, currency).toPlainString()),
                    key);
}

void checkDays(int days, int max, const QString &key, const QString &title)
{
    if (days < 0 || days > max)
        throw Error(Error::Kind::Validation,
                    AgreementService::tr("%1: %2 days is outside 0 to %3 days.")
                        .arg(title)
                        .arg(days)
                        .arg(max),
                    key);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

Agreement AgreementService::defaults()
{
    Agreement a;
    a.advanceRate = Rate::fromPpm(800000);
    a.commissionRate = Rate::fromPpm(10000);
    return a;
}

void AgreementService::validate(const Agreement &t, Currency currency)
{
    if (!t.effectiveFrom.isValid())
        throw Error(Error::Kind::Validation,
                    tr("from: a version of the terms needs the date it takes effect."),
                    QStringLiteral("from"));
    checkRate(t.advanceRate, QStringLiteral("advance"), tr("advance rate"));
    checkRate(t.commissionRate, QStringLiteral("commission"), tr("commission rate"));
    if ((t.advanceRate + t.commissionRate).ppm() > Rate::Scale)
        throw Error(Error::Kind::Validation,
                    tr("advance rate: %1 % advance and %2 % commission add up to more than 100 % "
                       "of the face value, leaving a negative reserve.")
                        .arg(t.advanceRate.toPercentString(), t.commissionRate.toPercentString()),
                    QStringLiteral("advance"));
    if (t.discountTiers.size() > kMaxTiers)
        throw Error(Error::Kind::Validation,
                    tr("discount tiers: %1 tiers given; at most %2 are allowed.")
                        .arg(t.discountTiers.size())
                        .arg(kMaxTiers),
                    QStringLiteral("discount-tiers"));
    for (qsizetype i = 0; i < t.discountTiers.size(); ++i) {
        const DiscountTier &tier = t.discountTiers[i];
        // Each tier starts where the one before ends, so the tiers ascend as long as every
        // tier covers at least one day.
        if (tier.days < 1 || tier.days > kMaxDays)
            throw Error(Error::Kind::Validation,
                        tr("discount tiers: tier %1 covers %2 days; each tier covers 1 to %3 days "
                           "and begins where the one before ends, so the tiers ascend.")
                            .arg(i + 1)
                            .arg(tier.days)
                            .arg(kMaxDays),
                        QStringLiteral("discount-tiers"));
        if (tier.rate.ppm() < 0 || tier.rate.ppm() > Rate::Scale)
            throw Error(Error::Kind::Validation,
                        tr("discount tiers: the rate %1 % of tier %2 is outside 0 to 100 %.")
                            .arg(tier.rate.toPercentString())
                            .arg(i + 1),
                        QStringLiteral("discount-tiers"));
    }
    checkRate(t.interestMargin, QStringLiteral("interest-margin"), tr("interest margin"));
    if (t.dayCount != 360 && t.dayCount != 365)
        throw Error(Error::Kind::Validation,
                    tr("day count: %1 is not a day count (use 360 for ACT/360 or 365 for "
                       "ACT/365).")
                        .arg(t.dayCount),
                    QStringLiteral("day-count"));
    checkAmount(t.minimumFee, QStringLiteral("min-fee"), tr("minimum fee"), currency);
    checkDays(t.recourseDays, kMaxDays, QStringLiteral("recourse-days"), tr("recourse period"));
    checkAmount(t.facilityLimit, QStringLiteral("facility"), tr("facility limit"), currency);
    checkAmount(t.overAdvanceLimit, QStringLiteral("over-advance"), tr("over-advance limit"),
                currency);
    checkRate(t.concentrationLimit, QStringLiteral("concentration"), tr("concentration limit"));
    checkRate(t.crossAgingLimit, QStringLiteral("cross-aging"), tr("cross-aging limit"));
    checkDays(t.clearanceDays, 30, QStringLiteral("clearance-days"), tr("clearance days"));
    checkAmount(t.chargePerInvoice, QStringLiteral("charge-per-invoice"), tr("charge per invoice"),
                currency);
    checkAmount(t.chargePerSchedule, QStringLiteral("charge-per-schedule"),
                tr("charge per schedule"), currency);
    checkAmount(t.chargePerTransfer, QStringLiteral("charge-per-transfer"),
                tr("charge per transfer"), currency);
    checkAmount(t.chargePerCreditDecision, QStringLiteral("charge-per-credit-decision"),
                tr("charge per credit decision"), currency);
    checkRate(t.penaltyRate, QStringLiteral("penalty"), tr("penalty rate"));
    checkAmount(t.verificationThreshold, QStringLiteral("verification-threshold"),
                tr("verification threshold"), currency);
    checkDays(t.maxInvoiceAgeDays, kMaxDays, QStringLiteral("max-age-days"),
              tr("maximum invoice age"));
    if (t.note.size() > 1000)
        throw Error(Error::Kind::Validation,
                    tr("note: at most 1000 characters, not %1.").arg(t.note.size()),
                    QStringLiteral("note"));
}

QString AgreementService::tiersText(const QList<DiscountTier> &tiers, const QLocale &locale)
{
    if (tiers.isEmpty())
        return tr("None");
    const auto days = [&](int n) {
        return n == 1 ? tr("1 day") : tr("%1 days").arg(locale.toString(n));
    };
    const DiscountTier &first = tiers.first();
    if (tiers.size() == 1)
        return tr("%1 per %2 or part").arg(first.rate.toLocalePercent(locale), days(first.days));
    QString s = tr("%1 for the first %2").arg(first.rate.toLocalePercent(locale), days(first.days));
    for (qsizetype i = 1; i < tiers.size(); ++i) {
        const QString rate = tiers[i].rate.toLocalePercent(locale);
        s += i == tiers.size() - 1
                 ? tr(", then %1 per further %2 or part").arg(rate, days(tiers[i].days))
                 : tr(", then %1 for the next %2").arg(rate, days(tiers[i].days));
    }
    return s;
}

QList<AgreementTerm> AgreementService::describe(const Agreement &t, Currency currency,
                                                const QLocale &locale)
{
    QList<AgreementTerm> out;
    const auto rate = [&](const QString &key, const QString &title, Rate r) {
        out << AgreementTerm{key, title, r.toPercentString(), r.toLocalePercent(locale)};
    };
    const auto amount = [&](const QString &key, const QString &title, Money value) {
        const Money m = inCurrency(value, currency);
        out << AgreementTerm{key, title, m.toPlainString(), m.toLocaleString(locale)};
    };
    const auto flag = [&](const QString &key, const QString &title, bool b) {
        out << AgreementTerm{key, title, yesNoPlain(b), yesNoText(b)};
    };
    const auto days = [&](const QString &key, const QString &title, int d) {
        out << AgreementTerm{key, title, QString::number(d), locale.toString(d)};
    };
    out << AgreementTerm{QStringLiteral("from"), tr("In force from"), isoDate(t.effectiveFrom),
                         locale.toString(t.effectiveFrom, QLocale::ShortFormat)};
    out << AgreementTerm{QStringLiteral("arrangement"), tr("Payment arrangement"),
                         arrangementName(t.arrangement), arrangementTitle(t.arrangement)};
    flag(QStringLiteral("recourse"), tr("With recourse"), t.recourse);
    flag(QStringLiteral("notification"), tr("Notified"), t.notification);
    rate(QStringLiteral("advance"), tr("Advance rate"), t.advanceRate);
    rate(QStringLiteral("commission"), tr("Commission rate"), t.commissionRate);
    out << AgreementTerm{QStringLiteral("discount-tiers"), tr("Discount fee"),
                         Agreement::tiersToString(t.discountTiers),
                         tiersText(t.discountTiers, locale)};
    rate(QStringLiteral("interest-margin"), tr("Interest margin"), t.interestMargin);
    out << AgreementTerm{QStringLiteral("base-rate"), tr("Base rate"), t.baseRate, t.baseRate};
    out << AgreementTerm{QStringLiteral("day-count"), tr("Day count"), QString::number(t.dayCount),
                         t.dayCount == 365 ? tr("ACT/365") : tr("ACT/360")};
    amount(QStringLiteral("min-fee"), tr("Minimum fee per month"), t.minimumFee);
    days(QStringLiteral("recourse-days"), tr("Recourse period (days)"), t.recourseDays);
    amount(QStringLiteral("facility"), tr("Facility limit"), t.facilityLimit);
    amount(QStringLiteral("over-advance"), tr("Over-advance limit"), t.overAdvanceLimit);
    rate(QStringLiteral("concentration"), tr("Concentration limit"), t.concentrationLimit);
    rate(QStringLiteral("cross-aging"), tr("Cross-aging limit"), t.crossAgingLimit);
    flag(QStringLiteral("purchase-day-counts"), tr("Purchase day counts"), t.purchaseDayCounts);
    days(QStringLiteral("clearance-days"), tr("Clearance days"), t.clearanceDays);
    amount(QStringLiteral("charge-per-invoice"), tr("Charge per invoice"), t.chargePerInvoice);
    amount(QStringLiteral("charge-per-schedule"), tr("Charge per schedule"), t.chargePerSchedule);
    amount(QStringLiteral("charge-per-transfer"), tr("Charge per transfer"), t.chargePerTransfer);
    amount(QStringLiteral("charge-per-credit-decision"), tr("Charge per credit decision"),
           t.chargePerCreditDecision);
    rate(QStringLiteral("penalty"), tr("Penalty rate"), t.penaltyRate);
    amount(QStringLiteral("verification-threshold"), tr("Verification threshold"),
           t.verificationThreshold);
    days(QStringLiteral("max-age-days"), tr("Maximum invoice age (days)"), t.maxInvoiceAgeDays);
    out << AgreementTerm{QStringLiteral("note"), tr("Note"), t.note, t.note};
    return out;
}

QList<TermChange> AgreementService::changes(const Agreement &before, const Agreement &after,
                                            Currency currency, const QLocale &locale)
{
    const QList<AgreementTerm> a = describe(before, currency, locale);
    const QList<AgreementTerm> b = describe(after, currency, locale);
    QList<TermChange> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].key == QLatin1String("from"))
            continue;
        if (a[i].plain != b[i].plain)
            out << TermChange{a[i].key, a[i].title, orDash(a[i].text), orDash(b[i].text)};
    }
    return out;
}

QString AgreementService::changeSummary(const std::optional<Agreement> &before,
                                        const Agreement &after, Currency currency,
                                        const QLocale &locale)
{
    if (!before)
        return tr("First version");
    QStringList parts;
    for (const TermChange &c : changes(*before, after, currency, locale))
        parts << tr("%1 %2 → %3").arg(c.title, c.before, c.after);
    if (parts.isEmpty())
        return tr("No change");
    return parts.join(QStringLiteral("; "));
}

QJsonObject AgreementService::toJson(const Agreement &t, Currency currency)
{
    QJsonObject o;
    for (const AgreementTerm &term : describe(t, currency, QLocale::c()))
        o.insert(term.key, term.plain);
    return o;
}

QList<Agreement> AgreementService::load(const QString &where, const QList<QVariant> &values) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM agreements a JOIN clients c ON c.id = "
                                    "a.client_id LEFT JOIN users u ON u.id = a.created_by "
                                    "WHERE %2")
                         .arg(kColumns, where));
    for (const QVariant &v : values)
        q.bind(v);
    q.exec();
    QList<Agreement> out;
    while (q.next())
        out << readAgreement(q);
    return out;
}

std::optional<Agreement> AgreementService::inForce(qint64 clientId, QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    const QList<Agreement> found =
        load(QStringLiteral("a.client_id = ? AND a.effective_from <= ? ORDER BY a.effective_from "
                            "DESC LIMIT 1"),
             {QVariant::fromValue(clientId), QVariant(isoDate(date))});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QHash<qint64, Agreement> AgreementService::inForceForAll(QDate date) const
{
    QHash<qint64, Agreement> out;
    if (!date.isValid())
        return out;
    // Oldest first: the last version read for a client is the one in force.
    for (Agreement &a : load(QStringLiteral("a.effective_from <= ? ORDER BY a.client_id, "
                                            "a.effective_from"),
                             {QVariant(isoDate(date))}))
        out.insert(a.clientId, std::move(a));
    return out;
}

QList<Agreement> AgreementService::history(qint64 clientId) const
{
    return load(QStringLiteral("a.client_id = ? ORDER BY a.effective_from"),
                {QVariant::fromValue(clientId)});
}

qint64 AgreementService::setTerms(const Session &who, qint64 clientId, QDate from, Agreement t)
{
    who.require(Role::Manager, tr("set agreements"));
    const Client client = ClientService(m_db).get(clientId);
    t.clientId = clientId;
    t.effectiveFrom = from;
    t.note = t.note.trimmed();
    validate(t, client.currency);
    if (!t.baseRate.trimmed().isEmpty()) {
        t.baseRate = BaseRateService::normalizedName(t.baseRate);
        if (!BaseRateService(m_db).exists(t.baseRate, client.currency))
            throw Error(Error::Kind::Validation,
                        tr("base-rate: there is no base rate %1 in %2; set it first "
                           "(base-rate set).")
                            .arg(t.baseRate, client.currency.code()),
                        QStringLiteral("base-rate"));
    }
    for (Money Agreement::*amount : kAmounts)
        t.*amount = inCurrency(t.*amount, client.currency);
    Transaction tx(m_db);
    SqlQuery latest(
        m_db, QStringLiteral("SELECT max(effective_from) FROM agreements WHERE client_id = ?"));
    const QVariant last = latest.bind(clientId).scalar();
    if (last.isValid() && !last.isNull()) {
        const QDate lastDate = parseIsoDate(last.toString());
        if (lastDate == from)
            throw Error(Error::Kind::Conflict,
                        tr("from: the terms of %1 already have a version from %2, and versions "
                           "are never edited; add a new version from a later date.")
                            .arg(client.code, isoDate(from)),
                        QStringLiteral("from"));
        if (lastDate > from)
            throw Error(Error::Kind::Conflict,
                        tr("from: the latest version of the terms of %1 starts on %2; a new "
                           "version must start after it, since a change never rewrites history.")
                            .arg(client.code, isoDate(lastDate)),
                        QStringLiteral("from"));
    }
    const std::optional<Agreement> before = inForce(clientId, from);
    t.createdBy = who.username();
    t.createdAt = timestamp();
    {
        // Scoped: SQLite refuses to commit while an INSERT ... RETURNING statement is still open.
        SqlQuery ins(
            m_db,
            QStringLiteral("INSERT INTO agreements (client_id, effective_from, arrangement, "
                           "recourse, notification, advance_ppm, commission_ppm, discount_tiers, "
                           "interest_margin_ppm, day_count, min_fee, recourse_days, "
                           "facility_limit, over_advance_limit, concentration_ppm, "
                           "cross_aging_ppm, purchase_day_counts, clearance_days, "
                           "charge_per_invoice, charge_per_schedule, charge_per_transfer, "
                           "charge_per_credit_decision, penalty_ppm, verification_threshold, "
                           "max_invoice_age_days, created_by, created_at, note, base_rate) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?) RETURNING id"));
        t.id = ins.bind(clientId)
                   .bind(isoDate(from))
                   .bind(arrangementName(t.arrangement))
                   .bind(t.recourse ? 1 : 0)
                   .bind(t.notification ? 1 : 0)
                   .bind(t.advanceRate.ppm())
                   .bind(t.commissionRate.ppm())
                   .bind(tiersToStorage(t.discountTiers))
                   .bind(t.interestMargin.ppm())
                   .bind(t.dayCount)
                   .bind(t.minimumFee.minor())
                   .bind(t.recourseDays)
                   .bind(t.facilityLimit.minor())
                   .bind(t.overAdvanceLimit.minor())
                   .bind(t.concentrationLimit.ppm())
                   .bind(t.crossAgingLimit.ppm())
                   .bind(t.purchaseDayCounts ? 1 : 0)
                   .bind(t.clearanceDays)
                   .bind(t.chargePerInvoice.minor())
                   .bind(t.chargePerSchedule.minor())
                   .bind(t.chargePerTransfer.minor())
                   .bind(t.chargePerCreditDecision.minor())
                   .bind(t.penaltyRate.ppm())
                   .bind(t.verificationThreshold.minor())
                   .bind(t.maxInvoiceAgeDays)
                   .bind(who.userId())
                   .bind(t.createdAt)
                   .bind(t.note)
                   .bind(t.baseRate)
                   .scalar()
                   .toLongLong();
    }
    AuditLog(m_db).record(who, QStringLiteral("agreement.set"), QStringLiteral("agreement"),
                          QStringLiteral("%1@%2").arg(client.code, isoDate(from)),
                          before ? toJson(*before, client.currency) : QJsonObject(),
                          toJson(t, client.currency));
    tx.commit();
    return t.id;
}

} // namespace FactorDesk
