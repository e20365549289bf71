#include "receiptposting.h"

#include "error.h"
#include "posting.h"

#include <QSet>

namespace FactorDesk {

namespace {

Money appliedTotal(const QList<CashAllocation> &applied, Currency currency)
{
    Money sum = Money::fromMinor(0, currency);
    for (const CashAllocation &a : applied)
        sum += a.amount;
    return sum;
}

// The entry belongs to a client when every invoice it touches is that client's.
qint64 commonClient(const QList<CashAllocation> &applied, const QHash<qint64, InvoiceTags> &tags)
{
    QSet<qint64> clients;
    for (const CashAllocation &a : applied)
        clients.insert(tags.value(a.invoiceId).clientId);
    return clients.size() == 1 ? *clients.begin() : 0;
}

PostingTags tagsOf(const CashAllocation &a, const QHash<qint64, InvoiceTags> &tags)
{
    const InvoiceTags t = tags.value(a.invoiceId);
    if (!t.clientId || !t.debtorId)
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("FactorDesk::PostingBuilder",
                                                "invoice %1: its client and debtor are not known.")
                        .arg(a.invoiceId));
    return PostingTags{t.clientId, t.debtorId, a.invoiceId};
}

} // namespace

JournalEntry receiptPosting(QDate date, Money amount, qint64 debtorId,
                            const QList<CashAllocation> &applied,
                            const QHash<qint64, InvoiceTags> &invoices, const QString &memo)
{
    const Currency currency = amount.currency();
    const Money rest = amount - appliedTotal(applied, currency);
    if (rest.isNegative())
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("FactorDesk::PostingBuilder",
                                                "amount: more is applied than was received."),
                    QStringLiteral("amount"));
    PostingBuilder b(date, currency, QStringLiteral("receipt"), memo);
    b.forClient(commonClient(applied, invoices));
    b.debit(Accounts::bank(), amount, memo, PostingTags{0, debtorId, 0});
    for (const CashAllocation &a : applied)
        b.credit(Accounts::factoredReceivables(), a.amount, memo, tagsOf(a, invoices));
    b.credit(Accounts::unappliedCash(), rest, memo, PostingTags{0, debtorId, 0});
    return b.build();
}

JournalEntry cashApplicationPosting(QDate date, qint64 debtorId,
                                    const QList<CashAllocation> &applied,
                                    const QHash<qint64, InvoiceTags> &invoices, const QString &memo)
{
    if (applied.isEmpty())
        throw Error(
            Error::Kind::Validation,
            QCoreApplication::translate("FactorDesk::PostingBuilder", "invoice: nothing to apply."),
            QStringLiteral("invoice"));
    const Currency currency = applied.first().amount.currency();
    PostingBuilder b(date, currency, QStringLiteral("cash_application"), memo);
    b.forClient(commonClient(applied, invoices));
    b.debit(Accounts::unappliedCash(), appliedTotal(applied, currency), memo,
            PostingTags{0, debtorId, 0});
    for (const CashAllocation &a : applied)
        b.credit(Accounts::factoredReceivables(), a.amount, memo, tagsOf(a, invoices));
    return b.build();
}

JournalEntry receiptReversalPosting(QDate date, Money amount, qint64 debtorId,
                                    const QList<CashAllocation> &applied,
                                    const QHash<qint64, InvoiceTags> &invoices, const QString &memo)
{
    const Currency currency = amount.currency();
    const Money rest = amount - appliedTotal(applied, currency);
    if (rest.isNegative())
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("FactorDesk::PostingBuilder",
                                                "amount: more is reversed than was received."),
                    QStringLiteral("amount"));
    PostingBuilder b(date, currency, QStringLiteral("receipt_reversal"), memo);
    b.forClient(commonClient(applied, invoices));
    for (const CashAllocation &a : applied)
        b.debit(Accounts::factoredReceivables(), a.amount, memo, tagsOf(a, invoices));
    b.debit(Accounts::unappliedCash(), rest, memo, PostingTags{0, debtorId, 0});
    b.credit(Accounts::bank(), amount, memo, PostingTags{0, debtorId, 0});
    return b.build();
}

} // namespace FactorDesk
