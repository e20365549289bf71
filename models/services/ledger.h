#pragma once

#include "journal.h"
#include "journalseal.h"
#include "money.h"
#include "session.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace FactorDesk {

class Database;

struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type; // asset, liability, equity, income, expense
};

// One journal line as shown in lists and exports, with the codes of what it is tagged with.
struct JournalRow
{
    qint64 entryId = 0;
    qint64 lineId = 0;
    QDate date;
    QString account;
    QString accountName;
    qint64 debit = 0;
    qint64 credit = 0;
    QString currency;
    QString client;  // client code
    QString debtor;  // debtor code
    QString invoice; // invoice number
    QString memo;
    QString kind;
};

struct JournalFilter
{
    QDate from;
    QDate to;
    QString account;    // account code
    QString clientCode; // client code
    qint64 entryId = 0;
};

struct AccountBalance
{
    QString code;
    QString name;
    QString type;
    qint64 debit = 0;  // net debit balance (0 when the balance is a credit)
    qint64 credit = 0; // net credit balance
};

// Posts balanced entries to the factor's journal and answers balances as of any date. Posted
// entries are never changed; reverse() posts the mirror entry that points at the original.
class JournalService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::JournalService)
public:
    explicit JournalService(Database &db)
        : m_db(db)
    {}

    // Validates (at least two lines, each a positive debit or a positive credit, one
    // currency, debits equal credits, known accounts) and posts inside the caller's
    // transaction (or its own). Returns the entry id. Throws Error(Validation) otherwise.
    qint64 post(const Session &who, const JournalEntry &entry);
    // Posts many entries in order, as post() would one by one (the same entries, lines, seals
    // and audit records), checking them all before writing any: each statement prepared once,
    // the seals chained in memory. Returns the entry ids in order. post() is postMany() of one.
    QList<qint64> postMany(const Session &who, const QList<JournalEntry> &entries);
    // Posts the reversal of entry `entryId` on `date` (a manager's act). An entry is reversed
    // at most once, and a reversal is not itself reversed. An entry a business record stands
    // on (a schedule's purchase, a client payment) is refused with the act that undoes it
    // (`schedule unfund N`).
    qint64 reverse(const Session &who, qint64 entryId, QDate date, const QString &reason);

    JournalEntry entry(qint64 entryId) const;
    QList<Account> accounts() const;
    QList<JournalRow> rows(const JournalFilter &filter, int offset = 0, int limit = -1) const;
    qint64 rowCount(const JournalFilter &filter) const;
    // Debit and credit totals of the filtered lines.
    QPair<qint64, qint64> totals(const JournalFilter &filter) const;

    // Every account of the chart, zero balances included, as of the end of `asOf`.
    QList<AccountBalance> trialBalance(QDate asOf, const QString &currency = {}) const;
    // Debit-minus-credit balance of an account as of the end of `asOf`, optionally for one
    // client.
    qint64 balance(const QString &accountCode, QDate asOf, qint64 clientId = 0) const;

private:
    // Checks what post() refuses before anything is written; returns the accounts' ids by code.
    QHash<QString, qint64> checkAll(const Session &who, const QList<JournalEntry> &entries) const;
    // Throws Error(Conflict) naming the act that undoes `original` when a business record
    // depends on it.
    void refuseDependentEntry(const JournalEntry &original) const;

    Database &m_db;
};

} // namespace FactorDesk
