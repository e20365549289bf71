#pragma once

#include "money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace FactorDesk {

// A party of a credit transfer: its name and account (an IBAN, checked by the caller).
struct PainParty
{
    QString name;
    QString iban;
};

// One credit transfer to one creditor (one CdtTrfTxInf).
struct PainTransfer
{
    QString endToEndId; // at most 35 characters, unique for good
    Money amount;       // positive, in its own currency
    PainParty creditor;
    QString remittance; // unstructured remittance text (cut to 140 characters)
};

// One pain.001 customer credit transfer initiation: what PainWriter writes.
struct PainMessage
{
    QString version = QStringLiteral("pain.001.001.03"); // or pain.001.001.09
    QString messageId;                                   // at most 35 characters
    QDateTime created;
    QDate executionDate;
    PainParty debtor; // the factor: the initiating party and the account debited
    QList<PainTransfer> transfers;
};

// Writes an ISO 20022 pain.001 credit-transfer message (pain.001.001.03 or .09) with
// QXmlStreamWriter. Pure: no files, no database. The transfers are grouped by currency, one
// payment information block (PmtInf) per currency in the order the currencies first appear,
// its id the message id and the currency ("MSGID-EUR"); amounts carry exactly their
// currency's decimals. Throws Error(Validation) for a message that cannot be written as it is
// (no transfers, an id too long, an amount that is not positive, an unknown version).
class PainWriter
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::PainWriter)
public:
    static QStringList versions();
    static QByteArray write(const PainMessage &message);
    static QString paymentInfoId(const QString &messageId, const Currency &currency);
};

} // namespace FactorDesk
