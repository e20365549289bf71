// limit request/decide/list/queue: debtors' credit limits (four eyes).
#include "books.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "creditservice.h"
#include "debtorservice.h"
#include "error.h"
#include "money.h"

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

int limitRequestCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const Currency currency = Books::currency(ctx.db());
    const Money amount = Money::parseOrThrow(args.at(1), QStringLiteral("amount"), currency);
    DebtorService debtors(ctx.db());
    const Debtor d = debtors.requireByCode(args.at(0));
    qint64 client = 0;
    if (args.has(QStringLiteral("client"))) {
        client = ClientService(ctx.db()).idOf(args.value(QStringLiteral("client")));
    }
    const qint64 id = CreditService(ctx.db()).request(who, d.id, amount,
                                                      args.value(QStringLiteral("reason")), client);
    ctx.out() << id << QLatin1Char('\n');
    ctx.out() << tr("Credit request %1 for debtor %2: %3, waiting for an analyst.")
                     .arg(id)
                     .arg(d.code, amount.toPlainString())
              << QLatin1Char('\n');
    return Ok;
}

int limitDecideCommand(Context &ctx, const Args &args)
{
    CreditDecision decision;
    decision.decision = parseDecision(args.at(1));
    const Session &who = ctx.session();
    const Currency currency = Books::currency(ctx.db());
    if (args.has(QStringLiteral("amount")))
        decision.amount = Money::parseOrThrow(args.value(QStringLiteral("amount")),
                                              QStringLiteral("amount"), currency);
    else if (decision.decision == Decision::Partial)
        throw Error(Error::Kind::Validation,
                    tr("amount: approving in part needs --amount with the lower amount granted."),
                    QStringLiteral("amount"));
    decision.reviewDate = parseDateOption(args, QStringLiteral("review"));
    decision.expiryDate = parseDateOption(args, QStringLiteral("expires"));
    decision.reason = args.value(QStringLiteral("reason"));
    DebtorService debtors(ctx.db());
    const Debtor d = debtors.requireByCode(args.at(0));
    CreditService credit(ctx.db());
    const auto open = credit.openRequest(d.id);
    if (!open)
        throw Error(Error::Kind::NotFound,
                    tr("Debtor %1 has no open credit request to decide.").arg(d.code),
                    QStringLiteral("debtor"));
    credit.decide(who, open->id, decision);
    const CreditRequest r = credit.find(open->id);
    const Debtor after = debtors.find(d.id);
    ctx.out() << requestStatusName(r.status) << QLatin1Char('\n');
    ctx.out() << tr("Debtor %1: credit limit %2, review %3.")
                     .arg(after.code, after.creditLimit.toPlainString(),
                          after.limitReviewDate.isValid() ? isoDate(after.limitReviewDate)
                                                          : tr("none"))
              << QLatin1Char('\n');
    if (after.limitExpiryDate.isValid())
        ctx.out() << tr("The limit expires after %1.").arg(isoDate(after.limitExpiryDate))
                  << QLatin1Char('\n');
    return Ok;
}

int limitListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    CreditService credit(ctx.db());
    QList<CreditRequest> rows;
    if (args.has(QStringLiteral("debtor"))) {
        rows = credit.history(
            DebtorService(ctx.db()).requireByCode(args.value(QStringLiteral("debtor"))).id);
        if (args.has(QStringLiteral("pending")))
            rows.removeIf([](const CreditRequest &r) { return !isOpen(r.status); });
    } else {
        rows = credit.list(args.has(QStringLiteral("pending")));
    }
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("client"))
        .column(QStringLiteral("requested"), Tabular::Kind::Number)
        .column(QStringLiteral("requested_by"))
        .column(QStringLiteral("requested_at"))
        .column(QStringLiteral("reason"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("granted"), Tabular::Kind::Number)
        .column(QStringLiteral("review_date"))
        .column(QStringLiteral("decided_by"))
        .column(QStringLiteral("decision_reason"));
    for (const CreditRequest &r : rows)
        t.row({QString::number(r.id), r.debtorCode, r.clientCode, r.requestedAmount.toPlainString(),
               r.requestedBy, r.requestedAt, r.reason, requestStatusName(r.status),
               r.decidedAmount ? r.decidedAmount->toPlainString() : QString(),
               dateText(r.reviewDate), r.decidedBy, r.decisionReason});
    ctx.print(t);
    return Ok;
}

int limitQueueCommand(Context &ctx, const Args &args)
{
    const QDate asOf = args.has(QStringLiteral("as-of"))
                           ? parseDateOption(args, QStringLiteral("as-of"))
                           : today();
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("kind"))
        .column(QStringLiteral("request"), Tabular::Kind::Number)
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("client"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("current_limit"), Tabular::Kind::Number)
        .column(QStringLiteral("exposure"), Tabular::Kind::Number)
        .column(QStringLiteral("date"))
        .column(QStringLiteral("requested_by"))
        .column(QStringLiteral("reason"));
    static const char *kinds[] = {"pending", "hold", "review_due", "declined"};
    for (const CreditQueueItem &it : CreditService(ctx.db()).queue(asOf))
        t.row({QString::fromLatin1(kinds[int(it.kind)]),
               it.requestId ? QString::number(it.requestId) : QString(), it.debtorCode,
               it.clientCode, it.amount.toPlainString(), it.currentLimit.toPlainString(),
               it.exposure.toPlainString(), dateText(it.date), it.requestedBy, it.reason});
    ctx.print(t);
    return Ok;
}

} // namespace

void registerCreditCommands()
{
    addCommand({QStringLiteral("limit request"),
                {QStringLiteral("DEBTOR"), QStringLiteral("AMOUNT")},
                tr("Ask for a debtor's credit limit, or with --client a per-client sub-limit "
                   "(clerk, analyst); prints the request number."),
                {
                    {"reason", "TEXT", tr("Why the limit is needed.")},
                    {"client", "CODE", tr("Ask for a sub-limit for this client.")},
                },
                limitRequestCommand});
    addCommand({QStringLiteral("limit decide"),
                {QStringLiteral("DEBTOR"), QStringLiteral("approve|partial|decline|hold")},
                tr("Decide the debtor's open credit request (analyst, not the requester); prints "
                   "the new status first."),
                {
                    {"amount", "A", tr("The lower amount granted; partial needs it.")},
                    {"review", "D", tr("The date to review the limit.")},
                    {"expires", "D",
                     tr("The last day the debtor's limit covers (default: it does not expire).")},
                    {"reason", "TEXT", tr("Why it was decided so.")},
                },
                limitDecideCommand});
    addCommand({QStringLiteral("limit list"),
                {},
                tr("Credit requests and decisions, newest first."),
                {
                    {"pending", nullptr, tr("Only open requests (pending or on hold).")},
                    {"debtor", "CODE", tr("Only the requests for this debtor.")},
                    formatOption(),
                },
                limitListCommand});
    addCommand({QStringLiteral("limit queue"),
                {},
                tr("The analyst's queue: open requests, reviews due within 30 days, declined in "
                   "the last 30 days."),
                {{"as-of", "D", tr("The day the queue is for (default today).")}, formatOption()},
                limitQueueCommand});
}

} // namespace FactorDesk::Cli
