#include "monthendcharges.h"

#include "error.h"
#include "posting.h"

#include <QCoreApplication>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::MonthEndCharges", text);
}

} // namespace

QDate recourseDate(QDate due, int recourseDays)
{
    return due.addDays(recourseDays);
}

bool penaltyAccrues(QDate due, int recourseDays, QDate day)
{
    return due.isValid() && day > recourseDate(due, recourseDays);
}

PenaltyDay penaltyDay(QDate date, Money openAmount, Rate rate, DayCount basis)
{
    return {date, openAmount, rate, basis, ExactInterest::ofDay(openAmount, rate, basis)};
}

void sumPenalty(InvoicePenalty &penalty)
{
    ExactInterest sum;
    for (const PenaltyDay &d : penalty.days)
        sum += d.amount;
    penalty.exactTotal = sum;
    penalty.total = sum.rounded(Rounding::HalfEven);
}

JournalEntry penaltyPosting(QDate date, qint64 clientId, Currency currency,
                            const QList<InvoiceCharge> &penalties, const QString &month)
{
    Money total = Money::fromMinor(0, currency);
    int invoices = 0;
    for (const InvoiceCharge &p : penalties) {
        if (p.amount.isZero())
            continue;
        total += p.amount;
        ++invoices;
    }
    if (total.isZero())
        throw Error(Error::Kind::Validation, tr("There is no penalty to post."));
    PostingBuilder b(date, currency, QStringLiteral("penalty"),
                     tr("Penalty interest after the recourse date for %1").arg(month));
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), total,
            QCoreApplication::translate("FactorDesk::MonthEndCharges", "%n invoice(s)", nullptr,
                                        invoices),
            PostingTags{clientId, 0, 0});
    b.credit(Accounts::chargesIncome(), total, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

MinimumFeeWorking minimumFeeTopUp(Money minimum, Money discountFees, Money interest)
{
    MinimumFeeWorking w{minimum, discountFees, interest, Money::fromMinor(0, minimum.currency())};
    const Money charged = discountFees + interest;
    if (charged < minimum)
        w.topUp = minimum - charged;
    return w;
}

JournalEntry minimumFeePosting(QDate date, qint64 clientId, const MinimumFeeWorking &w,
                               const QString &month)
{
    const QString memo = tr("Minimum fee %1 for %2: discount fees %3 and interest %4 charged")
                             .arg(w.minimum.toPlainString(), month, w.discountFees.toPlainString(),
                                  w.interest.toPlainString());
    PostingBuilder b(date, w.topUp.currency(), QStringLiteral("minimum_fee"), memo);
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), w.topUp, {}, PostingTags{clientId, 0, 0});
    b.credit(Accounts::chargesIncome(), w.topUp, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

JournalEntry chargePosting(QDate date, qint64 clientId, Currency currency,
                           const QList<InvoiceCharge> &items, const QString &memo)
{
    PostingBuilder b(date, currency, QStringLiteral("charge"), memo);
    b.forClient(clientId);
    Money total = Money::fromMinor(0, currency);
    for (const InvoiceCharge &c : items) {
        if (c.amount.isZero())
            continue;
        b.debit(Accounts::clientReserves(), c.amount, c.memo,
                PostingTags{clientId, 0, c.invoiceId});
        total += c.amount;
    }
    if (total.isZero())
        throw Error(Error::Kind::Validation, tr("There is no charge to post."));
    b.credit(Accounts::chargesIncome(), total, {}, PostingTags{clientId, 0, 0});
    return b.build();
}

} // namespace FactorDesk
