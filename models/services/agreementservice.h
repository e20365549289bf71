#pragma once

#include "agreement.h"
#include "session.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <optional>

namespace FactorDesk {

class Database;

// One term of an agreement as shown to people and written to files. `key` is the name of the
// term's command-line option ("advance", "discount-tiers") and of the field an Error names.
struct AgreementTerm
{
    QString key;
    QString title; // translated
    QString plain; // "93", "1000000.00", "yes", "30:1.5,10:0.5": for CSV, JSON and comparing
    QString text;  // in the user's locale: "93 %", "1,000,000.00", "Yes"
};

// One difference between two versions of an agreement.
struct TermChange
{
    QString key;
    QString title;
    QString before; // localized
    QString after;
};

// The factoring agreements of clients (docs/domain.md §2), effective-dated. Setting terms adds a
// new version from a date; versions are never edited or deleted (the table refuses it), so "the
// terms in force on date D" always gives the same answer for a past D. A new version must start
// after the latest one: back-dating a version between two others would rewrite history.
// Only managers set terms; everyone reads.
class AgreementService
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::AgreementService)
public:
    explicit AgreementService(Database &db)
        : m_db(db)
    {}

    // Adds the version of `terms` in force from `from` for the client and returns its id.
    // Throws Error(Permission) unless a manager, Error(NotFound) for an unknown client,
    // Error(Validation) naming the field (an amount not in the client's currency included),
    // Error(Conflict) when a version from that date or a later one exists. The versions read
    // back carry every amount in the client's currency.
    qint64 setTerms(const Session &who, qint64 clientId, QDate from, Agreement terms);

    // The terms in force for the client on `date` (the version with the latest
    // effectiveFrom <= date); nullopt when no version had started by then.
    std::optional<Agreement> inForce(qint64 clientId, QDate date) const;
    // The terms in force on `date` of every client that has some, by client id: one query,
    // for the runs that visit every client.
    QHash<qint64, Agreement> inForceForAll(QDate date) const;
    // Every version of the client's terms, oldest first, with who created it and when.
    QList<Agreement> history(qint64 clientId) const;

    // The terms a first version starts from when nothing is given: with recourse, notified,
    // advance arrangement, 80 % advance, 1 % commission, ACT/360, 90 recourse days.
    static Agreement defaults();
    // Checks every term; throws Error(Validation) whose field() is the term's key and whose
    // message names the term and the reason. Given a `currency`, every amount must be in it
    // (a zero with no currency is taken to be); amounts are shown in its decimals.
    static void validate(const Agreement &terms, Currency currency = {});
    // Every term in display order.
    static QList<AgreementTerm> describe(const Agreement &terms, Currency currency,
                                         const QLocale &locale = QLocale());
    // What changed from `before` to `after` (the note included), in display order.
    static QList<TermChange> changes(const Agreement &before, const Agreement &after,
                                     Currency currency, const QLocale &locale = QLocale());
    // "Advance rate 85 % → 88 %; Facility limit …": one line for lists; "First version" when
    // there is nothing before.
    static QString changeSummary(const std::optional<Agreement> &before, const Agreement &after,
                                 Currency currency, const QLocale &locale = QLocale());
    static QJsonObject toJson(const Agreement &terms, Currency currency = {});
    // "1.5 % for the first 30 days, then 0.5 % per further 10 days or part".
    static QString tiersText(const QList<DiscountTier> &tiers, const QLocale &locale = QLocale());

private:
    QList<Agreement> load(const QString &where, const QList<QVariant> &values) const;
    Database &m_db;
};

} // namespace FactorDesk
