#include "posting.h"

#include "clock.h"
#include "error.h"
#include "pricing.h"

namespace FactorDesk {

PostingBuilder::PostingBuilder(QDate date, Currency currency, const QString &kind,
                               const QString &memo)
{
    m_entry.date = date;
    m_entry.currency = currency;
    m_entry.kind = kind;
    m_entry.memo = memo;
}

PostingBuilder &PostingBuilder::forClient(qint64 clientId)
{
    m_entry.clientId = clientId;
    return *this;
}

PostingBuilder &PostingBuilder::forSchedule(qint64 scheduleId)
{
    m_entry.scheduleId = scheduleId;
    return *this;
}

PostingBuilder &PostingBuilder::reverses(qint64 entryId)
{
    m_entry.reversesId = entryId;
    return *this;
}

PostingBuilder &PostingBuilder::add(const QString &account, Money debit, Money credit,
                                    const QString &memo, PostingTags tags)
{
    if (debit.isZero() && credit.isZero())
        return *this;
    JournalLine l;
    l.account = account;
    l.debit = debit;
    l.credit = credit;
    l.clientId = tags.clientId;
    l.debtorId = tags.debtorId;
    l.invoiceId = tags.invoiceId;
    l.memo = memo;
    m_entry.lines.append(l);
    return *this;
}

PostingBuilder &PostingBuilder::debit(const QString &account, Money amount, const QString &memo,
                                      PostingTags tags)
{
    return add(account, amount, Money::fromMinor(0, amount.currency()), memo, tags);
}

PostingBuilder &PostingBuilder::credit(const QString &account, Money amount, const QString &memo,
                                       PostingTags tags)
{
    return add(account, Money::fromMinor(0, amount.currency()), amount, memo, tags);
}

PostingBuilder &PostingBuilder::creditOrDebit(const QString &account, Money amount,
                                              const QString &memo, PostingTags tags)
{
    return amount.isNegative() ? debit(account, -amount, memo, tags)
                               : credit(account, amount, memo, tags);
}

JournalEntry PostingBuilder::build() const
{
    auto refuse = [this](const QString &why) {
        throw Error(Error::Kind::Validation,
                    tr("The %1 entry of %2 cannot be posted: %3")
                        .arg(m_entry.kind, isoDate(m_entry.date), why),
                    QStringLiteral("journal"));
    };
    if (!m_entry.date.isValid())
        refuse(tr("it has no date."));
    if (m_entry.kind.trimmed().isEmpty())
        refuse(tr("it has no kind."));
    if (!m_entry.currency.isValid())
        refuse(tr("it has no currency."));
    if (m_entry.lines.size() < 2)
        refuse(tr("it has fewer than two lines."));
    JournalEntry e = m_entry;
    __int128 debits = 0;
    __int128 credits = 0;
    for (JournalLine &l : e.lines) {
        if (l.account.isEmpty())
            refuse(tr("a line has no account."));
        for (const Money m : {l.debit, l.credit})
            if (!m.isZero() && !(m.currency() == e.currency))
                refuse(tr("a line of account %1 is in %2, not %3.")
                           .arg(l.account, m.currency().code(), e.currency.code()));
        if (l.debit.isNegative() || l.credit.isNegative() ||
            (l.debit.isPositive() && l.credit.isPositive()))
            refuse(tr("a line of account %1 is not one positive debit or credit.").arg(l.account));
        l.debit = l.debit.withCurrency(e.currency);
        l.credit = l.credit.withCurrency(e.currency);
        if (l.clientId == 0)
            l.clientId = e.clientId;
        debits += l.debit.minor();
        credits += l.credit.minor();
    }
    if (debits != credits)
        refuse(tr("its debits (%1) and credits (%2) differ.")
                   .arg(Money::plain(qint64(debits), e.currency.decimals()),
                        Money::plain(qint64(credits), e.currency.decimals())));
    return e;
}

JournalEntry purchasePosting(const Schedule &schedule, const QList<ScheduleLine> &lines,
                             const ScheduleTotals &totals, QDate date)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FactorDesk::PostingBuilder", text);
    };
    const Currency currency(schedule.currency);
    const auto money = [currency](qint64 v) { return Money::fromMinor(v, currency); };
    const Arrangement arrangement = schedule.agreement.arrangement;
    PostingBuilder b(
        date, currency, QStringLiteral("purchase"),
        tr("Purchase of schedule %1 from %2").arg(schedule.number, schedule.clientCode));
    b.forClient(schedule.clientId).forSchedule(schedule.id);
    for (const ScheduleLine &l : lines)
        b.debit(Accounts::factoredReceivables(), money(l.amount), l.invoiceNo,
                PostingTags{schedule.clientId, l.debtorId, l.id});
    if (arrangement != Arrangement::Maturity)
        b.creditOrDebit(Accounts::bank(), money(totals.netPayment),
                        tr("Payment to %1").arg(schedule.clientCode));
    b.creditOrDebit(Accounts::commissionIncome(), money(totals.commission), tr("Commission"));
    b.creditOrDebit(Accounts::commissionIncome(), money(totals.charges), tr("Charges"));
    b.creditOrDebit(Accounts::clientReserves(), money(Pricing::reserveCredit(totals, arrangement)),
                    arrangement == Arrangement::Maturity ? tr("Reserve and payment due at maturity")
                                                         : tr("Reserve"));
    return b.build();
}

Money fundsEmployedChange(const JournalEntry &entry)
{
    const QStringList accounts = FundsEmployed::accounts();
    Money change = Money::fromMinor(0, entry.currency);
    for (const JournalLine &l : entry.lines)
        if (accounts.contains(l.account))
            change += l.debit - l.credit;
    return change;
}

} // namespace FactorDesk
