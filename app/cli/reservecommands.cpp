// reserve: a client's reserve figures as of a date and its release with the settlement
// statement (docs/domain.md §12).
#include "books.h"
#include "businesscalendar.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "commands.h"
#include "error.h"
#include "reservequery.h"
#include "reserveservice.h"
#include "settlementstatement.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int reserveShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Client client = ClientService(ctx.db()).byCode(args.at(0));
    const QDate asOf = args.has(QStringLiteral("as-of"))
                           ? parseDateOption(args, QStringLiteral("as-of"))
                           : QDate();
    const ReserveQuery query(ctx.db());
    const ReserveFigures f = query.figures(client.id, asOf);
    const QDate day = asOf.isValid() ? asOf : BusinessCalendar(ctx.db()).today();
    // The figures in the order the releasable amount is worked out.
    const QList<QPair<QString, Money>> figures = {
        {QStringLiteral("reserve"), f.balance},
        {QStringLiteral("held"), f.held},
        {QStringLiteral("interest_accrued"), f.interestAccrued},
        {QStringLiteral("fees_accrued"), f.feesAccrued},
        {QStringLiteral("disputes"), f.disputes},
        {QStringLiteral("releasable"), f.releasable()},
        {QStringLiteral("recourse_receivable"), f.recourseShown()},
    };
    if (ctx.format() == Format::Table) {
        ctx.out() << QStringLiteral("client: %1\n").arg(client.code)
                  << QStringLiteral("as_of: %1\n").arg(isoDate(day))
                  << QStringLiteral("currency: %1\n").arg(client.currency.code());
        for (const auto &[name, amount] : figures)
            ctx.out() << name << QStringLiteral(": ") << amount.toPlainString()
                      << QLatin1Char('\n');
        return Ok;
    }
    Tabular t;
    t.column(QStringLiteral("client"))
        .column(QStringLiteral("as_of"), Tabular::Kind::Date)
        .column(QStringLiteral("currency"));
    QStringList row = {client.code, isoDate(day), client.currency.code()};
    for (const auto &[name, amount] : figures) {
        t.column(name, Tabular::Kind::Number);
        row << amount.toPlainString();
    }
    t.row(row);
    ctx.print(t);
    return Ok;
}

int reserveReleaseCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const Client client = ClientService(ctx.db()).byCode(args.at(0));
    std::optional<Money> amount;
    if (args.has(QStringLiteral("amount")))
        amount = Money::parseOrThrow(args.value(QStringLiteral("amount")), QStringLiteral("amount"),
                                     client.currency);
    const QDate date =
        args.has(QStringLiteral("date")) ? parseDateOption(args, QStringLiteral("date")) : QDate();
    const ReserveRelease r = ReserveService(ctx.db()).release(who, client.code, amount, date);
    ctx.out() << r.id << QLatin1Char('\n');
    ctx.out() << tr("Released %1 %2 of %3's reserve on %4 (releasable %5; interest posted %6); "
                    "the payment is due in the next payment run.")
                     .arg(client.currency.code(), r.released.toPlainString(), client.code,
                          isoDate(r.date), r.releasable.toPlainString(),
                          r.interestPosted.toPlainString())
              << QLatin1Char('\n');
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        SettlementStatement::writePdf(SettlementStatement::forRelease(ctx.db(), r.id), path);
        ctx.out() << tr("Settlement statement written to %1.").arg(path) << QLatin1Char('\n');
    }
    return Ok;
}

} // namespace

void registerReserveCommands()
{
    addCommand({QStringLiteral("reserve show"),
                {QStringLiteral("CLIENT")},
                tr("Shows a client's reserve as of a date: balance, held against open invoices, "
                   "interest and fees accrued, open disputes, releasable and recourse "
                   "receivable."),
                {{"as-of", "D", tr("The date (default: the business date).")}, formatOption()},
                reserveShowCommand});
    addCommand({QStringLiteral("reserve release"),
                {QStringLiteral("CLIENT")},
                tr("Releases a client's reserve (managers), up to the releasable amount, into "
                   "the next payment run; prints the release's id first."),
                {
                    {"amount", "A",
                     tr("The amount to release (default: all that is "
                        "releasable).")},
                    {"date", "D", tr("The release date (default: the business date).")},
                    {"pdf", "FILE", tr("Writes the settlement statement to this PDF file.")},
                },
                reserveReleaseCommand});
}

} // namespace FactorDesk::Cli
