// export journal, export trial-balance: the general ledger as CSV or XLSX for the accountant's
// other programs (the format from the file's extension).
#include "books.h"
#include "businesscalendar.h"
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "error.h"
#include "ledger.h"
#include "ledgerexport.h"
#include "money.h"

#include <QDir>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int exportJournalCommand(Context &ctx, const Args &args)
{
    JournalFilter f;
    f.from = parseDateOption(args, QStringLiteral("from"));
    f.to = parseDateOption(args, QStringLiteral("to"));
    f.clientCode = args.value(QStringLiteral("client"));
    f.account = args.value(QStringLiteral("account"));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        throw UsageError(tr("--from %1 is after --to %2.").arg(isoDate(f.from), isoDate(f.to)));
    const QString path = args.value(QStringLiteral("output"));
    ctx.session();
    const int rows = LedgerExport::exportJournal(JournalService(ctx.db()), f, path);
    ctx.out()
        << tr("Wrote %n journal line(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path))
        << QLatin1Char('\n');
    return Ok;
}

int exportTrialBalanceCommand(Context &ctx, const Args &args)
{
    const QDate asOf = args.has(QStringLiteral("as-of"))
                           ? parseDateOption(args, QStringLiteral("as-of"))
                           : BusinessCalendar(ctx.db()).today();
    const QString path = args.value(QStringLiteral("output"));
    ctx.session();
    const Currency currency(
        args.value(QStringLiteral("currency"), Books::currency(ctx.db()).code()));
    if (!currency.isValid())
        throw UsageError(tr("--currency must be a three-letter currency code."));
    const int rows =
        LedgerExport::exportTrialBalance(JournalService(ctx.db()), asOf, currency, path);
    ctx.out() << tr("Wrote the trial balance as of %1 (%n account(s)) to %2.", nullptr, rows)
                     .arg(isoDate(asOf), QDir::toNativeSeparators(path))
              << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerExportCommands()
{
    addCommand({QStringLiteral("export journal"),
                {},
                tr("Writes the journal lines of a period to a CSV or XLSX file (the format from "
                   "the file's extension), with a totals row per currency."),
                {
                    {"from", "D", tr("The first day (YYYY-MM-DD)."), Occurs::Required},
                    {"to", "D", tr("The last day."), Occurs::Required},
                    {"output", "FILE", tr("The file to write: .csv or .xlsx."), Occurs::Required},
                    {"client", "CODE", tr("Only lines of this client.")},
                    {"account", "CODE", tr("Only lines on this account.")},
                },
                exportJournalCommand});
    addCommand({QStringLiteral("export trial-balance"),
                {},
                tr("Writes the trial balance as of a date to a CSV or XLSX file (the format from "
                   "the file's extension), with its totals row."),
                {
                    {"as-of", "D", tr("The balances at the end of D (default the business date).")},
                    {"output", "FILE", tr("The file to write: .csv or .xlsx."), Occurs::Required},
                    {"currency", "CODE", tr("The currency (default the books' currency).")},
                },
                exportTrialBalanceCommand});
}

} // namespace FactorDesk::Cli
