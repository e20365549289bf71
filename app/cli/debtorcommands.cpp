// debtor add/edit/list/show/status/link/unlink: the debtors' master data.
#include "books.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "debtorstatistics.h"
#include "error.h"
#include "money.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

// The details debtor add and debtor edit both accept (--name apart: add requires it).
QList<Option> debtorDetailOptions()
{
    return {
        {"terms", "DAYS", tr("The debtor's payment terms in days.")},
        {"registration", "TEXT", tr("The company registration number.")},
        {"address", "TEXT", tr("The postal address.")},
        {"country", "CC", tr("The country, a two-letter code.")},
        {"email", "ADDRESS", tr("The contact e-mail address.")},
    };
}

int parseTerms(const QString &text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok)
        throw Error(Error::Kind::Validation,
                    tr("--terms: \"%1\" is not a number of days.").arg(text),
                    QStringLiteral("terms"));
    return days;
}

void applyDetails(const Args &args, Debtor &d)
{
    if (args.has(QStringLiteral("name")))
        d.name = args.value(QStringLiteral("name"));
    if (args.has(QStringLiteral("terms")))
        d.paymentTermsDays = parseTerms(args.value(QStringLiteral("terms")));
    if (args.has(QStringLiteral("registration")))
        d.registrationNo = args.value(QStringLiteral("registration"));
    if (args.has(QStringLiteral("address")))
        d.address = args.value(QStringLiteral("address"));
    if (args.has(QStringLiteral("country")))
        d.country = args.value(QStringLiteral("country"));
    if (args.has(QStringLiteral("email")))
        d.contactEmail = args.value(QStringLiteral("email"));
}

qint64 clientId(Database &db, const QString &code)
{
    return ClientService(db).idOf(code);
}

QString percent(const std::optional<Rate> &r)
{
    return r ? Rate::fromPpm(divideRounded(r->ppm(), 100) * 100).toPercentString() : QString();
}

// Days to pay and dilution (docs/domain.md §9): the last 90 days, the 90 before, the trend.
void addTrendRows(Tabular &t, const DebtorPaymentStats &s)
{
    t.row({QStringLiteral("days_to_pay"), PaymentTrend::daysText(s.daysToPay())});
    t.row({QStringLiteral("days_to_pay_previous"), PaymentTrend::daysText(s.previousDaysToPay())});
    t.row({QStringLiteral("days_to_pay_trend"), PaymentTrend::trendName(s.daysTrend())});
    t.row({QStringLiteral("dilution"), percent(s.dilution())});
    t.row({QStringLiteral("dilution_previous"), percent(s.previousDilution())});
    t.row({QStringLiteral("dilution_trend"), PaymentTrend::trendName(s.dilutionTrend())});
}

int debtorAddCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    DebtorService debtors(ctx.db());
    Debtor d;
    d.code = args.at(0);
    applyDetails(args, d);
    QList<qint64> clients;
    for (const QString &c : args.values(QStringLiteral("client")))
        clients.append(clientId(ctx.db(), c));
    debtors.add(who, d, clients);
    ctx.out() << tr("Added debtor %1.").arg(d.code.trimmed()) << QLatin1Char('\n');
    return Ok;
}

int debtorEditCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    DebtorService debtors(ctx.db());
    Debtor d = debtors.requireByCode(args.at(0));
    applyDetails(args, d);
    debtors.update(who, d);
    ctx.out() << tr("Saved debtor %1.").arg(d.code) << QLatin1Char('\n');
    return Ok;
}

int debtorListCommand(Context &ctx, const Args &args)
{
    DebtorFilter f;
    f.text = args.value(QStringLiteral("search"));
    if (args.has(QStringLiteral("status")))
        f.status = parseDebtorStatus(args.value(QStringLiteral("status")));
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("code"))
        .column(QStringLiteral("name"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("credit_limit"), Tabular::Kind::Number)
        .column(QStringLiteral("exposure"), Tabular::Kind::Number)
        .column(QStringLiteral("utilisation"), Tabular::Kind::Number)
        .column(QStringLiteral("review_date"))
        .column(QStringLiteral("days_to_pay"), Tabular::Kind::Number)
        .column(QStringLiteral("days_to_pay_trend"))
        .column(QStringLiteral("dilution"), Tabular::Kind::Number)
        .column(QStringLiteral("dilution_trend"))
        .column(QStringLiteral("limit_status"));
    const QHash<qint64, DebtorPaymentStats> stats = DebtorStatistics(ctx.db()).all();
    for (const DebtorSummary &s : DebtorService(ctx.db()).list(f)) {
        const DebtorPaymentStats p = stats.value(s.id);
        t.row({s.code, s.name, debtorStatusName(s.status), s.creditLimit.toPlainString(),
               s.exposure.toPlainString(), percent(s.utilisation()),
               s.limitReviewDate.isValid() ? isoDate(s.limitReviewDate) : QString(),
               PaymentTrend::daysText(p.daysToPay()), PaymentTrend::trendName(p.daysTrend()),
               percent(p.dilution()), PaymentTrend::trendName(p.dilutionTrend()),
               s.limitExpired ? QStringLiteral("expired") : QStringLiteral("active")});
    }
    ctx.print(t);
    return Ok;
}

int debtorShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    DebtorService debtors(ctx.db());
    const Debtor d = debtors.requireByCode(args.at(0));
    const Money exposure = debtors.exposure(d.id);
    Tabular t;
    t.column(QStringLiteral("field")).column(QStringLiteral("value"));
    t.row({QStringLiteral("code"), d.code});
    t.row({QStringLiteral("name"), d.name});
    t.row({QStringLiteral("status"), debtorStatusName(d.status)});
    t.row({QStringLiteral("insolvency_date"),
           d.insolvencyDate.isValid() ? isoDate(d.insolvencyDate) : QString()});
    t.row({QStringLiteral("address"), d.address});
    t.row({QStringLiteral("country"), d.country});
    t.row({QStringLiteral("registration_no"), d.registrationNo});
    t.row({QStringLiteral("payment_terms_days"), QString::number(d.paymentTermsDays)});
    t.row({QStringLiteral("contact_email"), d.contactEmail});
    t.row({QStringLiteral("credit_limit"), d.creditLimit.toPlainString()});
    t.row({QStringLiteral("limit_review_date"),
           d.limitReviewDate.isValid() ? isoDate(d.limitReviewDate) : QString()});
    t.row({QStringLiteral("limit_expiry_date"),
           d.limitExpiryDate.isValid() ? isoDate(d.limitExpiryDate) : QString()});
    t.row({QStringLiteral("limit_status"),
           d.limitExpired ? QStringLiteral("expired") : QStringLiteral("active")});
    t.row({QStringLiteral("exposure"), exposure.toPlainString()});
    t.row({QStringLiteral("utilisation"), percent(utilisationOf(exposure, d.creditLimit))});
    addTrendRows(t, DebtorStatistics(ctx.db()).forDebtor(d.id));
    for (const ClientLink &l : d.clients)
        t.row(
            {QStringLiteral("client"),
             l.subLimit.isPositive()
                 ? QStringLiteral("%1 (sub-limit %2)").arg(l.clientCode, l.subLimit.toPlainString())
                 : l.clientCode});
    if (const auto open = CreditService(ctx.db()).openRequest(d.id))
        t.row({QStringLiteral("open_request"),
               QStringLiteral("%1 %2 %3")
                   .arg(QString::number(open->id), requestStatusName(open->status),
                        open->requestedAmount.toPlainString())});
    ctx.print(t);
    return Ok;
}

int debtorStatusCommand(Context &ctx, const Args &args)
{
    const DebtorStatus status = parseDebtorStatus(args.at(1));
    const QDate date = parseDateOption(args, QStringLiteral("date"));
    const Session &who = ctx.session();
    DebtorService debtors(ctx.db());
    const Debtor d = debtors.requireByCode(args.at(0));
    debtors.setStatus(who, d.id, status, date);
    ctx.out() << tr("Debtor %1 is now %2.").arg(d.code, debtorStatusName(status))
              << QLatin1Char('\n');
    return Ok;
}

int debtorLinkCommand(Context &ctx, const Args &args, bool link)
{
    const Session &who = ctx.session();
    DebtorService debtors(ctx.db());
    const Debtor d = debtors.requireByCode(args.at(0));
    const qint64 client = clientId(ctx.db(), args.at(1));
    if (link)
        debtors.linkClient(who, d.id, client);
    else
        debtors.unlinkClient(who, d.id, client);
    ctx.out() << (link ? tr("Debtor %1 buys from client %2.")
                       : tr("Debtor %1 no longer linked to client %2."))
                     .arg(d.code, args.at(1))
              << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerDebtorCommands()
{
    addCommand({QStringLiteral("debtor add"),
                {QStringLiteral("CODE")},
                tr("Add a debtor (clerk, manager), optionally linked to the clients it buys from."),
                QList<Option>{{"name", "TEXT", tr("The debtor's name."), Occurs::Required}} +
                    debtorDetailOptions() +
                    QList<Option>{{"client", "CODE", tr("A client the debtor buys from."),
                                   Occurs::Repeatable}},
                debtorAddCommand});
    addCommand({QStringLiteral("debtor edit"),
                {QStringLiteral("CODE")},
                tr("Change a debtor's details (clerk, manager)."),
                QList<Option>{{"name", "TEXT", tr("The debtor's name.")}} + debtorDetailOptions(),
                debtorEditCommand});
    addCommand({QStringLiteral("debtor list"),
                {},
                tr("Debtors with limit, exposure, utilisation (%), days to pay and dilution (%)."),
                {
                    {"search", "TEXT", tr("Only debtors whose code or name contains TEXT.")},
                    {"status", "active|blocked|insolvent", tr("Only debtors with this status.")},
                    formatOption(),
                },
                debtorListCommand});
    addCommand({QStringLiteral("debtor show"),
                {QStringLiteral("CODE")},
                tr("One debtor's details, clients, limit, exposure, days to pay and dilution."),
                {formatOption()},
                debtorShowCommand});
    addCommand({QStringLiteral("debtor status"),
                {QStringLiteral("CODE"), QStringLiteral("active|blocked|insolvent")},
                tr("Set a debtor's status; insolvent needs --date (clerk, manager)."),
                {{"date", "D", tr("The date of the insolvency.")}},
                debtorStatusCommand});
    addCommand({QStringLiteral("debtor link"),
                {QStringLiteral("CODE"), QStringLiteral("CLIENT")},
                tr("Record that the debtor buys from a client (clerk, manager)."),
                {},
                [](Context &c, const Args &a) { return debtorLinkCommand(c, a, true); }});
    addCommand({QStringLiteral("debtor unlink"),
                {QStringLiteral("CODE"), QStringLiteral("CLIENT")},
                tr("Remove a debtor's link to a client (clerk, manager)."),
                {},
                [](Context &c, const Args &a) { return debtorLinkCommand(c, a, false); }});
}

} // namespace FactorDesk::Cli
