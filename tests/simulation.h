#pragma once

// A year of business, simulated (issue 12): twenty clients' schedules bought, receipts read from
// camt.053 files (exact, short, over and unknown payments), credit notes, disputes and their
// resolutions, chargebacks, insolvencies, end-of-day runs, month closes, reserve releases and
// payment runs, all through the services as the program calls them, driven by a fixed seed.
// After every day the invariants are checked against the journal: every entry balances, the
// trial balance balances, each invoice's open balance and each client's reserve, recourse and
// funds employed rebuilt from journal_lines equal what the program's own queries report, no
// release went above the releasable amount, and every closed month's statement is the one
// printed at its close. Money is drawn as integer cents; nothing near money is a double.

#include "testsupport.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <random>

namespace FactorDesk::Test {

struct SimulationConfig
{
    quint32 seed = 20260101;
    int clients = 20;
    int debtors = 12;
    QDate start = QDate(2026, 1, 1);
    int days = 45; // calendar days; every one has its end-of-day run, acts on weekdays only
    // Closed months' statements and the journal's seals are checked every this many days (and
    // on the last day); the other invariants after every day.
    int statementCheckEvery = 1;
    bool progress = false; // prints the running figures at each month's close
};

struct SimulationResult
{
    int days = 0;
    int acts = 0;          // service calls that did what they were asked
    int refused = 0;       // service calls refused by a business rule (Validation, Conflict, ...)
    int checks = 0;        // invariant comparisons made
    int breaks = 0;        // invariant breaks found (the goal is none)
    QStringList breakList; // the first breaks, described
    QMap<QString, int> actsByKind;
    QMap<QString, qint64> msByStep; // where the time went: each act kind and each check
    qint64 elapsedMs = 0;
    // "days 45, acts 1234 (refused 5), checks 56789, breaks 0"
    QString summary() const;
};

class Simulation
{
public:
    Simulation(TestBooks &books, const SimulationConfig &config);

    // Sets up the books, then runs every day with its checks.
    SimulationResult run();
    // The invariant checks as of the end of `day` (the last day run: invalid). Returns the
    // number of breaks found by this check (also added to the result).
    int check(QDate day = {});
    const SimulationResult &result() const { return m_result; }
    QDate lastDay() const { return m_lastDay; }

private:
    struct OpenInvoice
    {
        qint64 id = 0;
        QString invoiceNo;
        QString clientCode;
        qint64 clientId = 0;
        qint64 debtorId = 0;
        qint64 open = 0;
        QDate due;
    };

    void setUp();
    void runDay(QDate day);
    // The acts of one business day.
    void buySchedules(QDate day);
    void importReceipts(QDate day);
    void creditNotes(QDate day);
    void disputes(QDate day);
    void chargebacks(QDate day);
    void insolvency(QDate day);
    void releases(QDate day);
    void paymentRun(QDate day);
    void endOfDay(QDate day);
    void closeMonth(QDate firstOfNextMonth);

    QList<OpenInvoice> openInvoices() const;
    QString statementCsv(qint64 clientId, QDate from, QDate to) const;

    // The checks (simulationchecks.cpp).
    void checkEntries(bool verifySeals); // and `books verify` when asked
    void checkTrialBalance(QDate day);
    void checkInvoices(QDate day);
    void checkClients(QDate day);
    void checkReleases();
    void checkStatements();

    // Runs one act; a refusal by a business rule is counted, anything else is a break.
    template <typename F> bool act(const QString &kind, F &&f);
    void expect(bool ok, const QString &what);
    // One check made: `ok` passed through. broken() records a break (the message is only built
    // for a break: the checks run hundreds of thousands of times).
    bool holds(bool ok)
    {
        ++m_result.checks;
        return ok;
    }
    void broken(const QString &what);

    int draw(int lo, int hi); // uniform in [lo, hi]
    bool chance(int percent);
    static QString cents(qint64 minor); // "1234.56"

    TestBooks &m_books;
    SimulationConfig m_config;
    std::mt19937 m_rng;
    SimulationResult m_result;
    QTemporaryDir m_dir;
    QList<qint64> m_clientIds;
    QHash<qint64, QString> m_clientCodes;
    QList<qint64> m_debtorIds;
    QHash<qint64, QString> m_debtorCodes;
    QHash<qint64, QString> m_debtorIbans;
    qint64 m_receivablesAccount = 0;
    qint64 m_reservesAccount = 0;
    qint64 m_recourseAccount = 0;
    int m_invoiceSeq = 0;
    int m_fileSeq = 0;
    int m_bankRefSeq = 0;
    QDate m_lastDay;
    int m_dayIndex = 0;
    // (month "YYYY-MM", client id) → the statement CSV printed at the month's close.
    QMap<QPair<QString, qint64>, QString> m_closedStatements;
};

} // namespace FactorDesk::Test
