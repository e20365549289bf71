// client add/edit/list/show and agreement set/show/history: clients and their agreements.
#include "agreementservice.h"
#include "businesscalendar.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "error.h"
#include "iban.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

// One named value of a record printed by show commands.
struct Field
{
    QString key;
    QString title;
    QString plain;
    QString text;
    bool number = false;
};

QString jsonString(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

// Amounts and rates go into JSON as number literals written exactly as the plain decimal
// (the same convention as Tabular), never through a double.
QString jsonValue(const Field &f)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    if (f.number && number.match(f.plain).hasMatch())
        return f.plain;
    return jsonString(f.plain);
}

QString jsonObject(const QList<Field> &fields, const QString &indent)
{
    QStringList parts;
    for (const Field &f : fields)
        parts << indent + QStringLiteral("  ") + jsonString(f.key) + QStringLiteral(": ") +
                     jsonValue(f);
    if (parts.isEmpty())
        return QStringLiteral("{}");
    return QStringLiteral("{\n") + parts.join(QStringLiteral(",\n")) + QLatin1Char('\n') + indent +
           QLatin1Char('}');
}

void printFieldsText(Context &ctx, const QList<Field> &fields)
{
    int width = 0;
    for (const Field &f : fields)
        width = std::max(width, int(f.title.size()));
    for (const Field &f : fields)
        ctx.out()
            << QStringLiteral("%1  %2").arg(f.title + QLatin1Char(':'), -(width + 1)).arg(f.text)
            << QLatin1Char('\n');
}

bool isNumberTerm(const QString &key)
{
    static const QStringList text = {QStringLiteral("from"),
                                     QStringLiteral("arrangement"),
                                     QStringLiteral("recourse"),
                                     QStringLiteral("notification"),
                                     QStringLiteral("discount-tiers"),
                                     QStringLiteral("purchase-day-counts"),
                                     QStringLiteral("note")};
    return !text.contains(key);
}

QList<Field> termFields(const Agreement &a, Currency currency)
{
    QList<Field> out;
    for (const AgreementTerm &t : AgreementService::describe(a, currency))
        out << Field{t.key, t.title, t.plain, t.text, isNumberTerm(t.key)};
    out << Field{QStringLiteral("created-by"), tr("Created by"), a.createdBy, a.createdBy, false};
    out << Field{QStringLiteral("created-at"), tr("Created at"), a.createdAt, a.createdAt, false};
    return out;
}

QList<Field> clientFields(const Client &c, Money fundsEmployed)
{
    const QLocale locale;
    const auto text = [](const QString &key, const QString &title, const QString &value) {
        return Field{key, title, value, value, false};
    };
    return {
        text(QStringLiteral("code"), tr("Code"), c.code),
        text(QStringLiteral("name"), tr("Name"), c.name),
        Field{QStringLiteral("status"), tr("Status"), clientStatusName(c.status),
              clientStatusTitle(c.status), false},
        text(QStringLiteral("currency"), tr("Currency"), c.currency.code()),
        text(QStringLiteral("address"), tr("Address"), c.address),
        text(QStringLiteral("contact"), tr("Contact"), c.contactName),
        text(QStringLiteral("email"), tr("E-mail"), c.contactEmail),
        text(QStringLiteral("phone"), tr("Phone"), c.contactPhone),
        text(QStringLiteral("tax-number"), tr("Tax number"), c.taxNumber),
        Field{QStringLiteral("bank-account"), tr("Bank account"), c.bankAccount,
              Iban::format(c.bankAccount), false},
        text(QStringLiteral("bank-name"), tr("Bank"), c.bankName),
        text(QStringLiteral("notes"), tr("Notes"), c.notes),
        Field{QStringLiteral("funds-employed"), tr("Funds employed"), fundsEmployed.toPlainString(),
              fundsEmployed.toLocaleString(locale), true},
    };
}

// --- options shared by client add and client edit ---

// The details client add and client edit both accept (--name apart: add requires it).
QList<Option> clientDetailOptions()
{
    return {
        {"currency", "CUR", tr("The client's currency, ISO 4217 (default the books' currency).")},
        {"status", "active|suspended|closed", tr("The client's status.")},
        {"address", "TEXT", tr("The postal address.")},
        {"contact", "NAME", tr("The contact person.")},
        {"email", "ADDRESS", tr("The contact's e-mail address.")},
        {"phone", "NUMBER", tr("The contact's phone number.")},
        {"tax-number", "TEXT", tr("The client's tax or VAT number.")},
        {"iban", "IBAN", tr("The bank account as an IBAN, checked with its check digits.")},
        {"bank-account", "TEXT", tr("The bank account in another format, kept as text.")},
        {"bank-name", "TEXT", tr("The client's bank.")},
        {"notes", "TEXT", tr("Free notes.")},
    };
}

void applyClientOptions(const Args &args, Client &c)
{
    const auto set = [&](const char *name, QString &target) {
        const QString key = QString::fromLatin1(name);
        if (args.has(key))
            target = args.value(key);
    };
    set("name", c.name);
    set("address", c.address);
    set("contact", c.contactName);
    set("email", c.contactEmail);
    set("phone", c.contactPhone);
    set("tax-number", c.taxNumber);
    set("bank-account", c.bankAccount);
    set("iban", c.bankAccount);
    set("bank-name", c.bankName);
    set("notes", c.notes);
    if (args.has(QStringLiteral("status")))
        c.status = parseClientStatus(args.value(QStringLiteral("status")));
    if (args.has(QStringLiteral("currency"))) {
        const Currency cur(args.value(QStringLiteral("currency")));
        if (!cur.isValid())
            throw Error(Error::Kind::Validation,
                        tr("--currency: \"%1\" is not a three-letter currency code.")
                            .arg(args.value(QStringLiteral("currency"))),
                        QStringLiteral("currency"));
        c.currency = cur;
    }
}

int clientAddCommand(Context &ctx, const Args &args)
{
    Client c;
    c.code = args.at(0);
    applyClientOptions(args, c);
    const Session &who = ctx.session();
    ClientService clients(ctx.db());
    clients.add(who, c);
    const Client saved = clients.byCode(c.code);
    ctx.out() << tr("Added client %1 (%2, %3).").arg(saved.code, saved.name, saved.currency.code())
              << QLatin1Char('\n');
    return Ok;
}

int clientEditCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ClientService clients(ctx.db());
    Client c = clients.byCode(args.at(0));
    if (args.has(QStringLiteral("code")))
        c.code = args.value(QStringLiteral("code"));
    applyClientOptions(args, c);
    clients.update(who, c);
    ctx.out() << tr("Saved client %1.").arg(c.code.trimmed()) << QLatin1Char('\n');
    return Ok;
}

QDate asOfOption(Context &ctx, const Args &args)
{
    return args.has(QStringLiteral("as-of")) ? parseDateOption(args, QStringLiteral("as-of"))
                                             : BusinessCalendar(ctx.db()).today();
}

int clientListCommand(Context &ctx, const Args &args)
{
    const QDate asOf = asOfOption(ctx, args);
    ctx.session();
    ClientService clients(ctx.db());
    Tabular t;
    t.column(QStringLiteral("code"))
        .column(QStringLiteral("name"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("arrangement"))
        .column(QStringLiteral("recourse"))
        .column(QStringLiteral("notification"))
        .column(QStringLiteral("advance"), Tabular::Kind::Number)
        .column(QStringLiteral("commission"), Tabular::Kind::Number)
        .column(QStringLiteral("facility"), Tabular::Kind::Number)
        .column(QStringLiteral("funds_employed"), Tabular::Kind::Number);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const ClientOverview &o : clients.overview(asOf, args.value(QStringLiteral("search")))) {
        const int dec = o.client.currency.decimals();
        QStringList row{o.client.code, o.client.name, clientStatusName(o.client.status),
                        o.client.currency.code()};
        if (o.terms)
            row << arrangementName(o.terms->arrangement) << yesNo(o.terms->recourse)
                << yesNo(o.terms->notification) << o.terms->advanceRate.toPercentString()
                << o.terms->commissionRate.toPercentString()
                << Money::plain(o.terms->facilityLimit.minor(), dec);
        else
            row << QString() << QString() << QString() << QString() << QString() << QString();
        row << o.fundsEmployed.toPlainString();
        t.row(row);
    }
    ctx.print(t);
    return Ok;
}

Tabular historyTable(const QList<Agreement> &versions, Currency currency)
{
    Tabular t;
    t.column(QStringLiteral("from"))
        .column(QStringLiteral("created_by"))
        .column(QStringLiteral("created_at"))
        .column(QStringLiteral("arrangement"))
        .column(QStringLiteral("recourse"))
        .column(QStringLiteral("advance"), Tabular::Kind::Number)
        .column(QStringLiteral("commission"), Tabular::Kind::Number)
        .column(QStringLiteral("facility"), Tabular::Kind::Number)
        .column(QStringLiteral("changes"));
    std::optional<Agreement> before;
    for (const Agreement &a : versions) {
        t.row({isoDate(a.effectiveFrom), a.createdBy, a.createdAt, arrangementName(a.arrangement),
               a.recourse ? QStringLiteral("yes") : QStringLiteral("no"),
               a.advanceRate.toPercentString(), a.commissionRate.toPercentString(),
               Money::plain(a.facilityLimit.minor(), currency.decimals()),
               AgreementService::changeSummary(before, a, currency, QLocale::c())});
        before = a;
    }
    return t;
}

int clientShowCommand(Context &ctx, const Args &args)
{
    const QDate asOf = asOfOption(ctx, args);
    ctx.session();
    ClientService clients(ctx.db());
    AgreementService agreements(ctx.db());
    const Client c = clients.byCode(args.at(0));
    const QList<Field> details = clientFields(c, clients.fundsEmployed(c.id, asOf));
    const std::optional<Agreement> terms = agreements.inForce(c.id, asOf);
    const QList<Agreement> versions = agreements.history(c.id);
    const Tabular history = historyTable(versions, c.currency);

    switch (ctx.format()) {
    case Format::Json: {
        QString out =
            QStringLiteral("{\n  \"client\": ") + jsonObject(details, QStringLiteral("  "));
        out += QStringLiteral(",\n  \"as_of\": ") + jsonString(isoDate(asOf));
        out += QStringLiteral(",\n  \"agreement\": ") +
               (terms ? jsonObject(termFields(*terms, c.currency), QStringLiteral("  "))
                      : QStringLiteral("null"));
        QString historyJson = history.toJson().trimmed();
        historyJson.replace(QStringLiteral("\n"), QStringLiteral("\n  "));
        out += QStringLiteral(",\n  \"history\": ") + historyJson + QStringLiteral("\n}\n");
        ctx.out() << out;
        break;
    }
    case Format::Csv: {
        Tabular t;
        t.column(QStringLiteral("section"))
            .column(QStringLiteral("field"))
            .column(QStringLiteral("value"));
        for (const Field &f : details)
            t.row({QStringLiteral("client"), f.key, f.plain});
        if (terms)
            for (const Field &f : termFields(*terms, c.currency))
                t.row({QStringLiteral("agreement"), f.key, f.plain});
        for (const QStringList &r : history.rows())
            t.row({QStringLiteral("history"), r.value(0), r.value(history.columnCount() - 1)});
        ctx.print(t);
        break;
    }
    case Format::Table:
        printFieldsText(ctx, details);
        ctx.out() << QLatin1Char('\n');
        if (terms) {
            ctx.out() << tr("Terms in force on %1:").arg(isoDate(asOf)) << QLatin1Char('\n');
            printFieldsText(ctx, termFields(*terms, c.currency));
        } else {
            ctx.out() << tr("No agreement in force on %1.").arg(isoDate(asOf)) << QLatin1Char('\n');
        }
        if (!versions.isEmpty()) {
            ctx.out() << QLatin1Char('\n') << tr("Versions:") << QLatin1Char('\n');
            ctx.print(history);
        }
        break;
    }
    ctx.out().flush();
    return Ok;
}

// --- agreements ---

int parseWholeDays(const QString &text, const QString &field)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
    const QString t = text.trimmed();
    if (!digits.match(t).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("--%1: \"%2\" is not a whole number.").arg(field, text), field);
    return t.toInt();
}

int agreementSetCommand(Context &ctx, const Args &args)
{
    for (const QString &f : {QStringLiteral("recourse"), QStringLiteral("notification"),
                             QStringLiteral("purchase-day-counts")})
        if (args.has(f) && args.has(QStringLiteral("no-") + f))
            throw UsageError(tr("--%1 and --no-%1 contradict each other.").arg(f));
    const QDate from = parseDateOption(args, QStringLiteral("from"));
    const Session &who = ctx.session();
    who.require(Role::Manager, tr("set agreements"));
    ClientService clients(ctx.db());
    AgreementService agreements(ctx.db());
    const Client c = clients.byCode(args.at(0));
    // Terms not given stay as they are on that date (or the defaults for a first version).
    Agreement t = agreements.inForce(c.id, from).value_or(AgreementService::defaults());
    t.note.clear();

    const auto rate = [&](const QString &key, Rate &target) {
        if (args.has(key))
            target = Rate::percentOrThrow(args.value(key), QStringLiteral("--") + key);
    };
    const auto amount = [&](const QString &key, Money &target) {
        if (args.has(key))
            target = Money::parseOrThrow(args.value(key), QStringLiteral("--") + key, c.currency);
    };
    const auto count = [&](const QString &key, int &target) {
        if (args.has(key))
            target = parseWholeDays(args.value(key), key);
    };
    const auto flag = [&](const QString &key, bool &target) {
        if (args.has(key))
            target = true;
        if (args.has(QStringLiteral("no-") + key))
            target = false;
    };
    if (args.has(QStringLiteral("arrangement")))
        t.arrangement = parseArrangement(args.value(QStringLiteral("arrangement")));
    flag(QStringLiteral("recourse"), t.recourse);
    flag(QStringLiteral("notification"), t.notification);
    flag(QStringLiteral("purchase-day-counts"), t.purchaseDayCounts);
    rate(QStringLiteral("advance"), t.advanceRate);
    rate(QStringLiteral("commission"), t.commissionRate);
    rate(QStringLiteral("interest-margin"), t.interestMargin);
    rate(QStringLiteral("concentration"), t.concentrationLimit);
    rate(QStringLiteral("cross-aging"), t.crossAgingLimit);
    rate(QStringLiteral("penalty"), t.penaltyRate);
    amount(QStringLiteral("facility"), t.facilityLimit);
    amount(QStringLiteral("over-advance"), t.overAdvanceLimit);
    amount(QStringLiteral("min-fee"), t.minimumFee);
    amount(QStringLiteral("verification-threshold"), t.verificationThreshold);
    amount(QStringLiteral("charge-per-invoice"), t.chargePerInvoice);
    amount(QStringLiteral("charge-per-schedule"), t.chargePerSchedule);
    amount(QStringLiteral("charge-per-transfer"), t.chargePerTransfer);
    amount(QStringLiteral("charge-per-credit-decision"), t.chargePerCreditDecision);
    count(QStringLiteral("day-count"), t.dayCount);
    count(QStringLiteral("recourse-days"), t.recourseDays);
    count(QStringLiteral("clearance-days"), t.clearanceDays);
    count(QStringLiteral("max-age-days"), t.maxInvoiceAgeDays);
    if (args.has(QStringLiteral("discount-tiers"))) {
        const QString tiers = args.value(QStringLiteral("discount-tiers"));
        t.discountTiers = tiers.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
                              ? QList<DiscountTier>()
                              : Agreement::parseTiers(tiers);
    }
    if (args.has(QStringLiteral("base-rate"))) {
        const QString name = args.value(QStringLiteral("base-rate")).trimmed();
        t.baseRate =
            name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : name;
    }
    t.note = args.value(QStringLiteral("note"));
    agreements.setTerms(who, c.id, from, t);
    ctx.out() << tr("New terms of %1 in force from %2.").arg(c.code, isoDate(from))
              << QLatin1Char('\n');
    return Ok;
}

int agreementShowCommand(Context &ctx, const Args &args)
{
    const QDate asOf = asOfOption(ctx, args);
    ctx.session();
    const Client c = ClientService(ctx.db()).byCode(args.at(0));
    const std::optional<Agreement> terms = AgreementService(ctx.db()).inForce(c.id, asOf);
    if (!terms)
        throw Error(Error::Kind::NotFound,
                    tr("%1 has no agreement in force on %2.").arg(c.code, isoDate(asOf)));
    const QList<Field> fields = termFields(*terms, c.currency);
    switch (ctx.format()) {
    case Format::Json:
        ctx.out() << jsonObject(fields, QString()) << QLatin1Char('\n');
        break;
    case Format::Csv: {
        Tabular t;
        t.column(QStringLiteral("field")).column(QStringLiteral("value"));
        for (const Field &f : fields)
            t.row({f.key, f.plain});
        ctx.print(t);
        break;
    }
    case Format::Table:
        printFieldsText(ctx, fields);
        break;
    }
    ctx.out().flush();
    return Ok;
}

int agreementHistoryCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Client c = ClientService(ctx.db()).byCode(args.at(0));
    ctx.print(historyTable(AgreementService(ctx.db()).history(c.id), c.currency));
    return Ok;
}

} // namespace

void registerClientCommands()
{
    const Option asOf{"as-of", "DATE", tr("The day to show (default today).")};
    addCommand({QStringLiteral("client add"),
                {QStringLiteral("CODE")},
                tr("Adds a client (clerks and managers). The currency defaults to the book's."),
                QList<Option>{{"name", "TEXT", tr("The client's name."), Occurs::Required}} +
                    clientDetailOptions(),
                clientAddCommand});
    addCommand({QStringLiteral("client edit"),
                {QStringLiteral("CODE")},
                tr("Changes the given details of a client (clerks and managers)."),
                QList<Option>{{"code", "NEW", tr("A new code for the client.")},
                              {"name", "TEXT", tr("The client's name.")}} +
                    clientDetailOptions(),
                clientEditCommand});
    addCommand({QStringLiteral("client list"),
                {},
                tr("Lists clients with their terms in force and funds employed."),
                {
                    {"search", "TEXT", tr("Only clients whose code or name contains TEXT.")},
                    asOf,
                    formatOption(),
                },
                clientListCommand});
    addCommand({QStringLiteral("client show"),
                {QStringLiteral("CODE")},
                tr("Shows a client, the terms in force and every version of its agreement."),
                {asOf, formatOption()},
                clientShowCommand});
    addCommand(
        {QStringLiteral("agreement set"),
         {QStringLiteral("CLIENT")},
         tr("Adds a version of a client's terms from DATE (managers). Terms not given are "
            "those in force on DATE, or the defaults for a first version."),
         {
             {"from", "DATE",
              tr("The day the new terms take effect; later than the latest version."),
              Occurs::Required},
             {"advance", "P", tr("The advance rate, in percent.")},
             {"commission", "P", tr("The commission rate, in percent of the face value.")},
             {"recourse", nullptr, tr("With recourse: the client buys back unpaid invoices.")},
             {"no-recourse", nullptr,
              tr("Without recourse: the factor absorbs a debtor's insolvency on credit-approved "
                 "invoices.")},
             {"arrangement", "advance|collection|maturity", tr("How the factor pays the client.")},
             {"notification", nullptr, tr("Debtors are notified of the assignment.")},
             {"no-notification", nullptr, tr("Debtors are not notified (confidential).")},
             {"interest-margin", "P", tr("The interest margin over the base rate, in percent.")},
             {"base-rate", "NAME|none",
              tr("The base rate (base-rate set) the interest margin is added to; none: the "
                 "margin alone.")},
             {"day-count", "360|365", tr("The interest day count: ACT/360 or ACT/365.")},
             {"recourse-days", "N",
              tr("Days after the due date after which an unpaid invoice is charged back.")},
             {"facility", "AMOUNT", tr("The facility limit.")},
             {"over-advance", "AMOUNT", tr("The extra line beyond eligible receivables.")},
             {"concentration", "P",
              tr("The largest share of the client's receivables on one debtor, in percent.")},
             {"cross-aging", "P",
              tr("The share of a debtor's balance over 90 days past due above which all its "
                 "invoices are ineligible, in percent.")},
             {"min-fee", "AMOUNT", tr("The minimum fee per month.")},
             {"discount-tiers", "DAYS:P,DAYS:P,...|none",
              tr("The discount: 30:1.5,10:0.5 is 1.5 % for the first 30 days, then 0.5 % per "
                 "further 10 days or part; none removes it.")},
             {"purchase-day-counts", nullptr, tr("The purchase day counts as day one.")},
             {"no-purchase-day-counts", nullptr, tr("The purchase day does not count as day one.")},
             {"clearance-days", "N",
              tr("Float days added to receipts before a fee or interest stops.")},
             {"verification-threshold", "AMOUNT",
              tr("Invoices at or above this amount are verified with the debtor before funding.")},
             {"max-age-days", "N", tr("The oldest invoice the factor buys, in days.")},
             {"charge-per-invoice", "AMOUNT", tr("The charge per invoice bought.")},
             {"charge-per-schedule", "AMOUNT", tr("The charge per schedule.")},
             {"charge-per-transfer", "AMOUNT", tr("The charge per payment to the client.")},
             {"charge-per-credit-decision", "AMOUNT", tr("The charge per credit decision.")},
             {"penalty", "P", tr("The penalty rate after the recourse date, in percent.")},
             {"note", "TEXT", tr("A note kept with this version.")},
         },
         agreementSetCommand});
    addCommand({QStringLiteral("agreement show"),
                {QStringLiteral("CLIENT")},
                tr("Shows the terms in force for a client on a date (default today)."),
                {asOf, formatOption()},
                agreementShowCommand});
    addCommand(
        {QStringLiteral("agreement history"),
         {QStringLiteral("CLIENT")},
         tr("Lists every version of a client's agreement: from when, by whom, what changed."),
         {formatOption()},
         agreementHistoryCommand});
}

} // namespace FactorDesk::Cli
