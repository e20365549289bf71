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
    if (m_entry.kind.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("kind: a journal entry needs a kind."),
                    QStringLiteral("kind"));
    checkPostable(m_entry);
    return m_entry;
}

void checkPostable(const JournalEntry &entry)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FactorDesk::PostingBuilder", text);
    };
    if (!entry.date.isValid())
        throw Error(Error::Kind::Validation, tr("date: a journal entry needs a date."),
                    QStringLiteral("date"));
    if (!entry.currency.isValid())
        throw Error(Error::Kind::Validation, tr("currency: a journal entry needs a currency."),
                    QStringLiteral("currency"));
    if (entry.lines.size() < 2)
        throw Error(Error::Kind::Validation, tr("lines: a journal entry needs at least two lines."),
                    QStringLiteral("lines"));
    Money debits = Money::fromMinor(0, entry.currency);
    Money credits = Money::fromMinor(0, entry.currency);
    for (qsizetype i = 0; i < entry.lines.size(); ++i) {
        const JournalLine &l = entry.lines[i];
        const bool debit = l.debit.isPositive() && l.credit.isZero();
        const bool credit = l.credit.isPositive() && l.debit.isZero();
        if (!debit && !credit)
            throw Error(Error::Kind::Validation,
                        tr("line %1: each line is either a positive debit or a positive credit.")
                            .arg(i + 1),
                        QStringLiteral("lines"));
        for (Money m : {l.debit, l.credit})
            if (!m.isZero() && !m.currency().isNone() && m.currency() != entry.currency)
                throw Error(Error::Kind::Validation,
                            tr("line %1: the amount is in %2 but the entry is in %3; an entry "
                               "has one currency.")
                                .arg(i + 1)
                                .arg(m.currency().code(), entry.currency.code()),
                            QStringLiteral("lines"));
        debits += l.debit.withCurrency(entry.currency);
        credits += l.credit.withCurrency(entry.currency);
    }
    if (debits != credits)
        throw Error(Error::Kind::Validation,
                    tr("lines: the entry does not balance (debits %1, credits %2).")
                        .arg(debits.toPlainString(), credits.toPlainString()),
                    QStringLiteral("lines"));
}

qint64 entryTotal(const JournalEntry &entry)
{
    Money total = Money::fromMinor(0);
    for (const JournalLine &l : entry.lines)
        total += Money::fromMinor(l.debit.minor()); // checked: throws Error(Overflow)
    return total.minor();
}

JournalEntry reversalPosting(const JournalEntry &original, QDate date, const QString &reason)
{
    PostingBuilder b(
        date, original.currency, QStringLiteral("reversal"),
        QCoreApplication::translate("FactorDesk::PostingBuilder", "Reversal of entry %1: %2")
            .arg(original.id)
            .arg(reason));
    b.forClient(original.clientId).forSchedule(original.scheduleId).reverses(original.id);
    for (const JournalLine &l : original.lines) {
        const PostingTags tags{l.clientId, l.debtorId, l.invoiceId};
        if (l.debit.isPositive())
            b.credit(l.account, l.debit, l.memo, tags);
        else
            b.debit(l.account, l.credit, l.memo, tags);
    }
    return b.build();
}

JournalEntry purchasePosting(const Schedule &schedule, const QList<ScheduleLine> &lines,
                             const ScheduleTotals &totals, QDate date)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FactorDesk::PostingBuilder", text);
    };
    const Currency currency(schedule.currency);
    const Arrangement arrangement = schedule.agreement.arrangement;
    PostingBuilder b(
        date, currency, QStringLiteral("purchase"),
        tr("Purchase of schedule %1 from %2").arg(schedule.number, schedule.clientCode));
    b.forClient(schedule.clientId).forSchedule(schedule.id);
    const PostingTags client{schedule.clientId, 0, 0};
    for (const ScheduleLine &l : lines)
        b.debit(Accounts::factoredReceivables(), l.amount, l.invoiceNo,
                PostingTags{schedule.clientId, l.debtorId, l.id});
    if (arrangement != Arrangement::Maturity)
        b.creditOrDebit(Accounts::paymentsDue(), totals.netPayment,
                        tr("Payment due to %1").arg(schedule.clientCode), client);
    b.creditOrDebit(Accounts::commissionIncome(), totals.commission, tr("Commission"), client);
    b.creditOrDebit(Accounts::chargesIncome(), totals.charges, tr("Charges"), client);
    b.creditOrDebit(Accounts::clientReserves(), Pricing::reserveCredit(totals, arrangement),
                    arrangement == Arrangement::Maturity ? tr("Reserve and payment due at maturity")
                                                         : tr("Reserve"),
                    client);
    return b.build();
}

JournalEntry clientPaymentPosting(qint64 clientId, const QString &clientCode, Money amount,
                                  QDate date, const QString &endToEndId)
{
    const QString memo =
        QCoreApplication::translate("FactorDesk::PostingBuilder", "Payment %1 to %2")
            .arg(endToEndId, clientCode);
    const PostingTags client{clientId, 0, 0};
    return PostingBuilder(date, amount.currency(), QStringLiteral("client_payment"), memo)
        .forClient(clientId)
        .debit(Accounts::paymentsDue(), amount, memo, client)
        .credit(Accounts::bank(), amount, memo, client)
        .build();
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
