#include "journalseal.h"

namespace FactorDesk {

namespace {
// Unit and record separators: they cannot be typed into a memo by accident, and every field
// ends with one, so no two different entries hash the same text.
constexpr char kField = '\x1f';
constexpr char kRecord = '\x1e';
} // namespace

JournalSealHasher::JournalSealHasher(const QString &previousSeal, const SealedEntry &e)
    : m_hash(QCryptographicHash::Sha256)
{
    m_hash.addData(QByteArrayView("factordesk-journal-seal-1"));
    m_hash.addData(QByteArrayView(&kRecord, 1));
    field(previousSeal);
    field(e.id);
    field(e.date);
    field(e.currency);
    field(e.kind);
    field(e.memo);
    field(e.lineCount);
    field(e.total);
    field(e.reversesId);
    field(e.scheduleId);
    field(e.clientId);
    field(e.postedBy);
    field(e.postedAt);
    m_hash.addData(QByteArrayView(&kRecord, 1));
}

void JournalSealHasher::addLine(const SealedLine &l)
{
    field(l.lineNo);
    field(l.account);
    field(l.debit);
    field(l.credit);
    field(l.clientId);
    field(l.debtorId);
    field(l.invoiceId);
    field(l.memo);
    m_hash.addData(QByteArrayView(&kRecord, 1));
}

QString JournalSealHasher::result()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

QString JournalSealHasher::genesis()
{
    return QStringLiteral("genesis");
}

void JournalSealHasher::field(const QString &text)
{
    m_hash.addData(text.toUtf8());
    m_hash.addData(QByteArrayView(&kField, 1));
}

void JournalSealHasher::field(qint64 value)
{
    m_hash.addData(QByteArray::number(value));
    m_hash.addData(QByteArrayView(&kField, 1));
}

} // namespace FactorDesk
