// credit-note, dispute, chargeback, buyback, debtor insolvent, credit-loss: what reduces an
// invoice besides the debtor's cash (docs/domain.md §4 steps 5-7).
#include "books.h"
#include "businesscalendar.h"
#include "chargebackservice.h"
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "creditnoteservice.h"
#include "disputeservice.h"
#include "error.h"
#include "money.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

Money amountOption(Context &ctx, const Args &args)
{
    return Money::parseOrThrow(args.value(QStringLiteral("amount")), QStringLiteral("amount"),
                               Books::currency(ctx.db()));
}

qint64 parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(tr("\"%1\" is not a %2 number.").arg(text, what));
    return id;
}

int creditNoteAddCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    CreditNoteInput in;
    in.clientCode = args.at(0);
    in.invoiceNo = args.value(QStringLiteral("invoice"));
    in.amount = amountOption(ctx, args);
    in.date = parseDateOption(args, QStringLiteral("date"));
    in.reference = args.value(QStringLiteral("ref"));
    const qint64 id = CreditNoteService(ctx.db()).add(who, in);
    ctx.out() << id << QLatin1Char('\n');
    return Ok;
}

int creditNoteImportCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QList<qint64> ids = CreditNoteService(ctx.db()).importCsv(who, args.at(0), args.at(1));
    for (qint64 id : ids)
        ctx.out() << id << QLatin1Char('\n');
    ctx.err() << tr("%n credit note(s) imported.", nullptr, int(ids.size())) << QLatin1Char('\n');
    return Ok;
}

int creditNoteListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("date"), Tabular::Kind::Date)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("reference"))
        .column(QStringLiteral("source"))
        .column(QStringLiteral("entry"), Tabular::Kind::Number);
    for (const CreditNote &n :
         CreditNoteService(ctx.db()).list(args.value(QStringLiteral("client"))))
        t.row({QString::number(n.id), isoDate(n.date), n.clientCode, n.debtorCode, n.invoiceNo,
               n.amount.toPlainString(), n.amount.currency().code(), n.reference, n.source,
               QString::number(n.journalEntryId)});
    ctx.print(t);
    return Ok;
}

int disputeOpenCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    DisputeInput in;
    in.clientCode = args.at(0);
    in.invoiceNo = args.value(QStringLiteral("invoice"));
    in.amount = amountOption(ctx, args);
    in.reasonCode = args.value(QStringLiteral("reason"));
    in.note = args.value(QStringLiteral("note"));
    ctx.out() << DisputeService(ctx.db()).open(who, in) << QLatin1Char('\n');
    return Ok;
}

int disputeResolveCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const qint64 id = parseId(args.at(0), tr("dispute"));
    DisputeResolution resolution;
    try {
        resolution = parseDisputeResolution(args.at(1));
    } catch (const Error &e) {
        throw UsageError(e.message());
    }
    DisputeService disputes(ctx.db());
    disputes.resolve(who, id, resolution, args.value(QStringLiteral("note")));
    const Dispute d = disputes.get(id);
    ctx.out() << tr("Dispute %1 on %2 resolved: %3.")
                     .arg(id)
                     .arg(d.invoiceNo, disputeStatusName(d.status))
              << QLatin1Char('\n');
    return Ok;
}

int disputeListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("opened"), Tabular::Kind::Date)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("reason"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("note"))
        .column(QStringLiteral("resolution_note"));
    for (const Dispute &d : DisputeService(ctx.db()).list(args.has(QStringLiteral("open"))))
        t.row({QString::number(d.id), isoDate(d.openedOn), d.clientCode, d.debtorCode, d.invoiceNo,
               d.amount.toPlainString(), d.amount.currency().code(), d.reasonCode,
               disputeStatusName(d.status), d.note, d.resolutionNote});
    ctx.print(t);
    return Ok;
}

int disputeReasonsCommand(Context &ctx, const Args &)
{
    Tabular t;
    t.column(QStringLiteral("code")).column(QStringLiteral("title"));
    for (const DisputeReason &r : DisputeService::reasons())
        t.row({r.code, r.title});
    ctx.print(t);
    return Ok;
}

int chargebackCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ChargebackInput in;
    in.clientCode = args.at(0);
    in.invoiceNo = args.value(QStringLiteral("invoice"));
    if (args.has(QStringLiteral("amount")))
        in.amount = amountOption(ctx, args);
    in.reason = args.value(QStringLiteral("reason"));
    in.date = parseDateOption(args, QStringLiteral("date"));
    ctx.out() << ChargebackService(ctx.db()).chargeBack(who, in) << QLatin1Char('\n');
    return Ok;
}

int chargebackOverdueCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    QDate asOf = parseDateOption(args, QStringLiteral("as-of"));
    if (!asOf.isValid())
        asOf = BusinessCalendar(ctx.db()).today();
    ChargebackService service(ctx.db());
    const QList<RecourseDue> due = service.dueForRecourse(asOf);
    const int n = service.chargeBackOverdue(who, asOf);
    for (const RecourseDue &d : due)
        ctx.out() << tr("%1 %2 (%3): %4 charged back, due %5, recourse ended %6.")
                         .arg(d.clientCode, d.invoiceNo, d.debtorCode,
                              d.openBalance.toPlainString(), isoDate(d.dueDate),
                              isoDate(d.recourseDate))
                  << QLatin1Char('\n');
    ctx.out() << tr("%n invoice(s) charged back.", nullptr, n) << QLatin1Char('\n');
    return Ok;
}

int buybackPayCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const qint64 id = ChargebackService(ctx.db()).recordBuybackPayment(
        who, args.at(0), amountOption(ctx, args), parseDateOption(args, QStringLiteral("date")),
        args.value(QStringLiteral("ref")));
    ctx.out() << id << QLatin1Char('\n');
    return Ok;
}

int debtorInsolventCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QDate date = parseDateOption(args, QStringLiteral("date"));
    ChargebackService(ctx.db()).markInsolvent(who, args.at(0), date);
    ctx.out() << tr("Debtor %1 is insolvent since %2.").arg(args.at(0), isoDate(date))
              << QLatin1Char('\n');
    return Ok;
}

int creditLossPostCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    QDate asOf = parseDateOption(args, QStringLiteral("as-of"));
    if (!asOf.isValid())
        asOf = BusinessCalendar(ctx.db()).today();
    const QList<CreditLossResult> results = ChargebackService(ctx.db()).postCreditLosses(who, asOf);
    Tabular t;
    t.column(QStringLiteral("client"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("credit_loss"), Tabular::Kind::Number)
        .column(QStringLiteral("charged_back"), Tabular::Kind::Number);
    for (const CreditLossResult &r : results)
        t.row({r.clientCode, r.invoiceNo, r.loss.toPlainString(), r.chargeback.toPlainString()});
    ctx.print(t);
    return Ok;
}

} // namespace

void registerCollectionCommands()
{
    addCommand(
        {QStringLiteral("credit-note add"),
         {QStringLiteral("CLIENT")},
         tr("Enter the client's credit note against one of its bought invoices (it "
            "reduces the invoice and the client's reserve); prints its id."),
         {
             {"invoice", "NO", tr("The invoice it credits."), Occurs::Required},
             {"amount", "A", tr("The amount credited (at most what is open)."), Occurs::Required},
             {"date", "D", tr("The credit note's date."), Occurs::Required},
             {"ref", "TEXT", tr("The client's credit note number or reference.")},
         },
         creditNoteAddCommand});
    addCommand({QStringLiteral("credit-note import"),
                {QStringLiteral("CLIENT"), QStringLiteral("FILE")},
                tr("Import the client's credit notes from a CSV file (columns invoice_no, "
                   "amount, date, reference), all or none; prints their ids."),
                {},
                creditNoteImportCommand});
    addCommand({QStringLiteral("credit-note list"),
                {},
                tr("Credit notes, newest first."),
                {{"client", "C", tr("Only this client's credit notes.")}, formatOption()},
                creditNoteListCommand});
    addCommand(
        {QStringLiteral("dispute open"),
         {QStringLiteral("CLIENT")},
         tr("Record a debtor's deduction or dispute on an invoice; prints its id."),
         {
             {"invoice", "NO", tr("The disputed invoice."), Occurs::Required},
             {"amount", "A", tr("The amount in dispute."), Occurs::Required},
             {"reason", "CODE", tr("The reason code (see `dispute reasons`)."), Occurs::Required},
             {"note", "TEXT", tr("What the debtor said.")},
         },
         disputeOpenCommand});
    addCommand({QStringLiteral("dispute resolve"),
                {QStringLiteral("ID"), QStringLiteral("paid|credited|charged-back")},
                tr("Resolve a dispute: paid (closed), credited (a credit note of its amount) or "
                   "charged-back (to the client; manager)."),
                {{"note", "TEXT", tr("How it was resolved.")}},
                disputeResolveCommand});
    addCommand({QStringLiteral("dispute list"),
                {},
                tr("Disputes, newest first."),
                {{"open", nullptr, tr("Only the open ones.")}, formatOption()},
                disputeListCommand});
    addCommand({QStringLiteral("dispute reasons"),
                {},
                tr("The reason codes of disputes."),
                {formatOption()},
                disputeReasonsCommand});
    addCommand({QStringLiteral("chargeback"),
                {QStringLiteral("CLIENT")},
                tr("Charge an invoice back to the client (manager): the reserve first, the "
                   "recourse receivable for the rest; prints the chargeback's id."),
                {
                    {"invoice", "NO", tr("The invoice charged back."), Occurs::Required},
                    {"amount", "A", tr("How much (default: what is open on it).")},
                    {"reason", "TEXT", tr("Why."), Occurs::Required},
                    {"date", "D", tr("The chargeback's date (default today).")},
                },
                chargebackCommand});
    addCommand({QStringLiteral("chargeback overdue"),
                {},
                tr("Charge back every invoice unpaid past its recourse date (due date + the "
                   "agreement's recourse days; manager)."),
                {{"as-of", "D", tr("The day of the run (default today).")}},
                chargebackOverdueCommand});
    addCommand({QStringLiteral("buyback pay"),
                {QStringLiteral("CLIENT")},
                tr("Record the client's cash paying back what was charged back; prints its id."),
                {
                    {"amount", "A", tr("The amount received."), Occurs::Required},
                    {"date", "D", tr("The value date."), Occurs::Required},
                    {"ref", "TEXT", tr("The payment's reference.")},
                },
                buybackPayCommand});
    addCommand({QStringLiteral("debtor insolvent"),
                {QStringLiteral("CODE")},
                tr("Mark a debtor insolvent since a date (manager)."),
                {{"date", "D", tr("The date of the insolvency."), Occurs::Required}},
                debtorInsolventCommand});
    addCommand({QStringLiteral("credit-loss post"),
                {},
                tr("Post the credit losses on credit-approved invoices of insolvent debtors; "
                   "disputes and what is over the approval are charged back (manager)."),
                {{"as-of", "D", tr("The day of the losses (default today).")}, formatOption()},
                creditLossPostCommand});
}

} // namespace FactorDesk::Cli
