#include "reserveservice.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clock.h"
#include "database.h"
#include "endofdayservice.h"
#include "error.h"
#include "ledger.h"
#include "schedulerepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>
#include <QLocale>

namespace FactorDesk {

ReserveRelease ReserveService::release(const Session &who, const QString &clientCode,
                                       std::optional<Money> amount, QDate date)
{
    who.require(Role::Manager, tr("release reserves"));
    const Client client = ClientService(m_db).byCode(clientCode);
    BusinessCalendar calendar(m_db);
    const QDate businessDate = calendar.today();
    const QDate day = date.isValid() ? date : businessDate;
    if (day > businessDate)
        throw Error(Error::Kind::Validation,
                    tr("date: a release cannot be dated after the business date %1.")
                        .arg(isoDate(businessDate)),
                    QStringLiteral("date"));
    calendar.refuseClosed(day);
    if (amount) {
        if (amount->currency().isNone())
            amount = amount->withCurrency(client.currency);
        if (amount->currency() != client.currency)
            throw Error(Error::Kind::Validation,
                        tr("amount: %1 releases in %2, not %3.")
                            .arg(client.code, client.currency.code(), amount->currency().code()),
                        QStringLiteral("amount"));
        if (!amount->isPositive())
            throw Error(Error::Kind::Validation, tr("amount: a release must be more than zero."),
                        QStringLiteral("amount"));
    }

    Transaction tx(m_db);
    // Two managers releasing the same client at once: the second waits and recomputes.
    lockRow(m_db, QStringLiteral("clients"), client.id);
    ReserveQuery query(m_db);
    const ReserveFigures f = query.figures(client.id, day);
    const Money releasable = f.releasable();
    const Money released = amount ? *amount : releasable;
    const QLocale locale;
    if (!released.isPositive())
        throw Error(Error::Kind::Conflict,
                    tr("%1 has nothing to release on %2: reserve %3, held %4, accrued %5, "
                       "disputes %6.")
                        .arg(client.code, isoDate(day), f.balance.toLocaleString(locale),
                             f.held.toLocaleString(locale), f.accrued().toLocaleString(locale),
                             f.disputes.toLocaleString(locale)),
                    QStringLiteral("amount"));
    if (released > releasable)
        throw Error(Error::Kind::Conflict,
                    tr("amount: %1 is more than the %2 releasable to %3 on %4 (reserve %5 less "
                       "held %6, accrued %7 and disputes %8).")
                        .arg(released.toLocaleString(locale), releasable.toLocaleString(locale),
                             client.code, isoDate(day), f.balance.toLocaleString(locale),
                             f.held.toLocaleString(locale), f.accrued().toLocaleString(locale),
                             f.disputes.toLocaleString(locale)),
                    QStringLiteral("amount"));

    // The interest accrued to the day is rounded once and posted before the release.
    const auto [interestEntryId, interest] =
        EndOfDayService(m_db).postAccruedInterest(who, client.id, day);
    const qint64 entryId = JournalService(m_db).post(
        who, reserveReleasePosting(day, client.id, released,
                                   tr("Reserve release to %1").arg(client.code)));
    ClientPaymentRow payment;
    payment.clientId = client.id;
    payment.kind = QStringLiteral("reserve_release");
    payment.amount = released.minor();
    payment.currency = client.currency.code();
    payment.dueDate = day;
    payment.bankAccount = client.bankAccount;
    payment.journalEntryId = entryId;
    payment.createdBy = who.userId();
    payment.createdAt = timestamp();
    const qint64 paymentId = ScheduleRepository(m_db).insertClientPayment(payment);

    SqlQuery ins(m_db, QStringLiteral(
                           "INSERT INTO reserve_releases (client_id, release_date, currency, "
                           "balance, held, interest_accrued, fees_accrued, disputes, recourse, "
                           "releasable, released, interest_posted, interest_entry_id, "
                           "journal_entry_id, payment_id, released_by, released_at) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const qint64 id = ins.bind(client.id)
                          .bind(isoDate(day))
                          .bind(client.currency.code())
                          .bind(f.balance.minor())
                          .bind(f.held.minor())
                          .bind(f.interestAccrued.minor())
                          .bind(f.feesAccrued.minor())
                          .bind(f.disputes.minor())
                          .bind(f.recourse.minor())
                          .bind(releasable.minor())
                          .bind(released.minor())
                          .bind(interest.minor())
                          .bindId(interestEntryId)
                          .bind(entryId)
                          .bind(paymentId)
                          .bind(who.userId())
                          .bind(payment.createdAt)
                          .scalar()
                          .toLongLong();
    QJsonObject after;
    after.insert(QStringLiteral("date"), isoDate(day));
    after.insert(QStringLiteral("releasable"), releasable.toPlainString());
    after.insert(QStringLiteral("released"), released.toPlainString());
    after.insert(QStringLiteral("interest_posted"), interest.toPlainString());
    after.insert(QStringLiteral("entry"), QString::number(entryId));
    AuditLog(m_db).record(who, QStringLiteral("reserve.released"), QStringLiteral("client"),
                          client.code, {}, after);
    tx.commit();
    return query.release(id);
}

} // namespace FactorDesk
