#include "collectionposting.h"

#include "error.h"
#include "posting.h"

namespace FactorDesk {

namespace {

QString trPosting(const char *text)
{
    return QCoreApplication::translate("FactorDesk::PostingBuilder", text);
}

// The invoices' currency and client, each invoice checked: tagged, a positive amount.
std::pair<Currency, qint64> commonOf(const QList<InvoiceAmount> &invoices)
{
    if (invoices.isEmpty())
        throw Error(Error::Kind::Validation, trPosting("invoice: name the invoice."),
                    QStringLiteral("invoice"));
    const Currency currency = invoices.first().amount.currency();
    const qint64 clientId = invoices.first().invoice.clientId;
    for (const InvoiceAmount &a : invoices) {
        if (a.invoice.invoiceId <= 0 || a.invoice.clientId <= 0 || a.invoice.debtorId <= 0)
            throw Error(Error::Kind::Validation,
                        trPosting("invoice %1: its client and debtor are not known.")
                            .arg(a.invoice.invoiceNo),
                        QStringLiteral("invoice"));
        if (a.invoice.clientId != clientId)
            throw Error(Error::Kind::Validation,
                        trPosting("invoice %1: the invoices of one entry are one client's.")
                            .arg(a.invoice.invoiceNo),
                        QStringLiteral("invoice"));
        if (!a.amount.isPositive())
            throw Error(Error::Kind::Validation,
                        trPosting("amount: the amount on invoice %1 must be more than zero.")
                            .arg(a.invoice.invoiceNo),
                        QStringLiteral("amount"));
    }
    return {currency, clientId};
}

Money totalOf(const QList<InvoiceAmount> &invoices, Currency currency)
{
    Money sum = Money::fromMinor(0, currency);
    for (const InvoiceAmount &a : invoices)
        sum += a.amount;
    return sum;
}

PostingTags tagsOf(const InvoiceRef &i)
{
    return PostingTags{i.clientId, i.debtorId, i.invoiceId};
}

void creditReceivables(PostingBuilder &b, const QList<InvoiceAmount> &invoices, const QString &memo)
{
    for (const InvoiceAmount &a : invoices)
        b.credit(Accounts::factoredReceivables(), a.amount, memo, tagsOf(a.invoice));
}

} // namespace

ChargebackSplit chargebackSplit(Money amount, Money reserve)
{
    const Money zero = Money::fromMinor(0, amount.currency());
    const Money covered = reserve.isPositive() ? reserve.withCurrency(amount.currency()) : zero;
    const Money fromReserve = covered < amount ? covered : amount;
    return ChargebackSplit{fromReserve, amount - fromReserve};
}

JournalEntry creditNotePosting(QDate date, const QList<InvoiceAmount> &invoices,
                               const QString &memo)
{
    const auto [currency, clientId] = commonOf(invoices);
    PostingBuilder b(date, currency, QStringLiteral("credit_note"), memo);
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), totalOf(invoices, currency), memo,
            PostingTags{clientId, 0, 0});
    creditReceivables(b, invoices, memo);
    return b.build();
}

JournalEntry chargebackPosting(QDate date, const QList<InvoiceAmount> &invoices, Money reserve,
                               const QString &memo)
{
    const auto [currency, clientId] = commonOf(invoices);
    const ChargebackSplit split = chargebackSplit(totalOf(invoices, currency), reserve);
    PostingBuilder b(date, currency, QStringLiteral("chargeback"), memo);
    b.forClient(clientId);
    b.debit(Accounts::clientReserves(), split.fromReserve, memo, PostingTags{clientId, 0, 0});
    b.debit(Accounts::recourseReceivable(), split.toRecourse, memo, PostingTags{clientId, 0, 0});
    creditReceivables(b, invoices, memo);
    return b.build();
}

JournalEntry buybackPaymentPosting(QDate date, qint64 clientId, Money amount, Money recourseOwed,
                                   const QString &memo)
{
    if (clientId <= 0)
        throw Error(Error::Kind::Validation, trPosting("client: name the client who pays."),
                    QStringLiteral("client"));
    if (!amount.isPositive())
        throw Error(Error::Kind::Validation, trPosting("amount: must be more than zero."),
                    QStringLiteral("amount"));
    // The recourse receivable first, like a chargeback takes the reserve first; what is paid
    // beyond it is the client's money the factor now holds.
    const ChargebackSplit split = chargebackSplit(amount, recourseOwed);
    const PostingTags client{clientId, 0, 0};
    PostingBuilder b(date, amount.currency(), QStringLiteral("buyback_payment"), memo);
    b.forClient(clientId);
    b.debit(Accounts::bank(), amount, memo, client);
    b.credit(Accounts::recourseReceivable(), split.fromReserve, memo, client);
    b.credit(Accounts::clientReserves(), split.toRecourse, memo, client);
    return b.build();
}

JournalEntry creditLossPosting(QDate date, const QList<InvoiceAmount> &invoices,
                               const QString &memo)
{
    const auto [currency, clientId] = commonOf(invoices);
    PostingBuilder b(date, currency, QStringLiteral("credit_loss"), memo);
    b.forClient(clientId);
    b.debit(Accounts::creditLosses(), totalOf(invoices, currency), memo,
            PostingTags{clientId, 0, 0});
    creditReceivables(b, invoices, memo);
    return b.build();
}

} // namespace FactorDesk
