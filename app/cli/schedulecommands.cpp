// schedule import/show/list/recheck/approve/reject/verify/fund/unfund and invoice list: the
// schedules of accounts and the invoices the factor bought (issue 4).
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "error.h"
#include "invoicemovementquery.h"
#include "invoicequery.h"
#include "invoiceverificationservice.h"
#include "money.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "scheduleimportservice.h"
#include "schedulequery.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int decimalsOf(const QString &currency)
{
    return Currency(currency).decimals();
}

QString checksText(const ScheduleLine &l)
{
    QStringList parts;
    for (const CheckResult &c : l.checks)
        parts << QStringLiteral("%1: %2").arg(c.code, checkText(c, Currency(l.currency)));
    return parts.join(QStringLiteral("; "));
}

QString checkCodes(const ScheduleLine &l)
{
    QStringList parts;
    for (const CheckResult &c : l.checks)
        parts << c.code;
    return parts.isEmpty() ? QStringLiteral("ok") : parts.join(QLatin1Char(','));
}

Tabular linesTable(const Schedule &s, bool withTotal, bool compactChecks)
{
    const int dec = decimalsOf(s.currency);
    auto m = [dec](Money v) { return Money::plain(v.minor(), dec); };
    Tabular t;
    t.column(QStringLiteral("line"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("invoice_date"))
        .column(QStringLiteral("due_date"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("eligible"), Tabular::Kind::Number)
        .column(QStringLiteral("advance"), Tabular::Kind::Number)
        .column(QStringLiteral("commission"), Tabular::Kind::Number)
        .column(QStringLiteral("reserve"), Tabular::Kind::Number)
        .column(QStringLiteral("status"))
        .column(QStringLiteral("checks"))
        .column(QStringLiteral("override_reason"));
    for (const ScheduleLine &l : s.lines)
        t.row({QString::number(l.lineNo), l.invoiceNo, l.debtorCode, isoDate(l.invoiceDate),
               isoDate(l.dueDate), m(l.amount), m(l.eligible), m(l.advance), m(l.commission),
               m(l.reserve), l.status, compactChecks ? checkCodes(l) : checksText(l),
               l.overrideReason});
    if (withTotal) {
        const ScheduleTotals &x = s.totals;
        t.row({QStringLiteral("total"), QString::number(x.count), QString(), QString(),
               isoDate(x.maturityDate), m(x.face), m(x.eligible), m(x.advance), m(x.commission),
               m(x.reserve), scheduleStatusName(s.status), QString(), QString()});
    }
    return t;
}

// The import's per-line check summary: every line that a check speaks about (lines that pass
// every check are counted in the total row), then the totals. Cheap for big files.
Tabular checkSummary(const Schedule &s)
{
    const int dec = decimalsOf(s.currency);
    Tabular t;
    t.column(QStringLiteral("line"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("eligible"), Tabular::Kind::Number)
        .column(QStringLiteral("advance"), Tabular::Kind::Number)
        .column(QStringLiteral("status"))
        .column(QStringLiteral("checks"));
    int clean = 0;
    for (const ScheduleLine &l : s.lines) {
        if (l.checks.isEmpty()) {
            ++clean;
            continue;
        }
        t.row({QString::number(l.lineNo), l.invoiceNo, l.debtorCode,
               Money::plain(l.amount.minor(), dec), Money::plain(l.eligible.minor(), dec),
               Money::plain(l.advance.minor(), dec), l.status, checkCodes(l)});
    }
    const ScheduleTotals &x = s.totals;
    t.row({QStringLiteral("total"), QString::number(x.count), QString(),
           Money::plain(x.face.minor(), dec), Money::plain(x.eligible.minor(), dec),
           Money::plain(x.advance.minor(), dec), scheduleStatusName(s.status),
           tr("%n line(s) passed every check", nullptr, clean)});
    return t;
}

void printTotals(Context &ctx, const Schedule &s)
{
    const int dec = decimalsOf(s.currency);
    auto m = [dec](Money v) { return Money::plain(v.minor(), dec); };
    const ScheduleTotals &x = s.totals;
    QTextStream &out = ctx.out();
    out << tr("Invoices %1, face %2, eligible %3, ineligible %4")
               .arg(x.count)
               .arg(m(x.face), m(x.eligible), m(x.ineligible))
        << QLatin1Char('\n');
    out << tr("Advance %1, commission %2, reserve %3, charges %4, net payment %5")
               .arg(m(x.advance), m(x.commission), m(x.reserve), m(x.charges), m(x.netPayment))
        << QLatin1Char('\n');
    if (x.maturityDate.isValid())
        out << tr("Average due date %1, payment due %2")
                   .arg(isoDate(x.maturityDate), isoDate(x.paymentDate))
            << QLatin1Char('\n');
    out.flush();
}

int importCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ClientService clients(ctx.db());
    const qint64 clientId = clients.idOf(args.at(0));
    ScheduleImportOptions o;
    o.date = parseDateOption(args, QStringLiteral("date"));
    o.number = args.value(QStringLiteral("number"));
    o.skipBad = args.has(QStringLiteral("skip-bad"));
    o.submit = !args.has(QStringLiteral("draft"));
    const ScheduleImportResult r =
        ScheduleImportService(ctx.db()).importFile(who, clientId, args.at(1), o);
    const Schedule &s = r.schedule;
    ctx.out() << s.number << QLatin1Char('\n');
    ctx.out().flush();
    for (const ImportError &e : r.errors)
        ctx.err() << tr("skipped %1").arg(e.toString()) << QLatin1Char('\n');
    ctx.err().flush();
    ctx.print(checkSummary(s));
    if (ctx.format() == Format::Table)
        printTotals(ctx, s);
    return Ok;
}

int showCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Schedule s = ScheduleQuery(ctx.db()).findByNumber(args.at(0));
    if (ctx.format() == Format::Table) {
        QTextStream &out = ctx.out();
        out << tr("Schedule %1 of %2 (%3), dated %4: %5")
                   .arg(s.number, s.clientCode, s.clientName, isoDate(s.date),
                        scheduleStatusName(s.status))
            << QLatin1Char('\n');
        if (!s.rejectedReason.isEmpty())
            out << tr("Rejected by %1: %2").arg(s.rejectedBy, s.rejectedReason)
                << QLatin1Char('\n');
        if (s.fundingDate.isValid())
            out << tr("Funded on %1 by %2, journal entry %3")
                       .arg(isoDate(s.fundingDate), s.fundedBy)
                       .arg(s.journalEntryId)
                << QLatin1Char('\n');
        out.flush();
    }
    ctx.print(linesTable(s, true, false));
    if (ctx.format() == Format::Table)
        printTotals(ctx, s);
    return Ok;
}

int listCommand(Context &ctx, const Args &args)
{
    ctx.session();
    ScheduleFilter f;
    f.clientCode = args.value(QStringLiteral("client"));
    f.status = args.value(QStringLiteral("status"));
    f.from = parseDateOption(args, QStringLiteral("from"));
    f.to = parseDateOption(args, QStringLiteral("to"));
    Tabular t;
    t.column(QStringLiteral("number"))
        .column(QStringLiteral("client"))
        .column(QStringLiteral("date"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("invoices"), Tabular::Kind::Number)
        .column(QStringLiteral("face"), Tabular::Kind::Number)
        .column(QStringLiteral("eligible"), Tabular::Kind::Number)
        .column(QStringLiteral("advance"), Tabular::Kind::Number)
        .column(QStringLiteral("commission"), Tabular::Kind::Number)
        .column(QStringLiteral("reserve"), Tabular::Kind::Number)
        .column(QStringLiteral("net_payment"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"));
    for (const Schedule &s : ScheduleQuery(ctx.db()).list(f)) {
        const int dec = decimalsOf(s.currency);
        auto m = [dec](Money v) { return Money::plain(v.minor(), dec); };
        const ScheduleTotals &x = s.totals;
        t.row({s.number, s.clientCode, isoDate(s.date), scheduleStatusName(s.status),
               QString::number(x.count), m(x.face), m(x.eligible), m(x.advance), m(x.commission),
               m(x.reserve), m(x.netPayment), s.currency});
    }
    ctx.print(t);
    return Ok;
}

int recheckCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ScheduleApprovalService service(ctx.db());
    const Schedule s =
        service.recheck(who, ScheduleQuery(ctx.db()).findByNumber(args.at(0), false).id);
    ctx.print(linesTable(s, true, true));
    if (ctx.format() == Format::Table)
        printTotals(ctx, s);
    return Ok;
}

int approveCommand(Context &ctx, const Args &args)
{
    // --override X --reason Y pairs, in command-line order.
    QList<LineOverride> overrides;
    bool pendingReason = false;
    for (const auto &[name, value] : args.options()) {
        if (name == QLatin1String("override")) {
            if (pendingReason)
                throw UsageError(
                    tr("--override %1 needs its --reason TEXT before the next --override.")
                        .arg(overrides.last().invoiceNo));
            overrides.append({value, QString()});
            pendingReason = true;
        } else if (name == QLatin1String("reason")) {
            if (!pendingReason)
                throw UsageError(tr("--reason belongs after an --override INVOICE_NO."));
            overrides.last().reason = value;
            pendingReason = false;
        }
    }
    if (pendingReason)
        throw UsageError(tr("--override %1 needs --reason TEXT.").arg(overrides.last().invoiceNo));
    const Session &who = ctx.session();
    ScheduleApprovalService service(ctx.db());
    const Schedule s =
        service.approve(who, ScheduleQuery(ctx.db()).findByNumber(args.at(0), false).id, overrides);
    const int dec = decimalsOf(s.currency);
    ctx.out() << tr("Schedule %1 approved: invoices %2, eligible %3, advance %4, net payment %5.")
                     .arg(s.number)
                     .arg(s.totals.count)
                     .arg(Money::plain(s.totals.eligible.minor(), dec),
                          Money::plain(s.totals.advance.minor(), dec),
                          Money::plain(s.totals.netPayment.minor(), dec))
              << QLatin1Char('\n');
    return Ok;
}

int rejectCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ScheduleApprovalService service(ctx.db());
    const Schedule s =
        service.reject(who, ScheduleQuery(ctx.db()).findByNumber(args.at(0), false).id,
                       args.value(QStringLiteral("reason")));
    ctx.out() << tr("Schedule %1 rejected.").arg(s.number) << QLatin1Char('\n');
    return Ok;
}

int verifyCommand(Context &ctx, const Args &args)
{
    const bool byLine = args.has(QStringLiteral("line"));
    if (byLine == args.has(QStringLiteral("invoice")))
        throw UsageError(tr("Name the line with --line L or --invoice NO (one of them)."));
    const Session &who = ctx.session();
    const Schedule s = ScheduleQuery(ctx.db()).findByNumber(args.at(0), false);
    InvoiceVerificationService service(ctx.db());
    int line = 0;
    if (byLine) {
        bool ok = false;
        line = args.value(QStringLiteral("line")).toInt(&ok);
        if (!ok || line < 1)
            throw UsageError(tr("--line needs a line number (1, 2, ...)."));
    } else {
        line = service.lineOf(s.id, args.value(QStringLiteral("invoice")));
    }
    service.record(who, s.id, line, parseVerificationMethod(args.value(QStringLiteral("method"))),
                   args.value(QStringLiteral("contact")), args.value(QStringLiteral("note")));
    ctx.out() << tr("Line %1 of schedule %2 verified.").arg(line).arg(s.number)
              << QLatin1Char('\n');
    return Ok;
}

int fundCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ScheduleFundingService service(ctx.db());
    const Schedule before = ScheduleQuery(ctx.db()).findByNumber(args.at(0), false);
    FundingOverride override;
    override.reason = args.value(QStringLiteral("override-reason"));
    override.invoiceNos = args.values(QStringLiteral("override"));
    if (!override.invoiceNos.isEmpty() && override.reason.trimmed().isEmpty())
        throw UsageError(tr("--override needs --override-reason TEXT."));
    FundingOptions options;
    options.availabilityOverrideReason = args.value(QStringLiteral("over-availability"));
    const FundingResult r = service.fund(
        who, before.id, parseDateOption(args, QStringLiteral("date")), override, options);
    const int dec = decimalsOf(before.currency);
    auto m = [dec](Money v) { return Money::plain(v.minor(), dec); };
    Tabular t;
    t.column(QStringLiteral("item")).column(QStringLiteral("amount"), Tabular::Kind::Number);
    t.row({QStringLiteral("face"), m(r.totals.face)});
    t.row({QStringLiteral("eligible"), m(r.totals.eligible)});
    t.row({QStringLiteral("advance"), m(r.totals.advance)});
    t.row({QStringLiteral("commission"), m(r.totals.commission)});
    t.row({QStringLiteral("reserve"), m(r.totals.reserve)});
    t.row({QStringLiteral("charges"), m(r.totals.charges)});
    t.row({QStringLiteral("net_payment"), m(r.totals.netPayment)});
    if (ctx.format() == Format::Table)
        ctx.out() << tr("Schedule %1 funded; journal entry %2; payment of %3 due on %4.")
                         .arg(r.number)
                         .arg(r.journalEntryId)
                         .arg(m(r.totals.netPayment), isoDate(r.totals.paymentDate))
                  << QLatin1Char('\n');
    ctx.print(t);
    if (ctx.format() == Format::Table)
        for (const FundingProblem &p : r.overridden)
            ctx.out() << tr("Overridden: line %1 (invoice %2): %3")
                             .arg(p.lineNo)
                             .arg(p.invoiceNo, checkText(p.check, Currency(before.currency)))
                      << QLatin1Char('\n');
    if (ctx.format() == Format::Table && !r.newlyNotifiedDebtorIds.isEmpty())
        ctx.out() << tr("Notices of assignment to print: %n debtor(s).", nullptr,
                        int(r.newlyNotifiedDebtorIds.size()))
                  << QLatin1Char('\n');
    return Ok;
}

int unfundCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const Schedule s = ScheduleQuery(ctx.db()).findByNumber(args.at(0), false);
    const UnfundResult r =
        ScheduleFundingService(ctx.db()).unfund(who, s.id, args.value(QStringLiteral("reason")),
                                                parseDateOption(args, QStringLiteral("date")));
    ctx.out() << tr("Schedule %1 unfunded: purchase entry %2 reversed by entry %3; its invoices "
                    "are pending again and the schedule is approved.")
                     .arg(r.number)
                     .arg(r.purchaseEntryId)
                     .arg(r.reversalEntryId)
              << QLatin1Char('\n');
    if (r.paymentCancelled)
        ctx.out() << tr("The payment due to the client was cancelled.") << QLatin1Char('\n');
    return Ok;
}

int invoiceListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    InvoiceFilter f;
    f.clientCode = args.value(QStringLiteral("client"));
    f.debtorCode = args.value(QStringLiteral("debtor"));
    f.status = args.value(QStringLiteral("status"));
    if (args.has(QStringLiteral("bucket")))
        f.bucket = parseAgingBucket(args.value(QStringLiteral("bucket")));
    if (args.has(QStringLiteral("schedule"))) {
        f.scheduleId =
            ScheduleQuery(ctx.db()).findByNumber(args.value(QStringLiteral("schedule")), false).id;
        if (f.status.isEmpty())
            f.status = QStringLiteral("all");
    }
    f.asOf = parseDateOption(args, QStringLiteral("as-of"));
    int limit = -1;
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            throw UsageError(tr("--limit needs a whole number."));
    }
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("invoice_no"))
        .column(QStringLiteral("schedule"))
        .column(QStringLiteral("invoice_date"))
        .column(QStringLiteral("due_date"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("paid"), Tabular::Kind::Number)
        .column(QStringLiteral("credited"), Tabular::Kind::Number)
        .column(QStringLiteral("disputed"), Tabular::Kind::Number)
        .column(QStringLiteral("charged_back"), Tabular::Kind::Number)
        .column(QStringLiteral("open_balance"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("days_past_due"), Tabular::Kind::Number)
        .column(QStringLiteral("bucket"));
    const QList<InvoiceRow> rows =
        InvoiceQuery(ctx.db()).rows(f, InvoiceSort::Id, Qt::AscendingOrder, 0, limit);
    QList<qint64> ids;
    for (const InvoiceRow &r : rows)
        ids << r.id;
    // From the journal's lines on each invoice, like the open balance beside them.
    const QHash<qint64, InvoiceMovements> moves = InvoiceMovementQuery(ctx.db()).forInvoices(ids);
    for (const InvoiceRow &r : rows) {
        const int dec = decimalsOf(r.currency);
        const InvoiceMovements m = moves.value(r.id);
        t.row({QString::number(r.id), r.clientCode, r.debtorCode, r.invoiceNo, r.scheduleNumber,
               isoDate(r.invoiceDate), isoDate(r.dueDate), Money::plain(r.amount, dec),
               Money::plain(m.paid, dec), Money::plain(m.credited, dec),
               Money::plain(m.disputed, dec), Money::plain(m.chargedBack, dec),
               Money::plain(r.openBalance, dec), r.currency, r.status,
               QString::number(r.daysPastDue), agingBucketName(r.bucket)});
    }
    ctx.print(t);
    return Ok;
}

} // namespace

void registerScheduleCommands()
{
    addCommand(
        {QStringLiteral("schedule import"),
         {QStringLiteral("CLIENT"), QStringLiteral("FILE")},
         tr("Import, check and price a schedule from a CSV file; prints its number on the "
            "first line, then the checks of each line. A file with errors imports nothing "
            "unless --skip-bad."),
         {
             {"date", "D", tr("The schedule's date (default today).")},
             {"number", "N", tr("The schedule's number (default the next one).")},
             {"skip-bad", nullptr, tr("Import the good lines and skip the bad ones.")},
             {"draft", nullptr, tr("Keep the schedule as a draft instead of submitting it.")},
             formatOption(),
         },
         importCommand});
    addCommand({QStringLiteral("schedule show"),
                {QStringLiteral("N")},
                tr("A schedule's lines with their checks and split, and its totals."),
                {formatOption()},
                showCommand});
    addCommand({QStringLiteral("schedule list"),
                {},
                tr("Schedules with their totals, newest first."),
                {
                    {"client", "C", tr("Only the schedules of this client.")},
                    {"status", "S", tr("Only schedules with this status.")},
                    {"from", "D", tr("Only schedules dated on or after D.")},
                    {"to", "D", tr("Only schedules dated on or before D.")},
                    formatOption(),
                },
                listCommand});
    addCommand({QStringLiteral("schedule recheck"),
                {QStringLiteral("N")},
                tr("Run the checks of a draft or submitted schedule again."),
                {formatOption()},
                recheckCommand});
    addCommand(
        {QStringLiteral("schedule approve"),
         {QStringLiteral("N")},
         tr("Approve a schedule (managers); an override makes an ineligible invoice eligible "
            "in full and keeps the reason."),
         {
             {"override", "INVOICE_NO",
              tr("Make this ineligible invoice eligible; the next --reason says why."),
              Occurs::Repeatable},
             {"reason", "TEXT", tr("Why the invoice before it is overridden."), Occurs::Repeatable},
         },
         approveCommand});
    addCommand({QStringLiteral("schedule reject"),
                {QStringLiteral("N")},
                tr("Reject a schedule (managers)."),
                {{"reason", "TEXT", tr("Why the schedule is rejected."), Occurs::Required}},
                rejectCommand});
    addCommand({QStringLiteral("schedule fund"),
                {QStringLiteral("N")},
                tr("Fund an approved schedule (managers): buys the invoices, posts the purchase "
                   "entry and records the payment due to the client."),
                {
                    {"date", "D", tr("The funding date (default today).")},
                    {"override-reason", "TEXT",
                     tr("Fund even the lines that no longer fit (limits, facility, "
                        "concentration) or are not verified; says why.")},
                    {"override", "INVOICE_NO",
                     tr("Override only this invoice (default: every line that no longer fits)."),
                     Occurs::Repeatable},
                    {"over-availability", "REASON",
                     tr("Fund beyond the client's availability; the reason is kept in the audit "
                        "log.")},
                    formatOption(),
                },
                fundCommand});
    addCommand({QStringLiteral("schedule unfund"),
                {QStringLiteral("N")},
                tr("Undo the purchase of a funded schedule (managers): posts the reversal of "
                   "its purchase entry, returns its invoices to pending and the schedule to "
                   "approved, and cancels the payment due to the client. Refused once anything "
                   "was collected on its invoices or the payment was sent."),
                {
                    {"reason", "TEXT", tr("Why the purchase is undone (kept in the memo)."),
                     Occurs::Required},
                    {"date", "D", tr("The date of the reversal (default today).")},
                },
                unfundCommand});
    addCommand(
        {QStringLiteral("schedule verify"),
         {QStringLiteral("N")},
         tr("Record that an invoice was verified with the debtor (clerk, analyst, "
            "manager); a line that requires it is funded only once it is recorded."),
         {
             {"line", "L", tr("The line of the schedule.")},
             {"invoice", "NO", tr("The invoice number (instead of --line).")},
             {"method", "M", tr("How: phone, email, portal or letter."), Occurs::Required},
             {"contact", "TEXT", tr("Who at the debtor confirmed the invoice."), Occurs::Required},
             {"note", "TEXT", tr("Anything else worth keeping.")},
         },
         verifyCommand});
    addCommand(
        {QStringLiteral("invoice list"),
         {},
         tr("Purchased invoices with open balance, days past due and aging bucket "
            "(current, 1-30, 31-60, 61-90, 90+); --status all shows pending and rejected "
            "lines too."),
         {
             {"client", "C", tr("Only the invoices of this client.")},
             {"debtor", "D", tr("Only the invoices on this debtor.")},
             {"status", "S", tr("Only invoices with this status; all for every one.")},
             {"bucket", "B", tr("Only invoices in this aging bucket.")},
             {"schedule", "N", tr("Only the lines of this schedule, whatever their status.")},
             {"as-of", "D", tr("Days past due as of D (default today).")},
             {"limit", "N", tr("At most N invoices.")},
             formatOption(),
         },
         invoiceListCommand});
}

} // namespace FactorDesk::Cli
