#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

// A debtor's deduction or dispute on an invoice (docs/domain.md §4.6, §9): an amount the
// debtor will not pay until it is resolved, with a reason code from a fixed table. While open,
// the disputed amount is neither eligible nor counted for a reserve release.

// One reason code: the stored code ("PRICE") and its translated title.
struct DisputeReason
{
    QString code;
    QString title;
};

// How a dispute ended: the debtor paid after all, the client issued a credit note for it, or
// it was charged back to the client.
enum class DisputeResolution { Paid, Credited, ChargedBack };
QString disputeResolutionName(DisputeResolution r); // "paid", "credited", "charged-back"
// Accepts paid|credited|charged-back (charged_back too); throws Error(Validation) otherwise.
DisputeResolution parseDisputeResolution(const QString &text);

enum class DisputeStatus { Open, Paid, Credited, ChargedBack };
QString disputeStatusName(DisputeStatus s); // "open", "paid", "credited", "charged_back"
std::optional<DisputeStatus> parseDisputeStatus(const QString &text);

struct Dispute
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientCode;
    qint64 debtorId = 0;
    QString debtorCode;
    qint64 invoiceId = 0;
    QString invoiceNo;
    Money amount;
    QString reasonCode;
    QString note;
    qint64 receiptId = 0; // the short payment it was opened from (0: by hand)
    DisputeStatus status = DisputeStatus::Open;
    QDate openedOn;
    QString openedBy;
    QString resolutionNote;
    QString resolvedBy;
    QString resolvedAt;
    qint64 resultId = 0; // the credit note or chargeback the resolution posted
};

class DisputeReasons
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::DisputeReasons)
public:
    // The fixed table, in the order a list shows it.
    static QList<DisputeReason> all();
    // The reason of that code (case-insensitive), or nullopt.
    static std::optional<DisputeReason> find(const QString &code);
};

} // namespace FactorDesk
