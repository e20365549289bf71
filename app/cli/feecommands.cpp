// base-rate, business-date, period, fees, interest, eod: fees and interest with their working
// and the end-of-day run (docs/domain.md §10, §11, §13).
#include "baserateservice.h"
#include "books.h"
#include "businesscalendar.h"
#include "chargesservice.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "endofdayservice.h"
#include "error.h"
#include "feesquery.h"
#include "money.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int baseRateSetCommand(Context &ctx, const Args &args)
{
    const QDate from = parseDateOption(args, QStringLiteral("from"));
    const Rate rate =
        Rate::percentOrThrow(args.value(QStringLiteral("rate")), QStringLiteral("--rate"));
    const Session &who = ctx.session();
    BaseRateService(ctx.db()).set(who, args.at(0), from, rate,
                                  args.value(QStringLiteral("currency")));
    ctx.out() << tr("Base rate %1 is %2 % from %3.")
                     .arg(BaseRateService::normalizedName(args.at(0)), rate.toPercentString(),
                          isoDate(from))
              << QLatin1Char('\n');
    return Ok;
}

int baseRateListCommand(Context &ctx, const Args &)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("name"))
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("from"), Tabular::Kind::Date)
        .column(QStringLiteral("rate"), Tabular::Kind::Number)
        .column(QStringLiteral("set_by"))
        .column(QStringLiteral("set_at"));
    for (const BaseRate &b : BaseRateService(ctx.db()).list())
        t.row({b.name, b.currency.code(), isoDate(b.from), b.rate.toPercentString(), b.createdBy,
               b.createdAt});
    ctx.print(t);
    return Ok;
}

int businessDateCommand(Context &ctx, const Args &)
{
    ctx.session();
    ctx.out() << isoDate(BusinessCalendar(ctx.db()).today()) << QLatin1Char('\n');
    return Ok;
}

int periodCloseCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    BusinessCalendar(ctx.db()).closeMonth(who, args.at(0));
    ctx.out() << tr("%1 is closed: nothing can be dated in it any more.").arg(args.at(0).trimmed())
              << QLatin1Char('\n');
    return Ok;
}

int periodListCommand(Context &ctx, const Args &)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("month"))
        .column(QStringLiteral("closed_by"))
        .column(QStringLiteral("closed_at"));
    for (const ClosedPeriod &p : BusinessCalendar(ctx.db()).closedMonths())
        t.row({p.month, p.closedBy, p.closedAt});
    ctx.print(t);
    return Ok;
}

int feesShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const InvoiceFees f =
        FeesQuery(ctx.db()).invoiceFees(args.at(0), args.value(QStringLiteral("invoice")));
    Tabular t;
    t.column(QStringLiteral("invoice"))
        .column(QStringLiteral("kind"))
        .column(QStringLiteral("purchased"), Tabular::Kind::Date)
        .column(QStringLiteral("collected"), Tabular::Kind::Date)
        .column(QStringLiteral("clearance_days"), Tabular::Kind::Number)
        .column(QStringLiteral("days"), Tabular::Kind::Number)
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("rate"), Tabular::Kind::Number)
        .column(QStringLiteral("tier"))
        .column(QStringLiteral("fee"), Tabular::Kind::Number)
        .column(QStringLiteral("charged_entry"), Tabular::Kind::Number)
        .column(QStringLiteral("reversed"))
        .column(QStringLiteral("refund_entry"), Tabular::Kind::Number);
    for (const CollectionFee &c : f.collections) {
        const DiscountFeeWorking &w = c.working;
        t.row({f.invoiceNo, c.kind, isoDate(w.purchased), isoDate(w.collected),
               QString::number(w.clearanceDays), QString::number(w.days), w.amount.toPlainString(),
               w.rate.toPercentString(), w.tierText(), w.fee.toPlainString(),
               c.chargedEntryId ? QString::number(c.chargedEntryId) : QString(),
               c.reversed ? QStringLiteral("yes") : QStringLiteral("no"),
               c.refundEntryId ? QString::number(c.refundEntryId) : QString()});
    }
    ctx.print(t);
    if (ctx.format() == Format::Table)
        ctx.out() << tr("Invoice %1 of %2 (%3), bought %4: discount fees %5.")
                         .arg(f.invoiceNo, f.client, f.face.toPlainString(), isoDate(f.purchased),
                              f.total.toPlainString())
                  << QLatin1Char('\n');
    return Ok;
}

int interestShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const InterestMonth m =
        FeesQuery(ctx.db()).interestMonth(args.at(0), args.value(QStringLiteral("month")));
    Tabular t;
    t.column(QStringLiteral("date"), Tabular::Kind::Date)
        .column(QStringLiteral("funds_employed"), Tabular::Kind::Number)
        .column(QStringLiteral("base_rate"), Tabular::Kind::Number)
        .column(QStringLiteral("margin"), Tabular::Kind::Number)
        .column(QStringLiteral("rate"), Tabular::Kind::Number)
        .column(QStringLiteral("day_count"), Tabular::Kind::Number)
        .column(QStringLiteral("interest"), Tabular::Kind::Number);
    for (const InterestDay &d : m.working.days)
        t.row({isoDate(d.date), d.balance.toPlainString(), d.baseRate.toPercentString(),
               d.margin.toPercentString(), d.rate.toPercentString(),
               QString::number(static_cast<int>(d.basis)), d.amount.toExactString()});
    ctx.print(t);
    if (ctx.format() == Format::Table)
        ctx.out() << tr("Interest of %1 for %2: %3 (unrounded %4)%5.")
                         .arg(m.client, m.month, m.working.total.toPlainString(),
                              m.working.exactTotal.toExactString(),
                              m.postedEntryId ? tr(", posted in entry %1").arg(m.postedEntryId)
                                              : QString())
                  << QLatin1Char('\n');
    if (ctx.format() == Format::Table) {
        const Client client = ClientService(ctx.db()).byCode(m.client);
        if (const auto min = ChargesService(ctx.db()).minimumFee(client.id, m.month)) {
            const MinimumFeeWorking &w = min->working;
            ctx.out() << tr("Minimum fee %1: discount fees %2 + interest %3 charged; top-up %4%5.")
                             .arg(w.minimum.toPlainString(), w.discountFees.toPlainString(),
                                  w.interest.toPlainString(), w.topUp.toPlainString(),
                                  min->entryId ? tr(", posted in entry %1").arg(min->entryId)
                                               : QString())
                      << QLatin1Char('\n');
        }
    }
    return Ok;
}

int penaltyShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const PenaltyMonth m =
        ChargesService(ctx.db()).penaltyMonth(args.at(0), args.value(QStringLiteral("month")));
    Tabular t;
    t.column(QStringLiteral("invoice"))
        .column(QStringLiteral("recourse_date"), Tabular::Kind::Date)
        .column(QStringLiteral("date"), Tabular::Kind::Date)
        .column(QStringLiteral("open_amount"), Tabular::Kind::Number)
        .column(QStringLiteral("rate"), Tabular::Kind::Number)
        .column(QStringLiteral("day_count"), Tabular::Kind::Number)
        .column(QStringLiteral("penalty"), Tabular::Kind::Number)
        .column(QStringLiteral("posted_entry"), Tabular::Kind::Number);
    for (const InvoicePenalty &p : m.invoices)
        for (const PenaltyDay &d : p.days)
            t.row({p.invoiceNo, isoDate(p.recourseDate), isoDate(d.date),
                   d.openAmount.toPlainString(), d.rate.toPercentString(),
                   QString::number(static_cast<int>(d.basis)), d.amount.toExactString(),
                   p.postedEntryId ? QString::number(p.postedEntryId) : QString()});
    ctx.print(t);
    if (ctx.format() == Format::Table) {
        for (const InvoicePenalty &p : m.invoices)
            ctx.out() << tr("Invoice %1: %n day(s) past its recourse date %2, penalty %3 "
                            "(unrounded %4).",
                            nullptr, int(p.days.size()))
                             .arg(p.invoiceNo, isoDate(p.recourseDate), p.total.toPlainString(),
                                  p.exactTotal.toExactString())
                      << QLatin1Char('\n');
        ctx.out()
            << tr("Penalties of %1 for %2: %3.").arg(m.client, m.month, m.total.toPlainString())
            << QLatin1Char('\n');
    }
    return Ok;
}

int eodRunCommand(Context &ctx, const Args &args)
{
    const QDate to =
        args.has(QStringLiteral("to")) ? parseDateOption(args, QStringLiteral("to")) : QDate();
    const Session &who = ctx.session();
    EndOfDayService(ctx.db()).run(who, to, [&](const EndOfDayResult &day, int, int) {
        ctx.out() << day.summary() << QLatin1Char('\n');
        ctx.out().flush();
        return true;
    });
    return Ok;
}

} // namespace

void registerFeeCommands()
{
    addCommand({QStringLiteral("base-rate set"),
                {QStringLiteral("NAME")},
                tr("Sets a base rate from a date (managers); interest is the base rate in force "
                   "each day plus the agreement's margin."),
                {
                    {"from", "D", tr("The first day the rate is in force."), Occurs::Required},
                    {"rate", "P", tr("The rate, in percent a year."), Occurs::Required},
                    {"currency", "CUR", tr("The currency it applies to (default: the books').")},
                },
                baseRateSetCommand});
    addCommand({QStringLiteral("base-rate list"),
                {},
                tr("Lists every base rate and the dates they are in force from."),
                {formatOption()},
                baseRateListCommand});
    addCommand({QStringLiteral("business-date"),
                {},
                tr("Prints the books' business date: the day being worked."),
                {},
                businessDateCommand});
    addCommand({QStringLiteral("period close"),
                {QStringLiteral("YYYY-MM")},
                tr("Closes a month once its end-of-day runs are done (managers): nothing can be "
                   "dated in it afterwards."),
                {},
                periodCloseCommand});
    addCommand({QStringLiteral("period list"),
                {},
                tr("Lists the closed months."),
                {formatOption()},
                periodListCommand});
    addCommand({QStringLiteral("fees show"),
                {QStringLiteral("CLIENT")},
                tr("Shows the working of an invoice's discount fees: each collection, its days, "
                   "tier, dates and fee."),
                {{"invoice", "NO", tr("The invoice number."), Occurs::Required}, formatOption()},
                feesShowCommand});
    addCommand({QStringLiteral("interest show"),
                {QStringLiteral("CLIENT")},
                tr("Shows a client's interest for a month day by day: funds employed, rate and "
                   "the exact daily amount, and the total rounded once."),
                {{"month", "YYYY-MM", tr("The month."), Occurs::Required}, formatOption()},
                interestShowCommand});
    addCommand({QStringLiteral("penalty show"),
                {QStringLiteral("CLIENT")},
                tr("Shows a client's penalty interest for a month: each invoice past its "
                   "recourse date day by day (open amount, rate, exact amount) and each "
                   "invoice's total rounded once."),
                {{"month", "YYYY-MM", tr("The month."), Occurs::Required}, formatOption()},
                penaltyShowCommand});
    addCommand({QStringLiteral("eod run"),
                {},
                tr("Runs the end of day for each business day up to D (managers), printing one "
                   "line per day; days already run are not run again."),
                {{"to", "D", tr("The last day to run (default: the calendar date).")}},
                eodRunCommand});
}

} // namespace FactorDesk::Cli
