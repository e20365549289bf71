#include "painwriter.h"

#include "error.h"

#include <QXmlStreamWriter>

namespace FactorDesk {

namespace {

constexpr int kMaxId = 35;
constexpr int kMaxText = 140;

// The amount with its currency's decimals and no grouping ("1234.50", "1000" for JPY).
QString amountText(qint64 minor, Currency currency)
{
    return Money::plain(minor, currency.decimals());
}

QString text140(const QString &text)
{
    return text.simplified().left(kMaxText);
}

struct Group
{
    Currency currency;
    QList<const PainTransfer *> transfers;
    qint64 total = 0;
};

} // namespace

QStringList PainWriter::versions()
{
    return {QStringLiteral("pain.001.001.03"), QStringLiteral("pain.001.001.09")};
}

QString PainWriter::paymentInfoId(const QString &messageId, const Currency &currency)
{
    return messageId + QLatin1Char('-') + currency.code();
}

QByteArray PainWriter::write(const PainMessage &m)
{
    const auto invalid = [](const QString &text) {
        return Error(Error::Kind::Validation, text, QStringLiteral("payment file"));
    };
    if (!versions().contains(m.version))
        throw invalid(tr("%1 is not a pain.001 version this program writes (%2).")
                          .arg(m.version, versions().join(QStringLiteral(", "))));
    const bool v09 = m.version == QLatin1String("pain.001.001.09");
    if (m.transfers.isEmpty())
        throw invalid(tr("A payment file needs at least one payment."));
    // The payment information id adds "-CCC" to the message id.
    if (m.messageId.isEmpty() || m.messageId.size() > kMaxId - 4)
        throw invalid(tr("The message id \"%1\" is empty or too long.").arg(m.messageId));
    if (m.debtor.iban.isEmpty())
        throw invalid(tr("The debtor of a payment file needs an IBAN."));

    QList<Group> groups;
    qint64 grandTotalCount = 0;
    for (const PainTransfer &t : m.transfers) {
        if (!t.amount.isPositive() || !t.amount.currency().isValid())
            throw invalid(tr("Payment %1: the amount must be more than zero and in a currency.")
                              .arg(t.endToEndId));
        if (t.endToEndId.isEmpty() || t.endToEndId.size() > kMaxId)
            throw invalid(tr("The end-to-end id \"%1\" is empty or too long.").arg(t.endToEndId));
        if (t.creditor.iban.isEmpty())
            throw invalid(tr("Payment %1: the creditor has no IBAN.").arg(t.endToEndId));
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group &g) { return g.currency == t.amount.currency(); });
        if (it == groups.end()) {
            groups.append(Group{t.amount.currency(), {}, 0});
            it = groups.end() - 1;
        }
        it->transfers.append(&t);
        it->total = (Money::fromMinor(it->total) + Money::fromMinor(t.amount.minor())).minor();
        ++grandTotalCount;
    }

    // CtrlSum of the group header adds amounts of all currencies, as the standard asks: a
    // check figure, not an amount of money. Summed in the largest number of decimals.
    int maxDecimals = 0;
    for (const Group &g : std::as_const(groups))
        maxDecimals = std::max(maxDecimals, g.currency.decimals());
    Money controlSum = Money::fromMinor(0);
    for (const Group &g : std::as_const(groups)) {
        qint64 scaled = g.total;
        for (int i = g.currency.decimals(); i < maxDecimals; ++i)
            if (__builtin_mul_overflow(scaled, qint64(10), &scaled))
                throw invalid(tr("The payments of the file add up to more than it can hold."));
        controlSum += Money::fromMinor(scaled);
    }

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:") + m.version);
    w.writeStartElement(QStringLiteral("Document"));
    w.writeStartElement(QStringLiteral("CstmrCdtTrfInitn"));

    w.writeStartElement(QStringLiteral("GrpHdr"));
    w.writeTextElement(QStringLiteral("MsgId"), m.messageId);
    w.writeTextElement(QStringLiteral("CreDtTm"),
                       m.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(grandTotalCount));
    w.writeTextElement(QStringLiteral("CtrlSum"), Money::plain(controlSum.minor(), maxDecimals));
    w.writeStartElement(QStringLiteral("InitgPty"));
    w.writeTextElement(QStringLiteral("Nm"), text140(m.debtor.name));
    w.writeEndElement(); // InitgPty
    w.writeEndElement(); // GrpHdr

    for (const Group &g : std::as_const(groups)) {
        const bool sepa = g.currency.code() == QLatin1String("EUR");
        w.writeStartElement(QStringLiteral("PmtInf"));
        w.writeTextElement(QStringLiteral("PmtInfId"), paymentInfoId(m.messageId, g.currency));
        w.writeTextElement(QStringLiteral("PmtMtd"), QStringLiteral("TRF"));
        w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(g.transfers.size()));
        w.writeTextElement(QStringLiteral("CtrlSum"), amountText(g.total, g.currency));
        if (sepa) {
            w.writeStartElement(QStringLiteral("PmtTpInf"));
            w.writeStartElement(QStringLiteral("SvcLvl"));
            w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("SEPA"));
            w.writeEndElement();
            w.writeEndElement();
        }
        const QString day = m.executionDate.toString(Qt::ISODate);
        if (v09) {
            w.writeStartElement(QStringLiteral("ReqdExctnDt"));
            w.writeTextElement(QStringLiteral("Dt"), day);
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("ReqdExctnDt"), day);
        }
        w.writeStartElement(QStringLiteral("Dbtr"));
        w.writeTextElement(QStringLiteral("Nm"), text140(m.debtor.name));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("DbtrAcct"));
        w.writeStartElement(QStringLiteral("Id"));
        w.writeTextElement(QStringLiteral("IBAN"), m.debtor.iban);
        w.writeEndElement();
        w.writeEndElement();
        // The factor's bank is known by its account: no BIC is kept.
        w.writeStartElement(QStringLiteral("DbtrAgt"));
        w.writeStartElement(QStringLiteral("FinInstnId"));
        w.writeStartElement(QStringLiteral("Othr"));
        w.writeTextElement(QStringLiteral("Id"), QStringLiteral("NOTPROVIDED"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        if (sepa)
            w.writeTextElement(QStringLiteral("ChrgBr"), QStringLiteral("SLEV"));
        for (const PainTransfer *t : g.transfers) {
            w.writeStartElement(QStringLiteral("CdtTrfTxInf"));
            w.writeStartElement(QStringLiteral("PmtId"));
            w.writeTextElement(QStringLiteral("InstrId"), t->endToEndId);
            w.writeTextElement(QStringLiteral("EndToEndId"), t->endToEndId);
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("Amt"));
            w.writeStartElement(QStringLiteral("InstdAmt"));
            w.writeAttribute(QStringLiteral("Ccy"), g.currency.code());
            w.writeCharacters(amountText(t->amount.minor(), g.currency));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("Cdtr"));
            w.writeTextElement(QStringLiteral("Nm"), text140(t->creditor.name));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("CdtrAcct"));
            w.writeStartElement(QStringLiteral("Id"));
            w.writeTextElement(QStringLiteral("IBAN"), t->creditor.iban);
            w.writeEndElement();
            w.writeEndElement();
            if (!t->remittance.trimmed().isEmpty()) {
                w.writeStartElement(QStringLiteral("RmtInf"));
                w.writeTextElement(QStringLiteral("Ustrd"), text140(t->remittance));
                w.writeEndElement();
            }
            w.writeEndElement(); // CdtTrfTxInf
        }
        w.writeEndElement(); // PmtInf
    }
    w.writeEndElement(); // CstmrCdtTrfInitn
    w.writeEndElement(); // Document
    w.writeEndDocument();
    return out;
}

} // namespace FactorDesk
