#pragma once

#include <QCoreApplication>
#include <QString>

namespace FactorDesk {

class Database;

// The check a factoring house runs on its books (`books verify`, Audit log → Verify): every
// journal entry balances and has the lines it was posted with; the journal's seals chain and
// match what each sealed entry says now, and end where the head kept outside the database
// (BookHead) says; the audit trail's chain holds and ends there too; and every invoice's
// stored open balance and status agree with its lines on factored receivables
// (InvoiceLedger). Read-only.
class BooksVerifier
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::BooksVerifier)
public:
    struct Result
    {
        bool ok = true;
        QString problem; // a translated sentence naming the first thing wrong
        qint64 entries = 0;
        qint64 sealedEntries = 0;
        qint64 auditRecords = 0;
        qint64 invoices = 0;
    };

    explicit BooksVerifier(Database &db)
        : m_db(db)
    {}
    Result verify() const;

private:
    bool entriesBalance(Result &r) const;
    bool sealsHold(Result &r) const;
    bool sealHeadHolds(Result &r) const;
    bool auditHolds(Result &r) const;
    bool invoicesAgree(Result &r) const;

    Database &m_db;
};

} // namespace FactorDesk
