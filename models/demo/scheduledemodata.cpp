#include "scheduledemodata.h"

#include "clock.h"
#include "database.h"
#include "money.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "transaction.h"

namespace FactorDesk::DemoData {

namespace {

Session demoUser(Database &db, const QString &name, Roles roles)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM users WHERE username = ?"));
    return Session(q.bind(name).scalar().toLongLong(), name, roles);
}

struct DemoClient
{
    qint64 id = 0;
    QString code;
    QStringList debtors; // active debtors with a credit limit, linked to the client
    int decimals = 0;    // of the book currency the demo clients trade in
};

QList<DemoClient> demoClients(Database &db)
{
    QList<DemoClient> out;
    SqlQuery q(
        db, QStringLiteral("SELECT c.id, c.code, d.code FROM clients c JOIN client_debtors cd ON "
                           "cd.client_id = c.id JOIN debtors d ON d.id = cd.debtor_id WHERE "
                           "c.status = 'active' AND d.status = 'active' AND d.credit_limit > 0 "
                           "AND EXISTS (SELECT 1 FROM agreements a WHERE a.client_id = c.id) "
                           "ORDER BY c.code, d.code"));
    q.exec();
    while (q.next()) {
        if (out.isEmpty() || out.last().id != q.int64(0))
            out.append(DemoClient{q.int64(0), q.text(1), {}});
        out.last().debtors << q.text(2);
    }
    const int decimals = SettingsRepository(db).currency().decimals();
    for (DemoClient &c : out)
        c.decimals = decimals;
    return out;
}

// A small deterministic generator: the demo books are the same on every machine.
class Sequence
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 1103515245u + 12345u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state = 20240917u;
};

QList<ScheduleInputLine> demoLines(const DemoClient &c, QDate scheduleDate, int count,
                                   Sequence &seq, int &serial)
{
    QList<ScheduleInputLine> lines;
    for (int i = 0; i < count; ++i) {
        ScheduleInputLine l;
        l.invoiceNo = QStringLiteral("%1-%2")
                          .arg(c.code.left(4).toUpper())
                          .arg(++serial, 5, 10, QLatin1Char('0'));
        l.debtor = c.debtors[qsizetype(seq.next(quint32(c.debtors.size())))];
        const QDate invoiceDate = scheduleDate.addDays(-qint64(seq.next(12)));
        l.invoiceDate = isoDate(invoiceDate);
        l.termsDays = QString::number(30 + 15 * int(seq.next(3)));
        // 400.00 to 9,400.00 with cents (in a currency without cents, whole units).
        const qint64 minor = 40000 + qint64(seq.next(900000));
        l.amount = Money::plain(minor, c.decimals);
        l.po = QStringLiteral("PO-%1").arg(4000 + serial);
        lines << l;
    }
    return lines;
}

} // namespace

void seedSchedules(Database &db)
{
    const QList<DemoClient> clients = demoClients(db);
    if (clients.isEmpty())
        return;
    Transaction tx(db);
    const Session clerk = demoUser(db, QStringLiteral("clerk"), Role::Clerk);
    const Session manager = demoUser(db, QStringLiteral("manager"), Role::Manager);
    ScheduleImportService imports(db);
    ScheduleApprovalService approvals(db);
    ScheduleFundingService funding(db);
    Sequence seq;
    int serial = 0;
    const QDate now = today();
    // Six months back to last week: every client sells about twice a month.
    for (int month = 6; month >= 1; --month) {
        for (qsizetype ci = 0; ci < clients.size(); ++ci) {
            for (int half = 0; half < 2; ++half) {
                if ((ci + month + half) % 3 == 0)
                    continue; // not every client every fortnight
                const QDate date = now.addDays(-qint64(month) * 30 + half * 14 + qint64(ci % 5));
                if (date >= now)
                    continue;
                ScheduleImportOptions o;
                o.date = date;
                o.sourceFile =
                    QStringLiteral("%1-%2.csv").arg(clients[ci].code.toLower(), isoDate(date));
                const ScheduleImportResult r = imports.importLines(
                    clerk, clients[ci].id,
                    demoLines(clients[ci], date, 2 + int(seq.next(5)), seq, serial), o);
                if (!r.schedule.totals.eligible.isPositive()) {
                    approvals.reject(manager, r.schedule.id,
                                     QStringLiteral("Nothing eligible in this schedule."));
                    continue;
                }
                approvals.approve(manager, r.schedule.id);
                // Some purchases go beyond the client's availability: the manager overrides.
                FundingOptions fo;
                if (funding.preview(manager, r.schedule.id, date).overAvailability.isPositive())
                    fo.availabilityOverrideReason =
                        QStringLiteral("Client's bank guarantee covers the excess.");
                funding.fund(manager, r.schedule.id, date, {}, fo);
            }
        }
    }
    // One waiting for the manager, one turned down.
    ScheduleImportOptions o;
    o.date = now.addDays(-1);
    o.sourceFile = QStringLiteral("%1-latest.csv").arg(clients.first().code.toLower());
    imports.importLines(clerk, clients.first().id,
                        demoLines(clients.first(), o.date, 5, seq, serial), o);
    const DemoClient &other = clients.size() > 1 ? clients[1] : clients.first();
    o.date = now.addDays(-9);
    o.sourceFile = QStringLiteral("%1-resent.csv").arg(other.code.toLower());
    const ScheduleImportResult rejected =
        imports.importLines(clerk, other.id, demoLines(other, o.date, 4, seq, serial), o);
    approvals.reject(
        manager, rejected.schedule.id,
        QStringLiteral(
            "Invoices already financed by the client's bank; asked for a release letter."));
    tx.commit();
}

} // namespace FactorDesk::DemoData
