#include "receiptservice.h"

#include "auditlog.h"
#include "bankfileschema.h"
#include "camtreader.h"
#include "clock.h"
#include "database.h"
#include "error.h"
#include "factorprofileservice.h"
#include "iban.h"
#include "ledger.h"
#include "paymentservice.h"
#include "receiptcsv.h"
#include "receiptposting.h"
#include "receiptstore.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace FactorDesk {

QString receiptStatusName(ReceiptStatus s)
{
    switch (s) {
    case ReceiptStatus::Applied:
        return QStringLiteral("applied");
    case ReceiptStatus::Suggested:
        return QStringLiteral("suggested");
    case ReceiptStatus::Unapplied:
        return QStringLiteral("unapplied");
    case ReceiptStatus::Reversed:
        return QStringLiteral("reversed");
    }
    return {};
}

QString receiptStatusTitle(ReceiptStatus s)
{
    switch (s) {
    case ReceiptStatus::Applied:
        return ReceiptService::tr("Applied");
    case ReceiptStatus::Suggested:
        return ReceiptService::tr("Suggestion waiting");
    case ReceiptStatus::Unapplied:
        return ReceiptService::tr("Unapplied");
    case ReceiptStatus::Reversed:
        return ReceiptService::tr("Reversed");
    }
    return {};
}

std::optional<ReceiptStatus> parseReceiptStatus(const QString &name)
{
    for (ReceiptStatus s : {ReceiptStatus::Applied, ReceiptStatus::Suggested,
                            ReceiptStatus::Unapplied, ReceiptStatus::Reversed})
        if (receiptStatusName(s) == name.trimmed().toLower())
            return s;
    return std::nullopt;
}

namespace {

void requireCashRole(const Session &who, const QString &act)
{
    who.require(Role::Clerk | Role::Manager, act);
}

QString compactAccount(const QString &a)
{
    return Iban::looksLikeIban(a) ? Iban::compact(a) : a.simplified();
}

// One movement of a file, whichever reader gave it.
struct Movement
{
    BankTransaction t;
    QString account;    // the factor's account it was booked on
    QString debtorCode; // CSV only
    QString what;       // "entry 4, transaction 2" / "line 12"
};

QString describe(const BankTransaction &t, bool csv)
{
    if (csv)
        return ReceiptService::tr("line %1").arg(t.line);
    if (t.detailNo)
        return ReceiptService::tr("entry %1, transaction %2 (line %3)")
            .arg(t.entryNo)
            .arg(t.detailNo)
            .arg(t.line);
    return ReceiptService::tr("entry %1 (line %2)").arg(t.entryNo).arg(t.line);
}

} // namespace

QStringList ReceiptService::factorAccounts() const
{
    QStringList out;
    const QString main = compactAccount(FactorProfileService(m_db).profile().bankAccount);
    if (!main.isEmpty())
        out << main;
    for (const QString &a : ReceiptStore(m_db).bankAccounts())
        if (!out.contains(a))
            out << a;
    return out;
}

void ReceiptService::addBankAccount(const Session &who, const QString &account,
                                    const QString &currency, const QString &name)
{
    who.require(Role::Admin | Role::Manager, tr("add a bank account of the factor"));
    // Like the profile's main account: an IBAN whose check fails is kept as written (the
    // statements name it so), only text that is no account at all is refused.
    const Iban::Status status = Iban::check(account);
    const QString a = status == Iban::Status::BadCheckDigits || status == Iban::Status::BadLength
                          ? Iban::compact(account)
                          : Iban::normalizeOrThrow(account, QStringLiteral("account"));
    if (a.isEmpty())
        throw Error(Error::Kind::Validation, tr("account: an account number is needed."),
                    QStringLiteral("account"));
    const Currency c(currency);
    if (!c.isValid())
        throw Error(Error::Kind::Validation,
                    tr("currency: \"%1\" is not a currency code.").arg(currency),
                    QStringLiteral("currency"));
    Transaction tx(m_db);
    if (factorAccounts().contains(a))
        throw Error(Error::Kind::Conflict, tr("The account %1 is already the factor's.").arg(a),
                    QStringLiteral("account"));
    ReceiptStore(m_db).insertBankAccount(a, c.code(), name, who.userId(), timestamp());
    AuditLog(m_db).record(
        who, QStringLiteral("bank_account.add"), QStringLiteral("bank_account"), a, {},
        QJsonObject{{QStringLiteral("currency"), c.code()}, {QStringLiteral("name"), name}});
    tx.commit();
}

ReceiptImportResult ReceiptService::importFile(const Session &who, const QString &path,
                                               bool skipBad,
                                               const std::function<bool(int, int)> &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    tr("%1: cannot be opened: %2").arg(path, f.errorString()));
    return importData(who, f.readAll(), QFileInfo(path).fileName(), skipBad, progress);
}

ReceiptImportResult ReceiptService::importData(const Session &who, const QByteArray &data,
                                               const QString &fileName, bool skipBad,
                                               const std::function<bool(int, int)> &progress)
{
    requireCashRole(who, tr("import a bank file"));
    ReceiptImportResult r;
    ReceiptStore store(m_db);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (const qint64 earlier = store.importWithHash(sha)) {
        r.importId = earlier;
        r.alreadyImported = true;
        return r;
    }

    // Read the whole file before anything is written.
    QList<Movement> moves;
    const bool xml = CamtReader::looksLikeXml(data);
    const QStringList accounts = factorAccounts();
    if (xml) {
        const BankFile file = CamtReader::parse(data, fileName);
        r.message = file.message;
        for (const QString &w : BankFileSchema::check(data, file.version))
            r.warnings << tr("%1: schema %2: %3").arg(fileName, file.version, w);
        if (accounts.isEmpty())
            throw Error(Error::Kind::Validation,
                        tr("%1: the factor has no bank account yet; set it first (Settings → "
                           "Factor, or settings set --bank-account).")
                            .arg(fileName));
        for (const BankStatement &st : file.statements) {
            if (!accounts.contains(st.account))
                throw Error(Error::Kind::Validation,
                            tr("%1: line %2: the statement is of account %3, which is not one of "
                               "the factor's accounts (%4); nothing was imported.")
                                .arg(fileName)
                                .arg(st.line)
                                .arg(st.account, accounts.join(QStringLiteral(", "))),
                            QStringLiteral("line %1").arg(st.line));
            for (const BankTransaction &t : st.transactions)
                moves.append({t, st.account, {}, describe(t, false)});
        }
    } else {
        r.message = QStringLiteral("csv");
        const Currency books = store.booksCurrency();
        for (const ReceiptCsvRow &row : ReceiptCsv::parse(data, fileName, books))
            moves.append({row.transaction, accounts.value(0), row.debtorCode,
                          describe(row.transaction, true)});
    }
    r.read = int(moves.size());

    // Unreadable credits refuse the file, unless the clerk asked to skip them.
    if (!skipBad)
        for (const Movement &m : moves)
            if (!m.t.problem.isEmpty() && (m.t.credit || m.t.reversal) && m.t.isBooked())
                throw Error(Error::Kind::Validation,
                            tr("%1: %2: %3; nothing was imported (--skip-bad imports the rest).")
                                .arg(fileName, m.what, m.t.problem),
                            QStringLiteral("line %1").arg(m.t.line));

    Transaction tx(m_db);
    store.indexMatchKeys();
    const QString stamp = timestamp();
    const qint64 importId =
        store.insertImport(fileName, sha, r.message, accounts.value(0), who.userId(), stamp);
    r.importId = importId;
    QHash<QString, int> occurrences;
    int done = 0;
    for (const Movement &m : moves) {
        if (progress && !progress(done, int(moves.size())))
            throw Error(Error::Kind::Conflict, tr("The import was cancelled; nothing was stored."));
        ++done;
        const BankTransaction &t = m.t;
        const auto skip = [&](const QString &reason) {
            r.skipped.append({t.line, m.what, reason});
        };
        if (!t.problem.isEmpty()) {
            skip(t.problem);
            continue;
        }
        if (!t.isBooked()) {
            skip(tr("not booked (status %1)").arg(t.status));
            continue;
        }
        if (!t.credit && !t.reversal) {
            // Money out: a payment to a client that a payment run sent is now executed.
            if (const qint64 paid = PaymentService(m_db).closeExecuted(t)) {
                r.paymentsExecuted << paid;
                continue;
            }
            skip(tr("a debit (money out of the account)"));
            continue;
        }
        if (t.credit && t.reversal) {
            skip(tr("a reversal of a debit (money back into the account), not a debtor's "
                    "payment"));
            continue;
        }
        // The same bank entry is never stored twice: its reference, or its fingerprint.
        QString key = t.bankReference.isEmpty()
                          ? m.account + QStringLiteral("|fp|") + t.fingerprint
                          : m.account + QStringLiteral("|ref|") + t.bankReference +
                                (t.reversal ? QStringLiteral("|R") : QString());
        const int n = ++occurrences[key];
        if (n > 1)
            key += QStringLiteral("|%1").arg(n);
        if (const qint64 existing = store.receiptWithKey(key)) {
            ++r.duplicates;
            skip(tr("already imported (receipt %1)").arg(existing));
            continue;
        }
        if (t.reversal) {
            const qint64 original = store.findReversed(t, m.account);
            if (!original) {
                skip(tr("a returned or reversed payment of %1 that matches no receipt in the "
                        "books")
                         .arg(t.amount.toPlainString()));
                continue;
            }
            store.reverseReceipt(who, original, t, key, importId, r.message, m.account, stamp);
            ++r.reversals;
            continue;
        }
        ++r.bookedCredits;
        ReceiptStore::NewReceipt in;
        in.transaction = t;
        in.account = m.account;
        in.source = r.message;
        in.bankKey = key;
        in.importId = importId;
        in.debtorCode = m.debtorCode;
        const ReceiptStore::Posted p = store.postReceipt(who, in, stamp);
        r.receiptIds << p.id;
        switch (p.outcome) {
        case CashMatch::Outcome::Applied:
            ++r.applied;
            break;
        case CashMatch::Outcome::Suggested:
            ++r.suggested;
            break;
        case CashMatch::Outcome::Unapplied:
            ++r.unapplied;
            break;
        }
    }
    QJsonArray skipped;
    for (const ReceiptImportResult::Skip &s : std::as_const(r.skipped))
        skipped.append(QJsonObject{{QStringLiteral("line"), s.line},
                                   {QStringLiteral("what"), s.what},
                                   {QStringLiteral("reason"), s.reason}});
    store.finishImport(importId, r.read, r.bookedCredits, r.applied, r.suggested, r.unapplied,
                       int(r.skipped.size()), r.duplicates, skipped);
    AuditLog(m_db).record(
        who, QStringLiteral("receipt.import"), QStringLiteral("bank_import"),
        QString::number(importId), {},
        QJsonObject{{QStringLiteral("file"), fileName},
                    {QStringLiteral("sha256"), sha},
                    {QStringLiteral("message"), r.message},
                    {QStringLiteral("read"), r.read},
                    {QStringLiteral("booked_credits"), r.bookedCredits},
                    {QStringLiteral("applied"), r.applied},
                    {QStringLiteral("suggested"), r.suggested},
                    {QStringLiteral("unapplied"), r.unapplied},
                    {QStringLiteral("reversals"), r.reversals},
                    {QStringLiteral("skipped"), int(r.skipped.size())},
                    {QStringLiteral("payments_executed"), int(r.paymentsExecuted.size())}});
    if (progress && !progress(done, int(moves.size())))
        throw Error(Error::Kind::Conflict, tr("The import was cancelled; nothing was stored."));
    tx.commit();
    return r;
}

qint64 ReceiptService::add(const Session &who, const ReceiptInput &input)
{
    requireCashRole(who, tr("enter a receipt"));
    if (!input.amount.isPositive())
        throw Error(Error::Kind::Validation, tr("amount: a receipt is more than zero."),
                    QStringLiteral("amount"));
    if (!input.date.isValid())
        throw Error(Error::Kind::Validation, tr("date: a receipt needs its value date."),
                    QStringLiteral("date"));
    Transaction tx(m_db);
    ReceiptStore store(m_db);
    store.indexMatchKeys();
    ReceiptStore::NewReceipt in;
    in.transaction.amount = input.amount;
    in.transaction.valueDate = input.date;
    in.transaction.bookingDate = input.date;
    in.transaction.status = QStringLiteral("BOOK");
    if (!input.reference.isEmpty())
        in.transaction.unstructured << input.reference;
    in.transaction.documentNumbers = input.invoiceNos;
    in.source = QStringLiteral("manual");
    in.debtorId = input.debtorId;
    in.requireNamed = !input.invoiceNos.isEmpty();
    const ReceiptStore::Posted p = store.postReceipt(who, in, timestamp());
    AuditLog(m_db).record(who, QStringLiteral("receipt.add"), QStringLiteral("receipt"),
                          QString::number(p.id), {},
                          QJsonObject{{QStringLiteral("amount"), input.amount.toPlainString()},
                                      {QStringLiteral("currency"), input.amount.currency().code()},
                                      {QStringLiteral("date"), isoDate(input.date)},
                                      {QStringLiteral("reference"), input.reference}});
    tx.commit();
    return p.id;
}

void ReceiptService::apply(const Session &who, qint64 receiptId,
                           const QList<QPair<QString, std::optional<Money>>> &invoices)
{
    requireCashRole(who, tr("apply a receipt"));
    Transaction tx(m_db);
    ReceiptStore(m_db).applyManually(who, receiptId, invoices, timestamp());
    tx.commit();
}

void ReceiptService::confirm(const Session &who, qint64 receiptId)
{
    requireCashRole(who, tr("confirm a receipt's suggestion"));
    Transaction tx(m_db);
    ReceiptStore(m_db).confirmSuggestions(who, receiptId, timestamp());
    tx.commit();
}

Receipt ReceiptService::get(qint64 id) const
{
    return ReceiptStore(m_db).get(id);
}

QList<Receipt> ReceiptService::list(const ReceiptFilter &filter) const
{
    return ReceiptStore(m_db).list(filter);
}

} // namespace FactorDesk
