#pragma once

#include "journal.h"
#include "schedule.h"

#include <QCoreApplication>

namespace FactorDesk {

// What a journal line is tagged with besides its account. A zero client id takes the entry's.
struct PostingTags
{
    qint64 clientId = 0;
    qint64 debtorId = 0;
    qint64 invoiceId = 0;
};

// Builds one journal entry draft from values (no SQL): date, currency, kind, memo, and lines
// of account code, debit or credit Money and tags. build() returns the entry only when it can
// be posted as it is: a valid date and a kind, at least two lines, every amount positive and
// in the entry's currency, debits equal to credits. Zero amounts are left out, so a caller
// does not test for them. Every posting of FactorDesk (purchase, receipt, fee, chargeback,
// release) goes through a builder; JournalService only stores what build() returns.
class PostingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PostingBuilder)
public:
    PostingBuilder(QDate date, Currency currency, const QString &kind, const QString &memo);

    PostingBuilder &forClient(qint64 clientId);     // the entry's client, the lines' default
    PostingBuilder &forSchedule(qint64 scheduleId); // the schedule the entry belongs to
    PostingBuilder &reverses(qint64 entryId);

    PostingBuilder &debit(const QString &account, Money amount, const QString &memo = {},
                          PostingTags tags = {});
    PostingBuilder &credit(const QString &account, Money amount, const QString &memo = {},
                           PostingTags tags = {});
    // A credit that may turn out negative (then it is posted as a debit).
    PostingBuilder &creditOrDebit(const QString &account, Money amount, const QString &memo = {},
                                  PostingTags tags = {});

    // Throws Error(Validation) naming what is wrong (unbalanced, mixed currencies, ...).
    JournalEntry build() const;

private:
    PostingBuilder &add(const QString &account, Money debit, Money credit, const QString &memo,
                        PostingTags tags);
    JournalEntry m_entry;
};

// The purchase entry of DOMAIN §7 for `lines` (the priced, purchasable lines of `schedule`,
// stored: invoice ids set) with their `totals`, dated `date`: Dr factored receivables per
// invoice (tagged client, debtor, invoice); Cr bank the net payment (not under maturity);
// Cr commission income the commission and the charges; Cr client reserves the reserve less
// the charges the advance could not carry (under maturity, plus the net payment, owed at
// maturity). Every line tagged with the client.
JournalEntry purchasePosting(const Schedule &schedule, const QList<ScheduleLine> &lines,
                             const ScheduleTotals &totals, QDate date);

// What an entry changes in its client's funds employed (FundsEmployed::accounts()).
Money fundsEmployedChange(const JournalEntry &entry);

} // namespace FactorDesk
