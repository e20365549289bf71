#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QString>

namespace FactorDesk {

// Where a client stands with the factor: active clients sell invoices; suspended ones may not
// (for now); closed ones are kept for the books only.
enum class ClientStatus { Active, Suspended, Closed };
QString clientStatusName(ClientStatus status);  // "active"
QString clientStatusTitle(ClientStatus status); // translated
QList<ClientStatus> allClientStatuses();
// Throws Error(Validation) naming the field "status" for anything but active|suspended|closed.
ClientStatus parseClientStatus(const QString &text);

// A client of the factor (docs/domain.md §1): the seller whose invoices are bought. Its factoring
// terms are versions of Agreement (agreementservice.h), kept apart because they are dated.
struct Client
{
    qint64 id = 0;
    QString code; // unique, case-insensitively
    QString name;
    ClientStatus status = ClientStatus::Active;
    Currency currency; // none: the book currency when added
    QString address;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString taxNumber;
    QString bankAccount; // an IBAN (stored compact) or any other account number as text
    QString bankName;
    QString notes;
    QString createdAt;
    QString updatedAt;
};

} // namespace FactorDesk
