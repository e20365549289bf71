// statement, statement batch: the client statement (docs/domain.md §8) on the terminal, as
// CSV/JSON or PDF, and one PDF per active client into a folder.
#include "books.h"
#include "cli.h"
#include "clientstatementreport.h"
#include "clock.h"
#include "commands.h"
#include "error.h"
#include "statementquery.h"

#include <QDir>
#include <QJsonDocument>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

struct Period
{
    QDate from;
    QDate to;
    QDate asOf;
};

Period period(const Args &args)
{
    Period p{parseDateOption(args, QStringLiteral("from")),
             parseDateOption(args, QStringLiteral("to")),
             parseDateOption(args, QStringLiteral("as-of"))};
    if (p.to < p.from)
        throw UsageError(tr("--to must not be before --from."));
    return p;
}

int statementCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Period p = period(args);
    const ClientStatement s = StatementQuery(ctx.db()).statement(args.at(0), p.from, p.to, p.asOf);
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        ClientStatementReport::writePdf(s, PurchaseAdvice::factor(ctx.db()), path);
        ctx.out() << tr("Statement of %1 written to %2 (%n movement(s)).", nullptr,
                        int(s.movements.size()))
                         .arg(s.clientCode, QDir::toNativeSeparators(path))
                  << QLatin1Char('\n');
        return Ok;
    }
    switch (ctx.format()) {
    case Format::Csv:
        ctx.out() << ClientStatementReport::csv(s);
        break;
    case Format::Json:
        ctx.out() << QString::fromUtf8(
            QJsonDocument(ClientStatementReport::json(s)).toJson(QJsonDocument::Indented));
        break;
    case Format::Table:
        ctx.out() << ClientStatementReport::text(s);
        break;
    }
    return Ok;
}

int statementBatchCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Period p = period(args);
    const QString folder = args.value(QStringLiteral("output"));
    const int written = ClientStatementReport::writeBatch(
        ctx.db(), p.from, p.to, p.asOf, folder, [&](int done, int total, const QString &code) {
            if (!code.isEmpty()) {
                ctx.err() << tr("[%1/%2] %3").arg(done + 1).arg(total).arg(code)
                          << QLatin1Char('\n');
                ctx.err().flush();
            }
            return true;
        });
    ctx.out() << tr("%n statement(s) written to %1.", nullptr, written)
                     .arg(QDir::toNativeSeparators(folder))
              << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerStatementCommands()
{
    addCommand({QStringLiteral("statement"),
                {QStringLiteral("CLIENT")},
                tr("Prints a client's statement for a period: opening and closing balances, "
                   "every movement, open invoices with aging, availability."),
                {
                    {"from", "D", tr("The first day of the period."), Occurs::Required},
                    {"to", "D", tr("The last day of the period."), Occurs::Required},
                    {"as-of", "D", tr("Count only journal lines dated on or before D.")},
                    {"pdf", "FILE", tr("Writes the statement as a PDF file instead.")},
                    formatOption(),
                },
                statementCommand});
    addCommand({QStringLiteral("statement batch"),
                {},
                tr("Writes one PDF statement per active client for a period into a folder."),
                {
                    {"from", "D", tr("The first day of the period."), Occurs::Required},
                    {"to", "D", tr("The last day of the period."), Occurs::Required},
                    {"as-of", "D", tr("Count only journal lines dated on or before D.")},
                    {"output", "DIR", tr("The folder (created when missing)."), Occurs::Required},
                },
                statementBatchCommand});
}

} // namespace FactorDesk::Cli
