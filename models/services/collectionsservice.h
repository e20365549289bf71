#pragma once

#include "money.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace FactorDesk {

class Database;

// What a collector writes after a call or a letter (docs/domain.md §9, the collections
// worklist): about a debtor, or one of its invoices.
struct CollectionNoteInput
{
    qint64 debtorId = 0;
    qint64 invoiceId = 0; // 0: about the debtor as a whole
    QString text;
    QDate followUp;                      // when to call again (invalid: none)
    QDate promisedDate;                  // when the debtor promised to pay (invalid: no promise)
    std::optional<Money> promisedAmount; // needs a promised date
};

struct CollectionNote
{
    qint64 id = 0;
    qint64 debtorId = 0;
    QString debtorCode;
    qint64 invoiceId = 0;
    QString invoiceNo;
    QString text;
    QDate followUp;
    QDate promisedDate;
    std::optional<Money> promisedAmount;
    QString createdBy;
    QString createdAt; // time stamp (UTC)
};

// Collection notes and follow-ups. Clerks, analysts and managers write them; everyone signed in
// reads them. A note is one transaction with its audit record and is never edited: the newest
// note of a debtor sets its next follow-up (a note with no follow-up date clears it).
class CollectionsService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::CollectionsService)
public:
    static constexpr int kMaxTextLength = 4000;

    explicit CollectionsService(Database &db)
        : m_db(db)
    {}

    // Returns the note's id. Throws Validation (empty or too long text, a follow-up before
    // the business date, a promised amount without a date, an amount not above zero or in
    // another currency than the invoice's), NotFound (debtor, invoice of another debtor),
    // Permission.
    qint64 addNote(const Session &who, const CollectionNoteInput &input);

    // The debtor's notes, newest first.
    QList<CollectionNote> notes(qint64 debtorId, int limit = 500) const;

    // The debtor's invoice with that number (as InvoiceNumber::key reads it when the exact number
    // is not found). Throws NotFound, or Conflict when two of the debtor's clients use it.
    qint64 invoiceOf(qint64 debtorId, const QString &invoiceNo) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
