#include "booksverifier.h"

#include "auditlog.h"
#include "bookhead.h"
#include "database.h"
#include "invoiceledger.h"
#include "journal.h"
#include "journalseal.h"
#include "localeformat.h"
#include "money.h"
#include "sqlquery.h"

#include <QDir>

namespace FactorDesk {

BooksVerifier::Result BooksVerifier::verify() const
{
    Result r;
    // Cheapest first; each stops at the first thing wrong and names it.
    entriesBalance(r) && sealsHold(r) && sealHeadHolds(r) && auditHolds(r) && invoicesAgree(r);
    return r;
}

bool BooksVerifier::entriesBalance(Result &r) const
{
    r.entries = SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM journal_entries"))
                    .scalar()
                    .toLongLong();
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT e.id, e.entry_date, e.total, e.line_count, COALESCE(l.d, 0), "
                   "COALESCE(l.c, 0), COALESCE(l.n, 0) FROM journal_entries e LEFT JOIN "
                   "(SELECT entry_id, SUM(debit) AS d, SUM(credit) AS c, COUNT(*) AS n FROM "
                   "journal_lines GROUP BY entry_id) l ON l.entry_id = e.id WHERE COALESCE(l.d, 0) "
                   "<> COALESCE(l.c, 0) OR COALESCE(l.d, 0) <> e.total OR COALESCE(l.n, 0) <> "
                   "e.line_count ORDER BY e.id LIMIT 1"));
    q.exec();
    if (!q.next())
        return true;
    r.ok = false;
    if (q.int64(6) != q.int64(3))
        r.problem = tr("Journal entry %1 of %2 was posted with %3 lines and has %4.")
                        .arg(q.int64(0))
                        .arg(LocaleFormat::date(QDate::fromString(q.text(1), Qt::ISODate)))
                        .arg(q.int64(3))
                        .arg(q.int64(6));
    else
        r.problem = tr("Journal entry %1 of %2 does not balance: its debits and credits no "
                       "longer add up to the total it was posted with.")
                        .arg(q.int64(0))
                        .arg(LocaleFormat::date(QDate::fromString(q.text(1), Qt::ISODate)));
    return false;
}

bool BooksVerifier::sealsHold(Result &r) const
{
    SqlQuery seals(m_db, QStringLiteral("SELECT s.entry_id, s.prev_hash, s.hash, e.entry_date, "
                                        "e.currency, e.kind, e.memo, e.line_count, e.total, "
                                        "e.reverses_id, e.schedule_id, e.client_id, e.posted_by, "
                                        "e.posted_at FROM journal_seals s LEFT JOIN "
                                        "journal_entries e ON e.id = s.entry_id ORDER BY s.seq"));
    SqlQuery lines(m_db, QStringLiteral("SELECT l.line_no, a.code, l.debit, l.credit, "
                                        "l.client_id, l.debtor_id, l.invoice_id, l.memo FROM "
                                        "journal_lines l JOIN accounts a ON a.id = l.account_id "
                                        "WHERE l.entry_id = ? ORDER BY l.line_no"));
    seals.exec();
    QString expectedPrev = JournalSealHasher::genesis();
    qint64 firstSealed = 0;
    while (seals.next()) {
        const qint64 entryId = seals.int64(0);
        if (firstSealed == 0)
            firstSealed = entryId;
        ++r.sealedEntries;
        if (seals.value(3).isNull()) {
            r.ok = false;
            r.problem =
                tr("Journal entry %1 was sealed but is no longer in the journal.").arg(entryId);
            return false;
        }
        if (seals.text(1) != expectedPrev) {
            r.ok = false;
            r.problem = tr("The seal of journal entry %1 does not follow the one before it: an "
                           "entry was removed or inserted.")
                            .arg(entryId);
            return false;
        }
        const SealedEntry entry{entryId,         seals.text(3),   seals.text(4),   seals.text(5),
                                seals.text(6),   seals.int64(7),  seals.int64(8),  seals.int64(9),
                                seals.int64(10), seals.int64(11), seals.int64(12), seals.text(13)};
        JournalSealHasher hasher(expectedPrev, entry);
        lines.bind(entryId).exec();
        while (lines.next())
            hasher.addLine(SealedLine{lines.int64(0), lines.text(1), lines.int64(2), lines.int64(3),
                                      lines.int64(4), lines.int64(5), lines.int64(6),
                                      lines.text(7)});
        if (hasher.result() != seals.text(2)) {
            r.ok = false;
            r.problem = tr("Journal entry %1 of %2 was changed after it was posted.")
                            .arg(entryId)
                            .arg(LocaleFormat::date(QDate::fromString(entry.date, Qt::ISODate)));
            return false;
        }
        expectedPrev = seals.text(2);
    }
    // Entries posted before the journal was sealed have no seal; none after the first may lack
    // one.
    if (firstSealed != 0) {
        SqlQuery unsealed(m_db, QStringLiteral("SELECT e.id FROM journal_entries e WHERE e.id > ? "
                                               "AND NOT EXISTS (SELECT 1 FROM journal_seals s "
                                               "WHERE s.entry_id = e.id) ORDER BY e.id LIMIT 1"));
        const QVariant id = unsealed.bind(firstSealed).scalar();
        if (id.isValid()) {
            r.ok = false;
            r.problem = tr("Journal entry %1 has no seal: it was written outside FactorDesk.")
                            .arg(id.toLongLong());
            return false;
        }
    }
    return true;
}

bool BooksVerifier::sealHeadHolds(Result &r) const
{
    // The chain shows a seal removed or changed anywhere but at its end; the head kept outside
    // the database shows that the end is still there.
    const BookHead head = BookHead::read(m_db.location());
    if (head.sealSeq == 0)
        return true;
    const qint64 last = SqlQuery(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM "
                                                      "journal_seals"))
                            .scalar()
                            .toLongLong();
    r.ok = false;
    if (last < head.sealSeq) {
        r.problem = tr("The newest %n journal entries were deleted: the journal's seals end at "
                       "%1, but seal %2 was written (its hash is kept outside the database, in "
                       "%3).",
                       nullptr, int(head.sealSeq - last))
                        .arg(last)
                        .arg(head.sealSeq)
                        .arg(QDir::toNativeSeparators(BookHead::pathFor(m_db.location())));
        return false;
    }
    SqlQuery q(m_db, QStringLiteral("SELECT hash FROM journal_seals WHERE seq = ?"));
    if (q.bind(head.sealSeq).scalar().toString() != head.sealHash) {
        r.problem = tr("Journal seal %1 is not the one FactorDesk wrote: the journal was "
                       "rewritten from there on.")
                        .arg(head.sealSeq);
        return false;
    }
    r.ok = true;
    return true;
}

bool BooksVerifier::auditHolds(Result &r) const
{
    const AuditLog::Verification v = AuditLog(m_db).verify();
    r.auditRecords = v.checked;
    if (v.ok)
        return true;
    r.ok = false;
    r.problem = v.problem;
    return false;
}

bool BooksVerifier::invoicesAgree(Result &r) const
{
    r.invoices =
        SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM invoices")).scalar().toLongLong();
    const std::optional<InvoiceLedger::Disagreement> d = InvoiceLedger(m_db).firstDisagreement();
    if (!d)
        return true;
    r.ok = false;
    const int decimals = Currency(d->currency).decimals();
    r.problem = tr("Invoice %1 (id %2) is %3 with an open balance of %4 %6, but the journal "
                   "holds %5 %6 on factored receivables for it.")
                    .arg(d->invoiceNo)
                    .arg(d->invoiceId)
                    .arg(d->status)
                    .arg(Money::localized(d->stored, QLocale(), decimals))
                    .arg(Money::localized(d->journal, QLocale(), decimals))
                    .arg(d->currency);
    return false;
}

} // namespace FactorDesk
