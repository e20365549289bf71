#include "simulation.h"

#include "agreementservice.h"
#include "baserateservice.h"
#include "businesscalendar.h"
#include "chargebackservice.h"
#include "clientservice.h"
#include "clientstatementreport.h"
#include "creditnoteservice.h"
#include "database.h"
#include "disputeservice.h"
#include "endofdayservice.h"
#include "error.h"
#include "factorprofileservice.h"
#include "iban.h"
#include "journalfixture.h"
#include "paymentservice.h"
#include "purchasefixture.h"
#include "receiptservice.h"
#include "reservequery.h"
#include "reserveservice.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "sqlquery.h"
#include "statementquery.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QScopeGuard>

namespace FactorDesk::Test {

namespace {

const QString kFactorIban = QStringLiteral("DE89370400440532013000");

// One credit on the factor's account in a camt.053 statement.
struct CamtCredit
{
    qint64 amount = 0;
    QString remitterIban;
    QString reference; // unstructured remittance information
    QString bankRef;   // AcctSvcrRef: unique per entry
};

QByteArray camt053(const QList<CamtCredit> &credits, QDate day, const QString &msgId)
{
    const QByteArray date = day.toString(Qt::ISODate).toLatin1();
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\n"
                   "<BkToCstmrStmt><GrpHdr><MsgId>" +
                   msgId.toLatin1() + "</MsgId><CreDtTm>" + date +
                   "T18:00:00</CreDtTm></GrpHdr>\n<Stmt><Id>" + msgId.toLatin1() +
                   "</Id><Acct><Id><IBAN>" + kFactorIban.toLatin1() +
                   "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
    for (const CamtCredit &c : credits) {
        x += "<Ntry><Amt Ccy=\"EUR\">" +
             QStringLiteral("%1.%2")
                 .arg(c.amount / 100)
                 .arg(c.amount % 100, 2, 10, QLatin1Char('0'))
                 .toLatin1() +
             "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + date +
             "</Dt></BookgDt><ValDt><Dt>" + date + "</Dt></ValDt><AcctSvcrRef>" +
             c.bankRef.toLatin1() +
             "</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Debtor</Nm></Dbtr>"
             "<DbtrAcct><Id><IBAN>" +
             c.remitterIban.toLatin1() + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" +
             c.reference.toLatin1() + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    }
    return x + "</Stmt></BkToCstmrStmt></Document>\n";
}

bool isWeekday(QDate d)
{
    return d.dayOfWeek() <= 5;
}

} // namespace

QString SimulationResult::summary() const
{
    return QStringLiteral("days %1, acts %2 (refused %3), checks %4, breaks %5, %6 s")
        .arg(days)
        .arg(acts)
        .arg(refused)
        .arg(checks)
        .arg(breaks)
        .arg(QString::number(elapsedMs / 1000) + QLatin1Char('.') +
             QString::number(elapsedMs % 1000 / 100));
}

Simulation::Simulation(TestBooks &books, const SimulationConfig &config)
    : m_books(books)
    , m_config(config)
    , m_rng(config.seed)
{}

int Simulation::draw(int lo, int hi)
{
    // Modulo of the raw engine output: the same draws on every standard library.
    return lo + static_cast<int>(m_rng() % static_cast<quint32>(hi - lo + 1));
}

bool Simulation::chance(int percent)
{
    return draw(1, 100) <= percent;
}

QString Simulation::cents(qint64 minor)
{
    return QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'));
}

void Simulation::expect(bool ok, const QString &what)
{
    if (!holds(ok))
        broken(what);
}

void Simulation::broken(const QString &what)
{
    ++m_result.breaks;
    if (m_result.breakList.size() < 50)
        m_result.breakList << QStringLiteral("%1: %2").arg(m_lastDay.toString(Qt::ISODate), what);
}

template <typename F> bool Simulation::act(const QString &kind, F &&f)
{
    QElapsedTimer timer;
    timer.start();
    const auto timed = qScopeGuard([&] { m_result.msByStep[kind] += timer.elapsed(); });
    try {
        f();
        ++m_result.acts;
        ++m_result.actsByKind[kind];
        return true;
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Storage || e.kind() == Error::Kind::Overflow ||
            e.kind() == Error::Kind::Busy) {
            expect(false, QStringLiteral("%1 failed: %2").arg(kind, e.message()));
        } else {
            ++m_result.refused;
            ++m_result.actsByKind[kind + QStringLiteral(" refused")];
        }
    } catch (const std::exception &e) {
        expect(false, QStringLiteral("%1 threw: %2").arg(kind, QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void Simulation::setUp()
{
    Database &db = m_books.db();
    BusinessCalendar(db).start(m_config.start);
    BaseRateService(db).set(m_books.manager, QStringLiteral("base"), QDate(2025, 1, 1),
                            Rate::fromPpm(35000));
    FactorProfileService profiles(db);
    FactorProfile p = profiles.profile();
    p.name = QStringLiteral("Simulated Factor");
    p.bankAccount = kFactorIban;
    profiles.setProfile(m_books.admin, p);

    for (int i = 1; i <= m_config.debtors; ++i) {
        const QString code = QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0'));
        const qint64 id = PurchaseFixture::addDebtor(
            m_books, code, QStringLiteral("Debtor %1 GmbH").arg(i), 5000000000);
        m_debtorIds << id;
        m_debtorCodes.insert(id, code);
        m_debtorIbans.insert(
            id, Iban::fromBban(
                    QStringLiteral("DE"),
                    QStringLiteral("50010517%1").arg(7000000 + i, 10, 10, QLatin1Char('0'))));
    }
    for (int i = 1; i <= m_config.clients; ++i) {
        Client c;
        c.code = QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Client %1 Ltd").arg(i);
        c.address = QStringLiteral("%1 Harbour Road\nHamburg").arg(i);
        c.bankAccount =
            Iban::fromBban(QStringLiteral("DE"),
                           QStringLiteral("37040044%1").arg(5320000 + i, 10, 10, QLatin1Char('0')));
        c.bankName = QStringLiteral("Commerzbank");
        const qint64 id = ClientService(db).add(m_books.clerk, c);
        m_clientIds << id;
        m_clientCodes.insert(id, c.code);

        Agreement t = AgreementService::defaults();
        t.recourse = i % 3 != 0; // every third client without recourse
        t.advanceRate = Rate::fromPpm(750000 + 10000 * draw(0, 15));
        t.commissionRate = Rate::fromPpm(5000 * draw(0, 4));
        t.discountTiers = Agreement::parseTiers(i % 2 ? QStringLiteral("30:1.0,10:0.3")
                                                      : QStringLiteral("45:1.2"));
        t.interestMargin = Rate::fromPpm(15000 + 5000 * draw(0, 3));
        t.baseRate = QStringLiteral("BASE");
        t.dayCount = i % 4 ? 360 : 365;
        t.recourseDays = 30 + 15 * draw(0, 4);
        if (i % 5 == 0)
            t.minimumFee = Money::fromMinor(25000, EUR);
        AgreementService(db).setTerms(m_books.manager, id, QDate(2025, 1, 1), t);
    }
    m_receivablesAccount = SqlQuery(db, QStringLiteral("SELECT id FROM accounts WHERE code = ?"))
                               .bind(Accounts::factoredReceivables())
                               .scalar()
                               .toLongLong();
    m_reservesAccount = SqlQuery(db, QStringLiteral("SELECT id FROM accounts WHERE code = ?"))
                            .bind(Accounts::clientReserves())
                            .scalar()
                            .toLongLong();
    m_recourseAccount = SqlQuery(db, QStringLiteral("SELECT id FROM accounts WHERE code = ?"))
                            .bind(Accounts::recourseReceivable())
                            .scalar()
                            .toLongLong();
}

SimulationResult Simulation::run()
{
    QElapsedTimer timer;
    timer.start();
    setUp();
    for (int i = 0; i < m_config.days; ++i) {
        m_dayIndex = i;
        runDay(m_config.start.addDays(i));
        m_result.elapsedMs = timer.elapsed();
    }
    return m_result;
}

void Simulation::runDay(QDate day)
{
    m_lastDay = day;
    expect(BusinessCalendar(m_books.db()).today() == day,
           QStringLiteral("the business date is %1, not the simulated day")
               .arg(BusinessCalendar(m_books.db()).today().toString(Qt::ISODate)));
    if (isWeekday(day)) {
        buySchedules(day);
        importReceipts(day);
        creditNotes(day);
        disputes(day);
        chargebacks(day);
        insolvency(day);
        releases(day);
        paymentRun(day);
    }
    endOfDay(day);
    if (day.addDays(1).day() == 1)
        closeMonth(day.addDays(1));
    ++m_result.days;
    check(day);
    if (m_config.progress && day.addDays(1).day() == 1)
        qInfo().noquote() << day.toString(QStringLiteral("yyyy-MM:")) << m_result.summary();
}

QList<Simulation::OpenInvoice> Simulation::openInvoices() const
{
    SqlQuery q(m_books.db(),
               QStringLiteral("SELECT i.id, i.invoice_no, c.code, i.client_id, i.debtor_id, "
                              "i.open_balance, i.due_date FROM invoices i JOIN clients c ON c.id = "
                              "i.client_id WHERE i.status = 'open' AND i.open_balance > 0 ORDER BY "
                              "i.id"));
    q.exec();
    QList<OpenInvoice> out;
    while (q.next()) {
        OpenInvoice o;
        o.id = q.value(0).toLongLong();
        o.invoiceNo = q.value(1).toString();
        o.clientCode = q.value(2).toString();
        o.clientId = q.value(3).toLongLong();
        o.debtorId = q.value(4).toLongLong();
        o.open = q.value(5).toLongLong();
        o.due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out << o;
    }
    return out;
}

void Simulation::buySchedules(QDate day)
{
    for (const qint64 clientId : std::as_const(m_clientIds)) {
        if (!chance(25))
            continue;
        QList<ScheduleInputLine> lines;
        const int count = draw(1, 5);
        for (int n = 0; n < count; ++n) {
            const QDate invoiceDate = day.addDays(-draw(0, 10));
            const QDate due = invoiceDate.addDays(15 * draw(2, 4));
            const qint64 debtor = m_debtorIds.at(draw(0, int(m_debtorIds.size()) - 1));
            lines << PurchaseFixture::line(
                QStringLiteral("%1-%2")
                    .arg(m_clientCodes.value(clientId))
                    .arg(++m_invoiceSeq, 6, 10, QLatin1Char('0')),
                m_debtorCodes.value(debtor), cents(qint64(draw(50000, 2500000))),
                invoiceDate.toString(Qt::ISODate), due.toString(Qt::ISODate));
        }
        qint64 scheduleId = 0;
        ScheduleImportOptions options;
        options.date = day;
        if (!act(QStringLiteral("schedule import"), [&] {
                scheduleId = ScheduleImportService(m_books.db())
                                 .importLines(m_books.clerk, clientId, lines, options)
                                 .schedule.id;
            }))
            continue;
        if (!act(QStringLiteral("schedule approve"), [&] {
                ScheduleApprovalService(m_books.db()).approve(m_books.manager, scheduleId);
            }))
            continue;
        act(QStringLiteral("schedule fund"), [&] {
            ScheduleFundingService(m_books.db())
                .fund(m_books.manager, scheduleId, day, {},
                      FundingOptions{QStringLiteral("Simulation: over the availability")});
        });
    }
}

void Simulation::importReceipts(QDate day)
{
    QList<CamtCredit> credits;
    QList<QPair<OpenInvoice, qint64>> shortPaid; // invoice, what was left unpaid
    for (const OpenInvoice &o : openInvoices()) {
        // Some invoices are never paid (recourse and credit losses find them); the rest are
        // paid around their due date.
        if (o.id % 11 == 0 || day < o.due.addDays(-10) || !chance(day < o.due ? 8 : 20))
            continue;
        CamtCredit c;
        c.remitterIban = m_debtorIbans.value(o.debtorId);
        c.reference = QStringLiteral("Invoice %1").arg(o.invoiceNo);
        c.bankRef = QStringLiteral("BR-%1").arg(++m_bankRefSeq);
        const int kind = draw(1, 100);
        if (kind <= 70) {
            c.amount = o.open;
        } else if (kind <= 88) {
            c.amount = o.open - qMax<qint64>(1, o.open * draw(1, 15) / 100);
            shortPaid << qMakePair(o, o.open - c.amount);
        } else {
            c.amount = o.open + draw(1, 50000);
        }
        credits << c;
    }
    for (int n = draw(0, 2); n > 0; --n) {
        CamtCredit c;
        c.amount = draw(1000, 500000);
        c.remitterIban = Iban::fromBban(
            QStringLiteral("DE"),
            QStringLiteral("12030000%1").arg(draw(1, 99999999), 10, 10, QLatin1Char('0')));
        c.reference = QStringLiteral("Order %1").arg(draw(1, 999999));
        c.bankRef = QStringLiteral("BR-%1").arg(++m_bankRefSeq);
        credits << c;
    }
    if (credits.isEmpty())
        return;
    const QString msgId = QStringLiteral("SIM-%1").arg(++m_fileSeq);
    act(QStringLiteral("camt.053 import"), [&] {
        const ReceiptImportResult r = ReceiptService(m_books.db())
                                          .importData(m_books.clerk, camt053(credits, day, msgId),
                                                      msgId + QStringLiteral(".xml"), false);
        m_result.actsByKind[QStringLiteral("receipts applied")] += r.applied;
        m_result.actsByKind[QStringLiteral("receipts suggested")] += r.suggested;
        m_result.actsByKind[QStringLiteral("receipts unapplied")] += r.unapplied;
    });
    // The debtor names what it held back: a dispute of the short part, or nothing at all.
    for (const auto &paid : std::as_const(shortPaid)) {
        if (!chance(60))
            continue;
        const OpenInvoice &o = paid.first;
        const qint64 gap = paid.second;
        act(QStringLiteral("dispute open"), [&] {
            DisputeInput in;
            in.clientCode = o.clientCode;
            in.invoiceNo = o.invoiceNo;
            in.amount = Money::fromMinor(gap, EUR);
            in.reasonCode = QStringLiteral("DISCOUNT");
            in.note = QStringLiteral("short payment");
            DisputeService(m_books.db()).open(m_books.clerk, in);
        });
    }
}

void Simulation::creditNotes(QDate day)
{
    const QList<OpenInvoice> open = openInvoices();
    for (int n = draw(0, 2); n > 0 && !open.isEmpty(); --n) {
        const OpenInvoice &o = open.at(draw(0, int(open.size()) - 1));
        CreditNoteInput in;
        in.clientCode = o.clientCode;
        in.invoiceNo = o.invoiceNo;
        in.amount = Money::fromMinor(qMax<qint64>(1, o.open * draw(1, 20) / 100), EUR);
        // Half of them dated as the command line and the desktop leave it: the business date.
        if (chance(50))
            in.date = day;
        in.reference = QStringLiteral("CN-%1").arg(++m_fileSeq);
        act(QStringLiteral("credit note"),
            [&] { CreditNoteService(m_books.db()).add(m_books.clerk, in); });
    }
}

void Simulation::disputes(QDate day)
{
    Q_UNUSED(day);
    const QList<OpenInvoice> open = openInvoices();
    if (!open.isEmpty() && chance(60)) {
        const OpenInvoice &o = open.at(draw(0, int(open.size()) - 1));
        DisputeInput in;
        in.clientCode = o.clientCode;
        in.invoiceNo = o.invoiceNo;
        in.amount = Money::fromMinor(qMax<qint64>(1, o.open * draw(5, 30) / 100), EUR);
        const QList<DisputeReason> reasons = DisputeService::reasons();
        in.reasonCode = reasons.at(draw(0, int(reasons.size()) - 1)).code;
        in.note = QStringLiteral("debtor's complaint");
        act(QStringLiteral("dispute open"),
            [&] { DisputeService(m_books.db()).open(m_books.clerk, in); });
    }
    for (const Dispute &d : DisputeService(m_books.db()).list(true)) {
        if (!chance(15))
            continue;
        const int how = draw(1, 10);
        const DisputeResolution r = how <= 4   ? DisputeResolution::Paid
                                    : how <= 8 ? DisputeResolution::Credited
                                               : DisputeResolution::ChargedBack;
        act(QStringLiteral("dispute resolve"), [&] {
            DisputeService(m_books.db())
                .resolve(m_books.manager, d.id, r, QStringLiteral("settled with the debtor"));
        });
    }
}

void Simulation::chargebacks(QDate day)
{
    if (!chance(30))
        return;
    QList<OpenInvoice> overdue;
    for (const OpenInvoice &o : openInvoices())
        if (o.due < day)
            overdue << o;
    if (overdue.isEmpty())
        return;
    const OpenInvoice &o = overdue.at(draw(0, int(overdue.size()) - 1));
    ChargebackInput in;
    in.clientCode = o.clientCode;
    in.invoiceNo = o.invoiceNo;
    if (chance(30))
        in.amount = Money::fromMinor(qMax<qint64>(1, o.open / 2), EUR);
    in.reason = QStringLiteral("unpaid past due");
    if (chance(50))
        in.date = day;
    act(QStringLiteral("chargeback"),
        [&] { ChargebackService(m_books.db()).chargeBack(m_books.manager, in); });
}

void Simulation::insolvency(QDate day)
{
    // About one debtor a quarter goes under.
    if (m_dayIndex < 10 || !chance(2) || m_debtorIds.size() < 4)
        return;
    const qint64 debtor = m_debtorIds.takeAt(draw(0, int(m_debtorIds.size()) - 1));
    act(QStringLiteral("insolvency"), [&] {
        ChargebackService(m_books.db())
            .markInsolvent(m_books.manager, m_debtorCodes.value(debtor), day);
    });
}

void Simulation::releases(QDate day)
{
    if (day.dayOfWeek() != 5)
        return;
    ReserveQuery query(m_books.db());
    for (const qint64 clientId : std::as_const(m_clientIds)) {
        if (!chance(50))
            continue;
        const ReserveFigures before = query.figures(clientId, day);
        const Money releasable = before.releasable();
        std::optional<Money> amount;
        if (chance(30) && releasable.minor() > 1)
            amount = Money::fromMinor(releasable.minor() / 2, releasable.currency());
        else if (chance(10))
            amount = Money::fromMinor(releasable.minor() + 100, releasable.currency());
        ReserveRelease r;
        const bool done = act(QStringLiteral("reserve release"), [&] {
            r = ReserveService(m_books.db())
                    .release(m_books.manager, m_clientCodes.value(clientId), amount, day);
        });
        if (!done)
            continue;
        expect(r.released.minor() <= releasable.minor(),
               QStringLiteral("client %1: released %2 with %3 releasable")
                   .arg(m_clientCodes.value(clientId), cents(r.released.minor()),
                        cents(releasable.minor())));
        const ReserveFigures after = query.figures(clientId, day);
        const qint64 headroom = after.balance.minor() - after.held.minor() -
                                after.accrued().minor() - after.disputes.minor();
        expect(headroom >= 0, QStringLiteral("client %1: after a release the reserve is %2 below "
                                             "what it must hold")
                                  .arg(m_clientCodes.value(clientId), cents(-headroom)));
    }
}

void Simulation::paymentRun(QDate day)
{
    PaymentService payments(m_books.db());
    if (payments.list(PaymentStatus::Due).isEmpty())
        return;
    act(QStringLiteral("payment run"), [&] {
        payments.run(m_books.manager,
                     m_dir.filePath(QStringLiteral("pain-%1.xml").arg(++m_fileSeq)), day);
    });
}

void Simulation::endOfDay(QDate day)
{
    act(QStringLiteral("end of day"),
        [&] { EndOfDayService(m_books.db()).run(m_books.manager, day); });
}

void Simulation::closeMonth(QDate firstOfNextMonth)
{
    const QDate from = firstOfNextMonth.addMonths(-1);
    const QString month = from.toString(QStringLiteral("yyyy-MM"));
    if (!act(QStringLiteral("period close"),
             [&] { BusinessCalendar(m_books.db()).closeMonth(m_books.manager, month); }))
        return;
    for (const qint64 clientId : std::as_const(m_clientIds))
        m_closedStatements.insert(qMakePair(month, clientId),
                                  statementCsv(clientId, from, firstOfNextMonth.addDays(-1)));
}

QString Simulation::statementCsv(qint64 clientId, QDate from, QDate to) const
{
    return ClientStatementReport::csv(StatementQuery(m_books.db()).statement(clientId, from, to));
}

} // namespace FactorDesk::Test
