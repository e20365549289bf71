#pragma once

#include "money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace FactorDesk {

// One movement on a bank account as a camt message reports it: an entry (`Ntry`) as a whole
// when it itemises nothing, else each of its transactions (`TxDtls`). Text fields are as the
// bank wrote them (trimmed); nothing here is interpreted beyond the file.
struct BankTransaction
{
    int line = 0;          // the line of the file where its Ntry (or TxDtls) starts
    int entryNo = 0;       // 1-based Ntry within its statement
    int detailNo = 0;      // 1-based TxDtls within its entry; 0: the entry as a whole
    Money amount;          // positive, in its own currency (which need not be the account's)
    bool credit = true;    // CRDT: money in
    bool reversal = false; // RvslInd: undoes an earlier booking
    QString status;        // BOOK, PDNG, INFO, ... ("BOOK" when the file gives none)
    QDate bookingDate;
    QDate valueDate;
    QString bankReference;       // the bank's own reference (AcctSvcrRef) of the transaction/entry
    QString entryReference;      // NtryRef
    QString endToEndId;          // as the payer sent it ("" for NOTPROVIDED)
    QString counterpartyName;    // the payer of a credit, the payee of a debit
    QString counterpartyAccount; // IBAN (compact) or other account id
    QStringList documentNumbers; // Strd/RfrdDocInf/Nb
    QStringList creditorReferences; // Strd/CdtrRefInf/Ref
    QStringList unstructured;       // Ustrd
    QStringList additional;         // AddtlTxInf, then the entry's AddtlNtryInf
    QString problem;                // why it cannot be used ("" when it can): bad amount, ...
    QString fingerprint; // SHA-256 (hex) of what identifies it, for entries with no reference

    bool isBooked() const { return status == QLatin1String("BOOK"); }
    // Every reference text in the order docs/domain.md §9 searches them.
    QStringList referenceTexts() const;
};

// One statement (camt.053 `Stmt`), notification (camt.054 `Ntfctn`) or report (camt.052
// `Rpt`) of a file: one account.
struct BankStatement
{
    int line = 0;
    QString id;
    QString account;         // compact IBAN, or the other id (`Othr/Id`)
    QString accountCurrency; // may be empty
    QDate from;
    QDate to;
    QList<BankTransaction> transactions;
};

struct BankFile
{
    QString fileName;
    QString message; // camt.052, camt.053, camt.054
    QString version; // camt.053.001.04: taken from the namespace
    QString messageId;
    QDateTime created;
    QList<BankStatement> statements;
};

// Reads ISO 20022 bank-to-customer messages — camt.052 (account report), camt.053 (statement),
// camt.054 (debit/credit notification), any version — with QXmlStreamReader, by local element
// names whatever the namespace. It reads what real banks write: amounts with any number of
// decimals or none, entries with no, one or many TxDtls, transactions in another currency,
// several statements in one file. A transaction it cannot use (an amount it cannot read
// exactly, a field of absurd size) is kept with its `problem` so that the import lists it as
// skipped. A file that is not such a message — not XML, truncated, another root, a DTD (no
// entity expansion, no external access) — is refused whole with Error(Validation) naming the
// file, the line and the reason.
class CamtReader
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CamtReader)
public:
    static constexpr int MaxTextLength = 65536; // one element's text
    static constexpr int MaxDepth = 64;

    static BankFile parse(const QByteArray &data, const QString &fileName = {});
    static BankFile readFile(const QString &path);
    // True when the data starts like an XML document (after a BOM and white space).
    static bool looksLikeXml(const QByteArray &data);
    // "50000", "131.7", "18.150", "000000000000099.92" in `currency`: exact, or nullopt when
    // it is not a plain non-negative decimal or has significant digits below the minor unit.
    static std::optional<Money> parseAmount(const QString &text, Currency currency);
};

} // namespace FactorDesk
