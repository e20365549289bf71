// order request/decide/list/show/export/import: pre-shipment order approvals.
#include "books.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "debtorservice.h"
#include "error.h"
#include "money.h"
#include "orderapprovalservice.h"

#include <QFileInfo>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

QString dateText(QDate d)
{
    return d.isValid() ? isoDate(d) : QString();
}

qint64 clientId(Database &db, const QString &code)
{
    return ClientService(db).idOf(code);
}

qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(tr("\"%1\" is not a request number.").arg(text));
    return id;
}

int orderRequestCommand(Context &ctx, const Args &args)
{
    const QDate ship = parseDateOption(args, QStringLiteral("ship-date"));
    const Session &who = ctx.session();
    const qint64 client = clientId(ctx.db(), args.at(0));
    // The order is in the client's currency, so its decimals read the amount.
    const Currency currency = ClientService(ctx.db()).get(client).currency;
    const Money amount = Money::parseOrThrow(args.at(2), QStringLiteral("amount"), currency);
    const Debtor d = DebtorService(ctx.db()).requireByCode(args.at(1));
    const qint64 id = OrderApprovalService(ctx.db()).request(who, client, d.id, amount, ship,
                                                             args.value(QStringLiteral("ref")));
    ctx.out() << id << QLatin1Char('\n');
    ctx.out() << tr("Order approval request %1: %2 to %3, ship date %4.")
                     .arg(id)
                     .arg(amount.toPlainString(), d.code, isoDate(ship))
              << QLatin1Char('\n');
    return Ok;
}

int orderDecideCommand(Context &ctx, const Args &args)
{
    const qint64 id = parseId(args.at(0));
    OrderDecision decision;
    decision.decision = parseDecision(args.at(1));
    decision.reason = args.value(QStringLiteral("reason"));
    if (args.has(QStringLiteral("days"))) {
        bool ok = false;
        decision.validDays = args.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            throw Error(Error::Kind::Validation,
                        tr("--days: \"%1\" is not a number of days.")
                            .arg(args.value(QStringLiteral("days"))),
                        QStringLiteral("days"));
    }
    const Session &who = ctx.session();
    OrderApprovalService orders(ctx.db());
    // The amount is in the order's own currency (the client's), not necessarily the books'.
    const Currency currency = orders.find(id).amount.currency();
    if (args.has(QStringLiteral("amount")))
        decision.amount = Money::parseOrThrow(args.value(QStringLiteral("amount")),
                                              QStringLiteral("amount"), currency);
    else if (decision.decision == Decision::Partial)
        throw Error(Error::Kind::Validation,
                    tr("amount: approving in part needs --amount with the lower amount approved."),
                    QStringLiteral("amount"));
    const OrderApproval a = orders.decide(who, id, decision);
    if (!a.approvalCode.isEmpty()) {
        ctx.out() << a.approvalCode << QLatin1Char('\n');
        ctx.out()
            << tr("%1 %2 for %3, expires %4, ship window %5 to %6.")
                   .arg(requestStatusName(a.status),
                        a.approvedAmount.value_or(Money::fromMinor(0, currency)).toPlainString(),
                        a.debtorCode, isoDate(a.expiryDate), isoDate(a.shipFrom), isoDate(a.shipTo))
            << QLatin1Char('\n');
    } else {
        ctx.out() << requestStatusName(a.status) << QLatin1Char('\n');
    }
    return Ok;
}

void addApprovalColumns(Tabular &t, bool withReason = false)
{
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("order_ref"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("ship_date"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("approved_amount"), Tabular::Kind::Number)
        .column(QStringLiteral("approval_code"))
        .column(QStringLiteral("expiry_date"))
        .column(QStringLiteral("ship_from"))
        .column(QStringLiteral("ship_to"))
        .column(QStringLiteral("requested_by"))
        .column(QStringLiteral("decided_by"));
    if (withReason)
        t.column(QStringLiteral("reason"));
}

void addApprovalRow(Tabular &t, const OrderApproval &a, bool withReason = false)
{
    QStringList cells{QString::number(a.id),
                      a.clientCode,
                      a.debtorCode,
                      a.orderRef,
                      a.amount.toPlainString(),
                      dateText(a.shipDate),
                      a.statusName(),
                      a.approvedAmount ? a.approvedAmount->toPlainString() : QString(),
                      a.approvalCode,
                      dateText(a.expiryDate),
                      dateText(a.shipFrom),
                      dateText(a.shipTo),
                      a.requestedBy,
                      a.decidedBy};
    if (withReason)
        cells << a.decisionReason;
    t.row(cells);
}

int orderListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    OrderFilter f;
    if (args.has(QStringLiteral("client")))
        f.clientId = clientId(ctx.db(), args.value(QStringLiteral("client")));
    if (args.has(QStringLiteral("status")))
        f.status = parseRequestStatus(args.value(QStringLiteral("status")));
    Tabular t;
    addApprovalColumns(t);
    for (const OrderApproval &a : OrderApprovalService(ctx.db()).list(f))
        addApprovalRow(t, a);
    ctx.print(t);
    return Ok;
}

int orderShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    OrderApprovalService orders(ctx.db());
    OrderApproval a;
    if (args.at(0).startsWith(QLatin1String("OA-"), Qt::CaseInsensitive)) {
        const auto found = orders.findByCode(args.at(0));
        if (!found)
            throw Error(Error::Kind::NotFound,
                        tr("There is no order approval with the code %1.").arg(args.at(0)),
                        QStringLiteral("code"));
        a = *found;
    } else {
        a = orders.find(parseId(args.at(0)));
    }
    Tabular t;
    addApprovalColumns(t, true);
    addApprovalRow(t, a, true);
    ctx.print(t);
    return Ok;
}

int orderExportCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const qint64 client = clientId(ctx.db(), args.at(0));
    const QString file = args.value(QStringLiteral("output"));
    const int rows = OrderApprovalService(ctx.db()).exportDecisions(who, client, file);
    ctx.out()
        << tr("Wrote %n order approval(s) of client %1 to %2.", nullptr, rows).arg(args.at(0), file)
        << QLatin1Char('\n');
    return Ok;
}

int orderImportCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QString file = args.at(0);
    const OrderImportResult r = OrderApprovalService(ctx.db()).importRequests(
        who, file, args.has(QStringLiteral("skip-bad")));
    for (qint64 id : r.importedIds)
        ctx.out() << id << QLatin1Char('\n');
    if (!r.issues.isEmpty())
        ctx.err() << tr("Skipped:") << QLatin1Char('\n') << r.issueText(QFileInfo(file).fileName())
                  << QLatin1Char('\n');
    ctx.err() << tr("Imported %n order approval request(s).", nullptr, int(r.importedIds.size()))
              << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerOrderCommands()
{
    addCommand({QStringLiteral("order request"),
                {QStringLiteral("CLIENT"), QStringLiteral("DEBTOR"), QStringLiteral("AMOUNT")},
                tr("Ask for a pre-shipment order approval (clerk, analyst); prints the request "
                   "number alone on the first line."),
                {
                    {"ship-date", "D", tr("The day the goods are to ship."), Occurs::Required},
                    {"ref", "TEXT", tr("The client's order reference.")},
                },
                orderRequestCommand});
    addCommand({QStringLiteral("order decide"),
                {QStringLiteral("ID"), QStringLiteral("approve|partial|decline|hold")},
                tr("Decide an order approval (analyst, not the requester); prints the approval "
                   "code alone on the first line, or the status for decline and hold."),
                {
                    {"amount", "A", tr("The lower amount approved; partial needs it.")},
                    {"days", "N", tr("How many days the approval is valid (default 30).")},
                    {"reason", "TEXT", tr("Why it was decided so.")},
                },
                orderDecideCommand});
    addCommand({QStringLiteral("order list"),
                {},
                tr("Order approval requests and decisions, newest first."),
                {
                    {"client", "CODE", tr("Only the requests of this client.")},
                    {"status", "STATUS", tr("Only requests with this status.")},
                    formatOption(),
                },
                orderListCommand});
    addCommand({QStringLiteral("order show"),
                {QStringLiteral("ID|CODE")},
                tr("One order approval, by request number or approval code."),
                {formatOption()},
                orderShowCommand});
    addCommand({QStringLiteral("order export"),
                {QStringLiteral("CLIENT")},
                tr("Write a client's order approval decisions to a CSV file for the client."),
                {{"output", "FILE", tr("The CSV file to write."), Occurs::Required}},
                orderExportCommand});
    addCommand({QStringLiteral("order import"),
                {QStringLiteral("FILE")},
                tr("Import a client's order approval requests from CSV (client, debtor, order_ref, "
                   "amount, ship_date); a file with bad lines imports nothing unless --skip-bad. "
                   "Prints the new request numbers."),
                {{"skip-bad", nullptr, tr("Import the good lines and skip the bad ones.")}},
                orderImportCommand});
}

} // namespace FactorDesk::Cli
