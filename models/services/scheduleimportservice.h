#pragma once

#include "scheduleapprovalservice.h"
#include "scheduleimport.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace FactorDesk {

class Database;

struct ScheduleImportOptions
{
    QDate date;           // schedule date; invalid: today()
    QString number;       // empty: next "S-000001" from the "schedule" sequence
    bool skipBad = false; // keep only the good lines when some are bad
    bool submit = true;   // store as submitted (else draft)
    QString sourceFile;   // kept with the schedule (file name)
};

// The result of an import: the schedule as stored, checked and priced.
using ScheduleImportResult = SchedulePreview;

// Schedules of accounts from a CSV file or the wizard's grid into the books (docs/domain.md §4.1):
// looks up the debtors the lines name, validates the lines (ScheduleImport), drafts the
// schedule under the client's terms, and stores it checked and priced (the checks are
// ScheduleApprovalService's) with a number and an audit record, in one Transaction.
//
// Numbers: "S-" and six digits from the "schedule" sequence unless given; unique across all
// clients.
class ScheduleImportService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::ScheduleImportService)
public:
    explicit ScheduleImportService(Database &db)
        : m_db(db)
    {}

    // The debtors named in `input`, loaded in one query (key: upper-case code).
    QHash<QString, DebtorRef> debtorsOf(const QList<ScheduleInputLine> &input) const;
    // Validates `input` for a client whose currency is `currency` (debtors looked up here).
    ParsedLines parse(const QList<ScheduleInputLine> &input, const QString &currency) const;

    // The schedule `input` makes for the client on `date` (invalid: today), unchecked.
    // Clerks and managers. Throws Error(Conflict) for an inactive client or one with no
    // agreement in force on the date.
    ScheduleDraft draft(const Session &who, qint64 clientId, const QList<ScheduleInputLine> &input,
                        QDate date) const;

    // Checks and prices without storing anything (draft + ScheduleApprovalService::preview).
    ScheduleImportResult preview(const Session &who, qint64 clientId,
                                 const QList<ScheduleInputLine> &input, QDate date) const;
    ScheduleImportResult previewFile(const Session &who, qint64 clientId, const QString &path,
                                     QDate date) const;

    // Parses, checks, prices and stores a schedule (submitted by default) with its lines.
    // Clerks and managers. When a line is bad and !skipBad, throws Error(Validation) listing
    // the errors and stores nothing; a file with no good line is refused too. When another
    // import stores the same invoice numbers at the same moment, the checks run again (up to
    // five times) so that this schedule's lines are stored flagged as duplicates.
    ScheduleImportResult importFile(const Session &who, qint64 clientId, const QString &path,
                                    const ScheduleImportOptions &options);
    ScheduleImportResult importLines(const Session &who, qint64 clientId,
                                     const QList<ScheduleInputLine> &input,
                                     const ScheduleImportOptions &options);

private:
    // One attempt of importLines in one Transaction; throws ImportRaced when the database
    // refused a write for something another import stored meanwhile (see the .cpp).
    ScheduleImportResult importOnce(const Session &who, qint64 clientId,
                                    const QList<ScheduleInputLine> &input,
                                    const ScheduleImportOptions &options);
    Database &m_db;
};

} // namespace FactorDesk
