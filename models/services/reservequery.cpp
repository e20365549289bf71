#include "reservequery.h"

#include "agreementservice.h"
#include "businesscalendar.h"
#include "chargesservice.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "endofdayservice.h"
#include "error.h"
#include "feesquery.h"
#include "interestcalc.h"
#include "invoiceledger.h"
#include "journal.h"
#include "ledger.h"
#include "sqlquery.h"

#include <QHash>

namespace FactorDesk {

namespace {

const QString kReleaseColumns = QStringLiteral(
    "SELECT r.id, r.client_id, c.code, r.release_date, r.currency, r.balance, r.held, "
    "r.interest_accrued, r.fees_accrued, r.disputes, r.recourse, r.releasable, r.released, "
    "r.interest_posted, r.interest_entry_id, r.journal_entry_id, r.payment_id, u.username, "
    "r.released_at FROM reserve_releases r JOIN clients c ON c.id = r.client_id JOIN users u "
    "ON u.id = r.released_by");

// The version of `history` (sorted by date) in force on `day`, or nullptr.
const Agreement *versionOn(const QList<Agreement> &history, QDate day)
{
    const Agreement *found = nullptr;
    for (const Agreement &a : history)
        if (a.effectiveFrom <= day)
            found = &a;
    return found;
}

} // namespace

ReserveFigures ReserveQuery::figures(qint64 clientId, QDate asOf) const
{
    const Client client = ClientService(m_db).get(clientId);
    const QDate day = asOf.isValid() ? asOf : BusinessCalendar(m_db).today();
    const Currency currency = client.currency;
    ReserveFigures f;
    f.balance = Money::fromMinor(InvoiceLedger(m_db).reserve(clientId, day), currency);
    f.recourse = Money::fromMinor(
        JournalService(m_db).balance(Accounts::recourseReceivable(), day, clientId), currency);
    f.held = held(clientId, currency, day);
    // Interest and penalty interest accrued and not posted.
    f.interestAccrued = interestAccrued(clientId, currency, day) +
                        ChargesService(m_db).penaltyAccrued(clientId, currency, day);
    f.feesAccrued = feesAccrued(clientId, currency, day);
    f.disputes = disputes(clientId, currency, day);
    return f;
}

Money ReserveQuery::held(qint64 clientId, Currency currency, QDate asOf) const
{
    // Each open invoice of the client on factored receivables as of the day, with the advance
    // rate of its schedule's agreement and its first day in the journal (its purchase).
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT l.invoice_id, SUM(l.debit) - SUM(l.credit), i.amount, "
                         "i.eligible_amount, ag.advance_ppm, MIN(l.entry_date) FROM journal_lines "
                         "l JOIN accounts a ON a.id = l.account_id JOIN invoices i ON i.id = "
                         "l.invoice_id JOIN schedules s ON s.id = i.schedule_id LEFT JOIN "
                         "agreements ag ON ag.id = s.agreement_id WHERE a.code = ? AND "
                         "i.client_id = ? AND l.entry_date <= ? GROUP BY l.invoice_id, i.amount, "
                         "i.eligible_amount, ag.advance_ppm HAVING SUM(l.debit) > SUM(l.credit)"));
    q.bind(Accounts::factoredReceivables()).bind(clientId).bind(isoDate(asOf)).exec();
    QList<HeldInvoice> open;
    std::optional<QList<Agreement>> history;
    while (q.next()) {
        const qint64 face = q.int64(2);
        const qint64 eligible = q.int64(3);
        qint64 ppm = 0;
        if (!q.isNull(4)) {
            ppm = q.int64(4);
        } else {
            if (!history)
                history = AgreementService(m_db).history(clientId);
            if (const Agreement *a = versionOn(*history, parseIsoDate(q.text(5))))
                ppm = a->advanceRate.ppm();
        }
        // Only the eligible share was advanced on; rounded down, so never less is held.
        if (face > 0 && eligible < face)
            ppm = qint64(__int128(ppm) * std::max<qint64>(0, eligible) / face);
        open.append({Money::fromMinor(q.int64(1), currency), Rate::fromPpm(ppm)});
    }
    return heldReserve(open, currency);
}

Money ReserveQuery::interestAccrued(qint64 clientId, Currency currency, QDate asOf) const
{
    // Accrued on or before the day, and not posted by an entry dated on or before it.
    SqlQuery q(m_db, QStringLiteral("SELECT ia.currency, ia.balance, ia.base_ppm, ia.margin_ppm, "
                                    "ia.day_count FROM interest_accruals ia LEFT JOIN "
                                    "journal_entries e ON e.id = ia.posted_entry_id WHERE "
                                    "ia.client_id = ? AND ia.day <= ? AND (ia.posted_entry_id IS "
                                    "NULL OR e.entry_date > ?) ORDER BY ia.day"));
    q.bind(clientId).bind(isoDate(asOf)).bind(isoDate(asOf)).exec();
    ExactInterest exact;
    while (q.next()) {
        const Money balance = Money::fromMinor(q.int64(1), Currency(q.text(0)));
        const Rate rate = Rate::fromPpm(q.int64(2) + q.int64(3));
        exact += ExactInterest::ofDay(balance, rate,
                                      q.int64(4) == 365 ? DayCount::Act365 : DayCount::Act360);
    }
    const Money rounded = exact.rounded(Rounding::HalfEven);
    return Money::fromMinor(rounded.minor(), currency);
}

Money ReserveQuery::feesAccrued(qint64 clientId, Currency currency, QDate asOf) const
{
    // The end-of-day run charges a day's collections on that day: only days it has not run
    // yet can hold collections not charged, and only up to the last day with an entry.
    QDate from = BusinessCalendar(m_db).today();
    const QDate last = EndOfDayService(m_db).lastRun();
    if (last.isValid() && last >= from)
        from = last.addDays(1);
    const QDate lastEntry =
        parseIsoDate(SqlQuery(m_db, QStringLiteral("SELECT max(entry_date) FROM journal_entries"))
                         .scalar()
                         .toString());
    const QDate to = lastEntry.isValid() ? std::min(asOf, lastEntry) : QDate();
    Money sum = Money::fromMinor(0, currency);
    FeesQuery fees(m_db);
    for (QDate d = from; to.isValid() && d <= to; d = d.addDays(1))
        for (const CollectionFee &c : fees.unchargedCollections(d))
            if (c.clientId == clientId && c.working.fee.isPositive())
                sum += c.working.fee;
    return sum;
}

Money ReserveQuery::disputes(qint64 clientId, Currency currency, QDate asOf) const
{
    // Open as of the day: opened by then and not resolved by then.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT COALESCE(SUM(d.amount), 0) FROM disputes d LEFT JOIN chargebacks "
                         "c ON c.id = d.chargeback_id LEFT JOIN credit_notes n ON n.id = "
                         "d.credit_note_id WHERE d.client_id = ? AND d.opened_on <= ? AND "
                         "(d.status = 'open' OR (d.status = 'charged_back' AND c.chargeback_date "
                         "> ?) OR (d.status = 'credited' AND n.note_date > ?) OR (d.status = "
                         "'paid' AND substr(d.resolved_at, 1, 10) > ?))"));
    const QString day = isoDate(asOf);
    q.bind(clientId).bind(day).bind(day).bind(day).bind(day);
    return Money::fromMinor(q.scalar().toLongLong(), currency);
}

QList<ReserveRelease> ReserveQuery::readReleases(const QString &where, qint64 value) const
{
    SqlQuery q(m_db, kReleaseColumns + QStringLiteral(" WHERE ") + where +
                         QStringLiteral(" ORDER BY r.journal_entry_id"));
    q.bind(value).exec();
    QList<ReserveRelease> out;
    while (q.next()) {
        ReserveRelease r;
        const Currency cur(q.text(4));
        const auto money = [&](int column) { return Money::fromMinor(q.int64(column), cur); };
        r.id = q.int64(0);
        r.clientId = q.int64(1);
        r.clientCode = q.text(2);
        r.date = parseIsoDate(q.text(3));
        r.figures.balance = money(5);
        r.figures.held = money(6);
        r.figures.interestAccrued = money(7);
        r.figures.feesAccrued = money(8);
        r.figures.disputes = money(9);
        r.figures.recourse = money(10);
        r.releasable = money(11);
        r.released = money(12);
        r.interestPosted = money(13);
        r.interestEntryId = q.isNull(14) ? 0 : q.int64(14);
        r.entryId = q.int64(15);
        r.paymentId = q.int64(16);
        r.releasedBy = q.text(17);
        r.releasedAt = q.text(18);
        out.append(r);
    }
    return out;
}

QList<ReserveRelease> ReserveQuery::releases(qint64 clientId) const
{
    return readReleases(QStringLiteral("r.client_id = ?"), clientId);
}

ReserveRelease ReserveQuery::release(qint64 releaseId) const
{
    const QList<ReserveRelease> found = readReleases(QStringLiteral("r.id = ?"), releaseId);
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound,
                    tr("release: there is no reserve release %1.").arg(releaseId),
                    QStringLiteral("release"));
    return found.first();
}

std::optional<ReserveRelease> ReserveQuery::lastRelease(qint64 clientId) const
{
    const QList<ReserveRelease> all = releases(clientId);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

SettlementMovements ReserveQuery::movements(qint64 clientId, qint64 afterEntryId,
                                            qint64 beforeEntryId, QDate asOf) const
{
    const Currency currency = ClientService(m_db).get(clientId).currency;
    SettlementMovements m;
    m.collected = m.deducted = m.added = Money::fromMinor(0, currency);
    const QString window = beforeEntryId > 0 ? QStringLiteral(" AND e.id < ?") : QString();
    const auto bindWindow = [&](SqlQuery &q) {
        q.bind(afterEntryId);
        if (beforeEntryId > 0)
            q.bind(beforeEntryId);
        q.bind(isoDate(asOf)).exec();
    };
    // The debtors' payments on the client's invoices (a returned payment counts against).
    SqlQuery c(m_db, QStringLiteral("SELECT l.entry_date, e.id, e.kind, i.invoice_no, e.memo, "
                                    "l.credit - l.debit FROM journal_lines l JOIN "
                                    "journal_entries e ON e.id = l.entry_id JOIN accounts a ON "
                                    "a.id = l.account_id JOIN invoices i ON i.id = l.invoice_id "
                                    "WHERE a.code = ? AND i.client_id = ? AND e.kind IN "
                                    "('receipt', 'cash_application', 'receipt_reversal') AND "
                                    "e.id > ?%1 AND l.entry_date <= ? ORDER BY l.entry_date, "
                                    "l.id")
                         .arg(window));
    c.bind(Accounts::factoredReceivables()).bind(clientId);
    bindWindow(c);
    while (c.next()) {
        const SettlementLine line{parseIsoDate(c.text(0)),
                                  c.int64(1),
                                  c.text(2),
                                  c.text(3),
                                  c.text(4),
                                  Money::fromMinor(c.int64(5), currency)};
        m.collections.append(line);
        m.collected += line.amount;
    }
    // Every line on the client's reserve.
    SqlQuery r(m_db, QStringLiteral("SELECT l.entry_date, e.id, e.kind, "
                                    "COALESCE(i.invoice_no, ''), e.memo, l.debit, l.credit FROM "
                                    "journal_lines l JOIN journal_entries e ON e.id = "
                                    "l.entry_id JOIN accounts a ON a.id = l.account_id LEFT "
                                    "JOIN invoices i ON i.id = l.invoice_id WHERE a.code = ? AND "
                                    "l.client_id = ? AND e.kind <> 'reserve_release' AND e.id > "
                                    "?%1 AND l.entry_date <= ? ORDER BY l.entry_date, l.id")
                         .arg(window));
    r.bind(Accounts::clientReserves()).bind(clientId);
    bindWindow(r);
    while (r.next()) {
        SettlementLine line{
            parseIsoDate(r.text(0)), r.int64(1), r.text(2), r.text(3), r.text(4), {}};
        const qint64 debit = r.int64(5);
        const qint64 credit = r.int64(6);
        if (debit > 0) {
            line.amount = Money::fromMinor(debit, currency);
            m.deductions.append(line);
            m.deducted += line.amount;
        } else {
            line.amount = Money::fromMinor(credit, currency);
            m.additions.append(line);
            m.added += line.amount;
        }
    }
    return m;
}

} // namespace FactorDesk
