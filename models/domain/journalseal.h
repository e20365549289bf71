#pragma once

#include <QCryptographicHash>
#include <QString>

namespace FactorDesk {

// What a posted journal entry says, as stored: the seal covers every field.
struct SealedEntry
{
    qint64 id = 0;
    QString date; // ISO
    QString currency;
    QString kind;
    QString memo;
    qint64 lineCount = 0;
    qint64 total = 0;
    qint64 reversesId = 0;
    qint64 scheduleId = 0;
    qint64 clientId = 0;
    qint64 postedBy = 0;
    QString postedAt;
};

struct SealedLine
{
    qint64 lineNo = 0;
    QString account; // the account's code
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    qint64 invoiceId = 0;
    QString memo;
};

// The seal of one journal entry (docs/domain.md §7): SHA-256 over the previous seal, the entry
// and each of its lines in order, so that any change to a posted entry — even a balanced one —
// or to the order of the chain changes every seal after it. Lines are added one at a time, so
// sealing an entry of 100,000 lines holds none of them.
class JournalSealHasher
{
public:
    JournalSealHasher(const QString &previousSeal, const SealedEntry &entry);
    void addLine(const SealedLine &line);
    // The hex digest; the hasher is spent afterwards.
    QString result();

    // The "previous seal" of the first sealed entry.
    static QString genesis();

private:
    void field(const QString &text);
    void field(qint64 value);

    QCryptographicHash m_hash;
};

} // namespace FactorDesk
