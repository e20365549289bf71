#include "chargesservice.h"

#include "agreementservice.h"
#include "bulkstatement.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "endofdayservice.h"
#include "error.h"
#include "ledger.h"
#include "posting.h"
#include "settingsrepository.h"
#include "sqlquery.h"

#include <map>

namespace FactorDesk {

namespace {

DayCount basisOf(qint64 dayCount)
{
    return dayCount == 365 ? DayCount::Act365 : DayCount::Act360;
}

QString monthOf(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// The to_day of a penalty run still accruing (schema 23).
const QString kOpenRun = QStringLiteral("9999-12-31");

} // namespace

Money ChargesService::zero() const
{
    return Money::fromMinor(0, SettingsRepository(m_db).currency());
}

int ChargesService::accruePenalties(QDate day)
{
    // The runs still accruing, by invoice: a day writes only where an invoice's penalty starts,
    // changes (its open amount, the rate or the day count) or stops.
    struct Run
    {
        qint64 amount;
        qint64 rate;
        qint64 basis;
        QString from;
        bool seen = false;
    };
    QHash<qint64, Run> open;
    {
        BulkStatement r(m_db, QStringLiteral("SELECT invoice_id, open_amount, rate_ppm, "
                                             "day_count, from_day FROM penalty_runs WHERE "
                                             "to_day = ?"));
        r.bind(kOpenRun);
        while (r.next())
            open.insert(r.int64(0), {r.int64(1), r.int64(2), r.int64(3), r.text(4)});
    }
    const QString today = isoDate(day);
    const QString yesterday = isoDate(day.addDays(-1));
    BulkStatement close(m_db, QStringLiteral("UPDATE penalty_runs SET to_day = ? WHERE "
                                             "invoice_id = ? AND from_day = ?"));
    BulkStatement drop(m_db, QStringLiteral("DELETE FROM penalty_runs WHERE invoice_id = ? AND "
                                            "from_day = ?"));
    const auto stop = [&](qint64 invoiceId, const Run &run) {
        if (run.from < today)
            close.bind(yesterday).bind(invoiceId).bind(run.from).exec();
        else // started on this very day: superseded
            drop.bind(invoiceId).bind(run.from).exec();
    };
    // Every client's terms of the day in one pass; only those with a penalty rate matter.
    QHash<qint64, Agreement> terms = AgreementService(m_db).inForceForAll(day);
    terms.removeIf(
        [](const QHash<qint64, Agreement>::iterator it) { return it->penaltyRate.ppm() <= 0; });
    int n = 0;
    if (!terms.isEmpty()) {
        int shortest = terms.cbegin()->recourseDays;
        for (const Agreement &a : terms)
            shortest = std::min(shortest, a.recourseDays);
        // Candidates: open invoices due before the earliest recourse cut-off of any such
        // client. Read and written through SQLite's own statements: on a large book this is
        // one row per open invoice past its recourse date.
        BulkStatement q(m_db, QStringLiteral("SELECT id, client_id, due_date, open_balance, "
                                             "currency FROM invoices WHERE status = 'open' AND "
                                             "open_balance > 0 AND due_date < ? ORDER BY id"));
        q.bind(isoDate(day.addDays(-shortest)));
        BulkStatement ins(m_db, QStringLiteral("INSERT INTO penalty_runs (invoice_id, from_day, "
                                               "to_day, client_id, currency, open_amount, "
                                               "recourse_date, rate_ppm, day_count) VALUES (?, "
                                               "?, ?, ?, ?, ?, ?, ?, ?)"));
        // Due dates repeat across invoices: each is parsed and its recourse date worked once.
        QHash<QString, QDate> dueDates;
        while (q.next()) {
            const auto it = terms.constFind(q.int64(1));
            if (it == terms.cend())
                continue;
            const QString dueText = q.text(2);
            auto due = dueDates.find(dueText);
            if (due == dueDates.end())
                due = dueDates.insert(dueText, parseIsoDate(dueText));
            if (!penaltyAccrues(*due, it->recourseDays, day))
                continue;
            ++n;
            const qint64 invoiceId = q.int64(0);
            const qint64 amount = q.int64(3);
            const qint64 rate = it->penaltyRate.ppm();
            const qint64 basis = it->dayCount == 365 ? 365 : 360;
            const auto run = open.find(invoiceId);
            if (run != open.end()) {
                run->seen = true;
                if (run->amount == amount && run->rate == rate && run->basis == basis)
                    continue; // the run goes on
                stop(invoiceId, *run);
            }
            ins.bind(invoiceId)
                .bind(today)
                .bind(kOpenRun)
                .bind(q.int64(1))
                .bind(q.text(4))
                .bind(amount)
                .bind(isoDate(recourseDate(*due, it->recourseDays)))
                .bind(rate)
                .bind(basis)
                .exec();
        }
    }
    // Paid, charged back, or no longer under a penalty: the run ended yesterday.
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        if (!it->seen)
            stop(it.key(), *it);
    return n;
}

namespace {

// A run's days within [first, last]: 0 when it lies outside.
qint64 daysWithin(const QString &from, const QString &to, const QString &first, const QString &last,
                  QHash<QString, QDate> &dates)
{
    const QString &a = from > first ? from : first;
    const QString &b = to < last ? to : last;
    if (b < a)
        return 0;
    const auto date = [&](const QString &text) {
        auto it = dates.find(text);
        if (it == dates.end())
            it = dates.insert(text, parseIsoDate(text));
        return *it;
    };
    return date(a).daysTo(date(b)) + 1;
}

} // namespace

PostedCharges ChargesService::postPenalties(const Session &who, QDate day)
{
    PostedCharges r{0, zero()};
    const QDate first = firstOfMonth(day);
    const QString month = monthOf(day);
    const QString firstText = isoDate(first);
    const QString dayText = isoDate(day);
    QSet<qint64> posted; // a month is posted once
    {
        SqlQuery p(m_db, QStringLiteral("SELECT client_id FROM penalty_postings WHERE month = ?"));
        p.bind(month).exec();
        while (p.next())
            posted.insert(p.int64(0));
    }
    // In any order: the sums are exact, kept by client and invoice.
    BulkStatement q(m_db, QStringLiteral("SELECT client_id, invoice_id, currency, open_amount, "
                                         "rate_ppm, day_count, from_day, to_day FROM "
                                         "penalty_runs WHERE to_day >= ? AND from_day <= ?"));
    q.bind(firstText).bind(dayText);
    std::map<qint64, std::map<qint64, ExactInterest>> sums; // client → invoice → exact
    std::map<qint64, Currency> currencies;
    QHash<QString, QDate> dates;
    while (q.next()) {
        if (posted.contains(q.int64(0)))
            continue;
        const qint64 days = daysWithin(q.text(6), q.text(7), firstText, dayText, dates);
        if (days <= 0)
            continue;
        const Currency currency(q.text(2));
        currencies[q.int64(0)] = currency;
        sums[q.int64(0)][q.int64(1)] +=
            ExactInterest::ofDay(Money::fromMinor(q.int64(3), currency), Rate::fromPpm(q.int64(4)),
                                 basisOf(q.int64(5)))
                .times(days);
    }
    QList<JournalEntry> entries;
    QList<qint64> clients;
    for (const auto &[clientId, invoices] : sums) {
        QList<InvoiceCharge> lines;
        Money total = Money::fromMinor(0, currencies[clientId]);
        for (const auto &[invoiceId, exact] : invoices) {
            const Money amount = exact.rounded(Rounding::HalfEven);
            if (amount.isPositive()) {
                lines.append({invoiceId, amount, {}});
                total += amount;
            }
        }
        if (!total.isPositive())
            continue;
        entries.append(penaltyPosting(day, clientId, currencies[clientId], lines, month));
        clients.append(clientId);
        ++r.entries;
        r.total += total;
    }
    const QList<qint64> ids = JournalService(m_db).postMany(who, entries);
    BulkStatement mark(m_db, QStringLiteral("INSERT INTO penalty_postings (client_id, month, "
                                            "entry_id) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < ids.size(); ++i)
        mark.bind(clients.at(i)).bind(month).bind(ids.at(i)).exec();
    return r;
}

PostedCharges ChargesService::postMinimumFees(const Session &who, QDate day)
{
    PostedCharges r{0, zero()};
    const QDate first = firstOfMonth(day);
    const QString month = monthOf(day);
    QHash<qint64, Agreement> terms = AgreementService(m_db).inForceForAll(day);
    terms.removeIf(
        [](const QHash<qint64, Agreement>::iterator it) { return !it->minimumFee.isPositive(); });
    if (terms.isEmpty())
        return r;
    // What discount fees and interest came to in the month, by client (refunds netted).
    SqlQuery q(m_db, QStringLiteral("SELECT l.client_id, a.code, sum(l.credit - l.debit) FROM "
                                    "journal_lines l JOIN accounts a ON a.id = l.account_id "
                                    "WHERE a.code IN (?, ?) AND l.client_id IS NOT NULL AND "
                                    "l.entry_date >= ? AND l.entry_date <= ? GROUP BY "
                                    "l.client_id, a.code"));
    q.bind(Accounts::discountFeeIncome())
        .bind(Accounts::interestIncome())
        .bind(isoDate(first))
        .bind(isoDate(day))
        .exec();
    QHash<qint64, QPair<qint64, qint64>> charged; // client → (discount fees, interest)
    while (q.next()) {
        auto &c = charged[q.int64(0)];
        (q.text(1) == Accounts::discountFeeIncome() ? c.first : c.second) += q.int64(2);
    }
    QSet<qint64> done;
    SqlQuery d(m_db, QStringLiteral("SELECT client_id FROM minimum_fee_charges WHERE month = ?"));
    d.bind(month).exec();
    while (d.next())
        done.insert(d.int64(0));
    SqlQuery closed(m_db, QStringLiteral("SELECT id FROM clients WHERE status = 'closed'"));
    closed.exec();
    while (closed.next())
        done.insert(closed.int64(0));
    QList<qint64> ids = terms.keys();
    std::sort(ids.begin(), ids.end());
    QList<QPair<qint64, MinimumFeeWorking>> workings; // every client's, posted or not
    QList<JournalEntry> entries;
    for (qint64 clientId : ids) {
        if (done.contains(clientId))
            continue;
        const Agreement &a = terms[clientId];
        const Currency currency = a.minimumFee.currency();
        const auto c = charged.value(clientId);
        const MinimumFeeWorking w =
            minimumFeeTopUp(a.minimumFee, Money::fromMinor(c.first, currency),
                            Money::fromMinor(c.second, currency));
        workings.append({clientId, w});
        if (w.topUp.isPositive()) {
            entries.append(minimumFeePosting(day, clientId, w, month));
            ++r.entries;
            r.total += w.topUp;
        }
    }
    const QList<qint64> entryIds = JournalService(m_db).postMany(who, entries);
    BulkStatement ins(m_db, QStringLiteral("INSERT INTO minimum_fee_charges (client_id, month, "
                                           "currency, minimum_fee, discount_fees, interest, "
                                           "top_up, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qsizetype posted = 0;
    for (const auto &[clientId, w] : workings) {
        const qint64 entryId = w.topUp.isPositive() ? entryIds.at(posted++) : 0;
        ins.bind(clientId)
            .bind(month)
            .bind(w.minimum.currency().code())
            .bind(w.minimum.minor())
            .bind(w.discountFees.minor())
            .bind(w.interest.minor())
            .bind(w.topUp.minor())
            .bindId(entryId)
            .exec();
    }
    return r;
}

PostedCharges ChargesService::postCreditDecisionCharges(const Session &who, QDate day)
{
    PostedCharges r{0, zero()};
    const QDate first = firstOfMonth(day);
    // The month's decisions and the clients they are charged to, not yet charged.
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT x.id, x.client, x.decided_on, x.code, x.status FROM (SELECT r.id, "
                       "COALESCE(r.client_id, cd.client_id) AS client, COALESCE(r.decision_date, "
                       "substr(r.decided_at, 1, 10)) AS decided_on, d.code, r.status FROM "
                       "credit_requests r JOIN debtors d ON d.id = r.debtor_id LEFT JOIN "
                       "client_debtors cd ON r.client_id IS NULL AND cd.debtor_id = r.debtor_id "
                       "WHERE r.status IN ('approved', 'partial', 'declined')) x WHERE x.client IS "
                       "NOT NULL AND x.decided_on >= ? AND x.decided_on <= ? AND NOT EXISTS "
                       "(SELECT 1 FROM credit_decision_charges c WHERE c.request_id = x.id AND "
                       "c.client_id = x.client) ORDER BY x.client, x.id"));
    q.bind(isoDate(first)).bind(isoDate(day)).exec();
    struct Item
    {
        qint64 requestId;
        QDate decided;
        QString debtor;
        QString status;
    };
    std::map<qint64, QList<Item>> byClient;
    while (q.next())
        byClient[q.int64(1)].append({q.int64(0), parseIsoDate(q.text(2)), q.text(3), q.text(4)});
    AgreementService agreements(m_db);
    struct Charged
    {
        qint64 clientId;
        QList<InvoiceCharge> lines;
        QList<qint64> requests;
    };
    QList<Charged> charged;
    QList<JournalEntry> entries;
    const QString month = monthOf(day);
    for (const auto &[clientId, items] : byClient) {
        const QList<Agreement> history = agreements.history(clientId);
        QList<InvoiceCharge> lines;
        QList<qint64> requests;
        Money total;
        for (const Item &it : items) {
            const Agreement *a = nullptr;
            for (const Agreement &v : history)
                if (v.effectiveFrom <= it.decided)
                    a = &v;
            if (!a || !a->chargePerCreditDecision.isPositive())
                continue;
            lines.append({0, a->chargePerCreditDecision,
                          tr("Credit decision %1 on %2 (%3, %4)")
                              .arg(it.requestId)
                              .arg(it.debtor, it.status, isoDate(it.decided))});
            requests.append(it.requestId);
            total = total.currency().isNone() ? a->chargePerCreditDecision
                                              : total + a->chargePerCreditDecision;
        }
        if (lines.isEmpty())
            continue;
        entries.append(chargePosting(day, clientId, total.currency(), lines,
                                     tr("Charges per credit decision for %1").arg(month)));
        charged.append({clientId, lines, requests});
        ++r.entries;
        r.total += total;
    }
    const QList<qint64> ids = JournalService(m_db).postMany(who, entries);
    BulkStatement ins(m_db, QStringLiteral("INSERT INTO credit_decision_charges (request_id, "
                                           "client_id, amount, entry_id) VALUES (?, ?, ?, ?)"));
    for (qsizetype e = 0; e < charged.size(); ++e) {
        const Charged &c = charged.at(e);
        for (qsizetype i = 0; i < c.requests.size(); ++i)
            ins.bind(c.requests.at(i))
                .bind(c.clientId)
                .bind(c.lines.at(i).amount.minor())
                .bind(ids.at(e))
                .exec();
    }
    return r;
}

PostedCharges ChargesService::refundReversedFees(const Session &who, QDate day)
{
    PostedCharges r{0, zero()};
    // Collection lines a receipt reversal undid whose discount fee was charged, not refunded.
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT c.source_line_id, c.fee_entry_id, c.fee, l.invoice_id, fe.client_id, "
                   "fe.currency, rv.journal_entry_id FROM receipts rv JOIN journal_entries re ON "
                   "re.id = rv.journal_entry_id JOIN receipt_applications ra ON ra.receipt_id = "
                   "rv.reverses_id AND ra.kind = 'applied' JOIN journal_lines l ON l.entry_id = "
                   "ra.journal_entry_id AND l.invoice_id = ra.invoice_id AND l.credit > 0 JOIN "
                   "accounts a ON a.id = l.account_id AND a.code = ? JOIN discount_fee_charges c "
                   "ON c.source_line_id = l.id JOIN journal_entries fe ON fe.id = c.fee_entry_id "
                   "WHERE rv.reverses_id IS NOT NULL AND re.entry_date <= ? AND NOT EXISTS "
                   "(SELECT 1 FROM discount_fee_refunds f WHERE f.source_line_id = l.id) ORDER BY "
                   "c.fee_entry_id, c.source_line_id"));
    q.bind(Accounts::factoredReceivables()).bind(isoDate(day)).exec();
    struct Line
    {
        qint64 sourceLine;
        qint64 fee;
        qint64 invoiceId;
        qint64 reversalEntry;
    };
    struct FeeEntry
    {
        qint64 clientId = 0;
        Currency currency;
        QList<Line> lines;
    };
    std::map<qint64, FeeEntry> byEntry;
    QSet<qint64> seen;
    while (q.next()) {
        if (seen.contains(q.int64(0)))
            continue; // one line, several applications of it
        seen.insert(q.int64(0));
        FeeEntry &e = byEntry[q.int64(1)];
        e.clientId = q.int64(4);
        e.currency = Currency(q.text(5));
        e.lines.append({q.int64(0), q.int64(2), q.int64(3), q.int64(6)});
    }
    JournalService journal(m_db);
    SqlQuery all(m_db, QStringLiteral("SELECT count(*) FROM discount_fee_charges WHERE "
                                      "fee_entry_id = ?"));
    SqlQuery reversed(m_db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE "
                                           "reverses_id = ?"));
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO discount_fee_refunds (source_line_id, "
                                      "reversal_entry_id, refund_entry_id, fee) VALUES (?, ?, "
                                      "?, ?)"));
    for (const auto &[feeEntryId, e] : byEntry) {
        const qint64 lineCount = all.bind(feeEntryId).scalar().toLongLong();
        const bool whole =
            lineCount == e.lines.size() && reversed.bind(feeEntryId).scalar().toLongLong() == 0;
        qint64 refundId = 0;
        Money total = Money::fromMinor(0, e.currency);
        for (const Line &l : e.lines)
            total += Money::fromMinor(l.fee, e.currency);
        const QString memo =
            tr("Refund of the discount fee of entry %1: its receipt was reversed").arg(feeEntryId);
        if (whole) {
            refundId = journal.post(who, reversalPosting(journal.entry(feeEntryId), day, memo));
        } else {
            PostingBuilder b(day, e.currency, QStringLiteral("discount_fee"), memo);
            b.forClient(e.clientId);
            b.debit(Accounts::discountFeeIncome(), total, {}, PostingTags{e.clientId, 0, 0});
            for (const Line &l : e.lines)
                b.credit(Accounts::clientReserves(), Money::fromMinor(l.fee, e.currency), {},
                         PostingTags{e.clientId, 0, l.invoiceId});
            refundId = journal.post(who, b.build());
        }
        for (const Line &l : e.lines)
            ins.bind(l.sourceLine).bind(l.reversalEntry).bind(refundId).bind(l.fee).exec();
        ++r.entries;
        r.total += total;
    }
    return r;
}

PenaltyMonth ChargesService::penaltyMonth(const QString &clientCode, const QString &month) const
{
    const QDate first = BusinessCalendar::parseMonth(month);
    if (!first.isValid())
        throw Error(Error::Kind::Validation,
                    tr("month: \"%1\" is not a month; write it like 2026-03.").arg(month),
                    QStringLiteral("month"));
    const Client client = ClientService(m_db).byCode(clientCode);
    PenaltyMonth m;
    m.client = client.code;
    m.month = monthOf(first);
    m.total = Money::fromMinor(0, client.currency);
    const QDate last = first.addMonths(1).addDays(-1);
    // A run still accruing reaches through the last day the end of day has run.
    const QDate lastRun = EndOfDayService(m_db).lastRun();
    SqlQuery posted(m_db, QStringLiteral("SELECT entry_id FROM penalty_postings WHERE client_id "
                                         "= ? AND month = ?"));
    const qint64 entryId = posted.bind(client.id).bind(m.month).scalar().toLongLong();
    SqlQuery q(m_db, QStringLiteral("SELECT p.invoice_id, i.invoice_no, p.recourse_date, "
                                    "p.from_day, p.to_day, p.currency, p.open_amount, p.rate_ppm, "
                                    "p.day_count FROM penalty_runs p JOIN invoices i ON i.id = "
                                    "p.invoice_id WHERE p.client_id = ? AND p.to_day >= ? AND "
                                    "p.from_day <= ? ORDER BY p.invoice_id, p.from_day"));
    q.bind(client.id).bind(isoDate(first)).bind(isoDate(last)).exec();
    while (q.next()) {
        QDate to = q.text(4) == kOpenRun ? lastRun : parseIsoDate(q.text(4));
        to = std::min(to, last);
        QDate d = std::max(parseIsoDate(q.text(3)), first);
        if (!to.isValid() || d > to)
            continue;
        if (m.invoices.isEmpty() || m.invoices.last().invoiceId != q.int64(0)) {
            InvoicePenalty p;
            p.invoiceId = q.int64(0);
            p.invoiceNo = q.text(1);
            p.recourseDate = parseIsoDate(q.text(2));
            p.postedEntryId = entryId;
            m.invoices.append(p);
        }
        InvoicePenalty &p = m.invoices.last();
        const Money open = Money::fromMinor(q.int64(6), Currency(q.text(5)));
        for (; d <= to; d = d.addDays(1))
            p.days.append(penaltyDay(d, open, Rate::fromPpm(q.int64(7)), basisOf(q.int64(8))));
    }
    for (InvoicePenalty &p : m.invoices) {
        sumPenalty(p);
        m.total += p.total;
    }
    return m;
}

Money ChargesService::penaltyAccrued(qint64 clientId, Currency currency, QDate asOf) const
{
    // Months posted as of the day: by an entry dated on or before it.
    QSet<QString> posted;
    {
        SqlQuery p(m_db, QStringLiteral("SELECT pp.month FROM penalty_postings pp JOIN "
                                        "journal_entries e ON e.id = pp.entry_id WHERE "
                                        "pp.client_id = ? AND e.entry_date <= ?"));
        p.bind(clientId).bind(isoDate(asOf)).exec();
        while (p.next())
            posted.insert(p.text(0));
    }
    // A run still accruing reaches through the last day the end of day has run.
    const QDate lastRun = EndOfDayService(m_db).lastRun();
    SqlQuery q(m_db, QStringLiteral("SELECT invoice_id, from_day, to_day, currency, open_amount, "
                                    "rate_ppm, day_count FROM penalty_runs WHERE client_id = ? AND "
                                    "from_day <= ?"));
    q.bind(clientId).bind(isoDate(asOf)).exec();
    std::map<std::pair<QString, qint64>, ExactInterest> sums; // (month, invoice) → exact
    while (q.next()) {
        QDate to = q.text(2) == kOpenRun ? lastRun : parseIsoDate(q.text(2));
        to = std::min(to, asOf);
        QDate d = parseIsoDate(q.text(1));
        const ExactInterest perDay =
            ExactInterest::ofDay(Money::fromMinor(q.int64(4), Currency(q.text(3))),
                                 Rate::fromPpm(q.int64(5)), basisOf(q.int64(6)));
        // Month by month: each month's days of the run.
        while (to.isValid() && d.isValid() && d <= to) {
            const QDate monthEnd = std::min(to, firstOfMonth(d).addMonths(1).addDays(-1));
            const QString month = monthOf(d);
            if (!posted.contains(month))
                sums[{month, q.int64(0)}] += perDay.times(d.daysTo(monthEnd) + 1);
            d = monthEnd.addDays(1);
        }
    }
    Money total = Money::fromMinor(0, currency);
    for (const auto &entry : sums)
        total += Money::fromMinor(entry.second.rounded(Rounding::HalfEven).minor(), currency);
    return total;
}

std::optional<MinimumFeeMonth> ChargesService::minimumFee(qint64 clientId,
                                                          const QString &month) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT currency, minimum_fee, discount_fees, interest, "
                                    "top_up, COALESCE(entry_id, 0) FROM minimum_fee_charges "
                                    "WHERE client_id = ? AND month = ?"));
    q.bind(clientId).bind(month).exec();
    if (!q.next())
        return std::nullopt;
    const Currency c(q.text(0));
    MinimumFeeMonth m;
    m.month = month;
    m.working = {Money::fromMinor(q.int64(1), c), Money::fromMinor(q.int64(2), c),
                 Money::fromMinor(q.int64(3), c), Money::fromMinor(q.int64(4), c)};
    m.entryId = q.int64(5);
    return m;
}

} // namespace FactorDesk
