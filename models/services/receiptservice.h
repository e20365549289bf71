#pragma once

#include "cashmatching.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace FactorDesk {

class Database;

enum class ReceiptStatus { Applied, Suggested, Unapplied, Reversed };
QString receiptStatusName(ReceiptStatus s);  // "applied"
QString receiptStatusTitle(ReceiptStatus s); // translated
std::optional<ReceiptStatus> parseReceiptStatus(const QString &name);

// One part of a receipt on an invoice (applied, or suggested and waiting).
struct ReceiptApplication
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNo;
    QString clientCode;
    Money amount;
    bool suggested = false;
    QString rule;
};

struct Receipt
{
    qint64 id = 0;
    qint64 importId = 0;
    QString source; // manual, csv, camt.053, camt.054
    QString account;
    QDate valueDate;
    QDate bookingDate;
    Money amount;
    Money applied;
    Money unapplied() const { return amount - applied; }
    QString remitterName;
    QString remitterAccount;
    QStringList references;
    qint64 debtorId = 0;
    QString debtorCode;
    ReceiptStatus status = ReceiptStatus::Unapplied;
    qint64 reversesId = 0;
    qint64 reversedById = 0;
    int sourceLine = 0;
    qint64 journalEntryId = 0;
    QString createdBy;
    QString createdAt;
    QList<ReceiptApplication> applications;
};

struct ReceiptFilter
{
    std::optional<ReceiptStatus> status;
    qint64 debtorId = 0;
    qint64 importId = 0;
};

// What an import did, for the CLI's counts and the desktop's summary.
struct ReceiptImportResult
{
    struct Skip
    {
        int line = 0;
        QString what;   // "entry 4", "entry 7, transaction 2", "line 12"
        QString reason; // translated
    };
    qint64 importId = 0;
    bool alreadyImported = false; // the same file was imported before: nothing was added
    QString message;              // camt.053, camt.054, csv
    int read = 0;                 // movements read
    int bookedCredits = 0;
    int applied = 0;
    int suggested = 0;
    int unapplied = 0;
    int reversals = 0;  // reversed payments undone
    int duplicates = 0; // bank entries already in the books
    QList<Skip> skipped;
    QStringList warnings; // schema findings: reported, never a refusal
    QList<qint64> receiptIds;
    QList<qint64> paymentsExecuted; // payments to clients the file shows sent (debits)
};

// A receipt typed in by a clerk.
struct ReceiptInput
{
    qint64 debtorId = 0;
    Money amount;
    QDate date;
    QString reference;
    QStringList invoiceNos; // applied in order, each up to what is open
};

// Money coming back (docs/domain.md §9): bank files (camt.053/054, receipts CSV) and typed
// receipts, each matched (reference, then debtor and amount, else a suggestion or unapplied
// cash), posted as its own balanced entry, the invoices' open balances following the journal.
// Clerks and managers. Every act is one transaction with an audit record: a file is applied
// whole or not at all.
class ReceiptService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ReceiptService)
public:
    explicit ReceiptService(Database &db)
        : m_db(db)
    {}

    // Reads, checks and applies a bank file. A file that cannot be read, of an account that
    // is not the factor's, or with unreadable credits (unless skipBad) is refused whole
    // (Error(Validation) naming the file, line and reason) and nothing is stored. `progress`
    // (done, total) is called between movements; returning false cancels (nothing stored).
    ReceiptImportResult importFile(const Session &who, const QString &path, bool skipBad,
                                   const std::function<bool(int, int)> &progress = {});
    ReceiptImportResult importData(const Session &who, const QByteArray &data,
                                   const QString &fileName, bool skipBad,
                                   const std::function<bool(int, int)> &progress = {});
    qint64 add(const Session &who, const ReceiptInput &input);
    // Puts unapplied cash of a receipt on invoices (amount empty: what is open, up to what is
    // left). Drops the receipt's waiting suggestions.
    void apply(const Session &who, qint64 receiptId,
               const QList<QPair<QString, std::optional<Money>>> &invoices);
    // Accepts the matcher's suggestions of a receipt.
    void confirm(const Session &who, qint64 receiptId);

    Receipt get(qint64 id) const;
    QList<Receipt> list(const ReceiptFilter &filter) const;

    // The factor's accounts a bank file may be of: the profile's and those added.
    QStringList factorAccounts() const;
    void addBankAccount(const Session &who, const QString &account, const QString &currency,
                        const QString &name);

private:
    Database &m_db;
};

} // namespace FactorDesk
