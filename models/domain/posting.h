#pragma once

#include "journal.h"
#include "schedule.h"

#include <QCoreApplication>

namespace FactorDesk {

// What a journal line is tagged with besides its account (0: not tagged).
struct PostingTags
{
    qint64 clientId = 0;
    qint64 debtorId = 0;
    qint64 invoiceId = 0;
};

// Builds one journal entry draft from values (no SQL): date, currency, kind, memo, and lines
// of account code, debit or credit Money and tags. build() returns the entry only when it can
// be posted as it is: a kind, and what checkPostable() asks (a date, at least two lines, every
// amount positive and in the entry's currency, debits equal to credits). Zero amounts are left out,
// so a caller does not test for them. Every posting of FactorDesk (purchase, receipt, fee,
// chargeback, release) goes through a builder; JournalService only stores what build() returns.
class PostingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PostingBuilder)
public:
    PostingBuilder(QDate date, Currency currency, const QString &kind, const QString &memo);

    PostingBuilder &forClient(qint64 clientId);     // the client the entry belongs to
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

// The purchase entry of docs/domain.md §7 for `lines` (the priced, purchasable lines of `schedule`,
// stored: invoice ids set) with their `totals`, dated `date`: Dr factored receivables per
// invoice (tagged client, debtor, invoice); Cr payments due to clients the net payment (not
// under maturity: a payment run sends it, Dr payments due / Cr bank); Cr commission income the
// commission; Cr charges income the charges; Cr client reserves the reserve less
// the charges the advance could not carry (under maturity, plus the net payment, owed at
// maturity). Every line tagged with the client.
JournalEntry purchasePosting(const Schedule &schedule, const QList<ScheduleLine> &lines,
                             const ScheduleTotals &totals, QDate date);

// A payment to a client sent by a payment run (docs/domain.md §7): Dr payments due to clients /
// Cr bank `amount`, kind client_payment, dated `date`, both lines tagged with the client; the
// memo names the payment by its end-to-end id.
JournalEntry clientPaymentPosting(qint64 clientId, const QString &clientCode, Money amount,
                                  QDate date, const QString &endToEndId);

// The mirror of `original` (every debit a credit and the reverse, tags kept) dated `date`,
// pointing at it (docs/domain.md §7: posted entries are never edited, only reversed).
JournalEntry reversalPosting(const JournalEntry &original, QDate date, const QString &reason);

// Throws Error(Validation) unless `entry` can be posted as it is: a date and a currency, at
// least two lines, each one positive debit or one positive credit in the entry's currency,
// debits equal to credits. The one statement of what a postable entry is: build() and
// JournalService::post() both ask it.
void checkPostable(const JournalEntry &entry);
// The sum of the debits of an entry (minor units).
qint64 entryTotal(const JournalEntry &entry);

// What an entry changes in its client's funds employed (FundsEmployed::accounts()).
Money fundsEmployedChange(const JournalEntry &entry);

} // namespace FactorDesk
