#pragma once

#include "camtreader.h"
#include "cashmatching.h"
#include "receiptposting.h"
#include "receiptservice.h"

#include <QJsonArray>

namespace FactorDesk {

class Database;

// The storage side of ReceiptService (internal to the services): the SQL of receipts, their
// applications and the bank files, and the one path by which a receipt is matched, posted
// and written. Every method runs inside the caller's Transaction.
class ReceiptStore
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ReceiptService)
public:
    explicit ReceiptStore(Database &db)
        : m_db(db)
    {}

    struct NewReceipt
    {
        BankTransaction transaction;
        QString account;
        QString source;
        QString bankKey; // empty: none (typed in)
        qint64 importId = 0;
        QString debtorCode; // CSV
        qint64 debtorId = 0;
        bool requireNamed = false; // typed in with invoice numbers: each must be found
    };
    struct Posted
    {
        qint64 id = 0;
        CashMatch::Outcome outcome = CashMatch::Outcome::Unapplied;
    };

    QStringList bankAccounts() const;
    void insertBankAccount(const QString &account, const QString &currency, const QString &name,
                           qint64 userId, const QString &stamp);
    Currency booksCurrency() const;
    qint64 importWithHash(const QString &sha) const;
    qint64 insertImport(const QString &fileName, const QString &sha, const QString &message,
                        const QString &account, qint64 userId, const QString &stamp);
    void finishImport(qint64 id, int read, int credits, int applied, int suggested, int unapplied,
                      int skipped, int duplicates, const QJsonArray &skippedList);
    qint64 receiptWithKey(const QString &key) const;
    // Invoices stored since the last import get their match keys.
    void indexMatchKeys();

    Posted postReceipt(const Session &who, const NewReceipt &in, const QString &stamp);
    qint64 findReversed(const BankTransaction &reversal, const QString &account) const;
    qint64 reverseReceipt(const Session &who, qint64 originalId, const BankTransaction &t,
                          const QString &key, qint64 importId, const QString &source,
                          const QString &account, const QString &stamp);
    void applyManually(const Session &who, qint64 receiptId,
                       const QList<QPair<QString, std::optional<Money>>> &invoices,
                       const QString &stamp);
    void confirmSuggestions(const Session &who, qint64 receiptId, const QString &stamp);

    Receipt get(qint64 id) const;
    QList<Receipt> list(const ReceiptFilter &filter) const;

private:
    QList<OpenInvoice> openInvoicesOfDebtor(qint64 debtorId, Currency currency) const;
    QHash<qint64, InvoiceTags> tagsOf(const QList<CashAllocation> &parts) const;
    void learn(qint64 debtorId, const QString &account, const QString &name, const QString &stamp);
    qint64 debtorByAlias(const QString &account, const QString &name) const;
    void changeBalances(const QList<CashAllocation> &parts, int sign);
    // Writes `parts` as applications of `kind` (applied, suggested, reversed) posted by
    // `entryId` (0: none, a suggestion).
    void insertApplications(qint64 receiptId, const QList<CashAllocation> &parts, const char *kind,
                            qint64 entryId, qint64 userId, const QString &stamp);
    void dropSuggestions(qint64 receiptId);
    Database &m_db;
};

} // namespace FactorDesk
