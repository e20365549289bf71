#pragma once

#include "schedule.h"

#include <QList>
#include <QSet>
#include <optional>

namespace FactorDesk {

class Database;

// A payment owed to a client (client_payments), as the funding writes it.
struct ClientPaymentRow
{
    qint64 clientId = 0;
    qint64 scheduleId = 0;
    QString kind; // funding, maturity, reserve_release
    qint64 amount = 0;
    QString currency;
    QDate dueDate;
    QString bankAccount;
    qint64 journalEntryId = 0;
    qint64 createdBy = 0;
    QString createdAt;
};

// The SQL of schedules of accounts: the schedules and their invoice lines (with the check
// codes of every line), their numbers, the payments they owe the client and the notices of
// assignment they sent. Reads and writes run inside the caller's transaction; no permission
// checks and no rules here (the services do both).
class ScheduleRepository
{
public:
    explicit ScheduleRepository(Database &db)
        : m_db(db)
    {}

    // ---- reading ----
    // The schedule (agreement terms not filled: agreementId only); nullopt when there is none.
    std::optional<Schedule> find(qint64 scheduleId, bool withLines) const;
    // The id of the schedule numbered exactly `number`, 0 when none.
    qint64 idOfNumber(const QString &number) const;
    QList<Schedule> list(const ScheduleFilter &filter) const;

    // ---- numbering ----
    bool numberTaken(const QString &number) const;
    // "S-" and six digits from the "schedule" sequence, skipping numbers already taken.
    QString nextNumber();

    // ---- locking ----
    // Locks the schedule's row until the transaction ends (SELECT ... FOR UPDATE on
    // PostgreSQL; SQLite's write lock is the Transaction's): every act that changes a schedule
    // calls it first, then reads the status it decides on. False when there is no schedule.
    bool lock(qint64 scheduleId);

    // ---- writing ----
    // Every status change below is guarded: it changes the row only while it still has the
    // status the caller read (`from`), and returns false when it did not (nothing written).
    // Inserts the header (number, status, totals, ...) and returns its id.
    qint64 insert(const Schedule &schedule, qint64 createdBy);
    // Inserts the lines of a schedule just inserted (schedule.id set).
    void insertLines(const Schedule &schedule);
    // Writes the checks, eligibility and split of every stored line and the totals, while the
    // schedule's status is still schedule.status. Never writes the status.
    bool updateChecks(const Schedule &schedule);
    void setOverride(qint64 invoiceId, const QString &reason, qint64 userId, const QString &at);
    bool setApproved(qint64 scheduleId, ScheduleStatus from, qint64 userId, const QString &at);
    bool setRejected(qint64 scheduleId, ScheduleStatus from, qint64 userId, const QString &at,
                     const QString &reason);
    // The pending invoices of the schedule become the factor's: open for their full face.
    void openInvoices(qint64 scheduleId, const QString &at);
    // Marks an approved schedule funded with its final totals; false when it was not approved.
    bool setFunded(qint64 scheduleId, qint64 userId, const QString &at, QDate fundingDate,
                   qint64 journalEntryId, const ScheduleTotals &totals);

    // ---- undoing a purchase (ScheduleFundingService::unfund) ----
    // A funded schedule back to approved (funding fields cleared); false when it was not
    // funded (changed meanwhile).
    bool setUnfunded(qint64 scheduleId);
    // The schedule's open invoices back to pending, with no open balance.
    void returnInvoices(qint64 scheduleId);
    // The status of the payment recorded with the journal entry (empty when there is none).
    QString paymentStatusOf(qint64 journalEntryId) const;
    // Cancels the due payment recorded with the journal entry; false when none was due.
    bool cancelPaymentOf(qint64 journalEntryId);
    // Removes the notices of assignment the schedule created.
    void removeNotices(qint64 scheduleId);

    // ---- payments and notices ----
    qint64 insertClientPayment(const ClientPaymentRow &payment);
    // Debtors that already got a notice of assignment for this client.
    QSet<qint64> noticedDebtors(qint64 clientId) const;
    void insertNotice(qint64 clientId, qint64 debtorId, qint64 scheduleId, const QString &at);
    // Debtors that got a notice with this schedule.
    QList<qint64> noticesOf(qint64 scheduleId) const;

private:
    Database &m_db;
};

} // namespace FactorDesk
