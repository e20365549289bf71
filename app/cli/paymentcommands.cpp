// payment list/run/runs: payments to clients and the pain.001 files that send them.
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "iban.h"
#include "money.h"
#include "paymentservice.h"

#include <QDir>
#include <QFileInfo>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int paymentListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    std::optional<PaymentStatus> status;
    if (args.has(QStringLiteral("status"))) {
        status = parsePaymentStatus(args.value(QStringLiteral("status")));
        if (!status || *status == PaymentStatus::Cancelled)
            throw UsageError(tr("--status: \"%1\" is not due, sent or executed.")
                                 .arg(args.value(QStringLiteral("status"))));
    }
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("name"))
        .column(QStringLiteral("kind"))
        .column(QStringLiteral("schedule"))
        .column(QStringLiteral("due_date"), Tabular::Kind::Date)
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("account"))
        .column(QStringLiteral("status"))
        .column(QStringLiteral("run"))
        .column(QStringLiteral("end_to_end_id"))
        .column(QStringLiteral("executed_on"), Tabular::Kind::Date);
    for (const ClientPayment &p : PaymentService(ctx.db()).list(status)) {
        if (!status && p.status == PaymentStatus::Cancelled)
            continue;
        t.row({QString::number(p.id), p.clientCode, p.clientName, p.kind, p.scheduleNumber,
               isoDate(p.dueDate), p.amount.toPlainString(), p.amount.currency().code(),
               Iban::looksLikeIban(p.account) ? Iban::compact(p.account) : p.account,
               paymentStatusName(p.status), p.messageId, p.endToEndId,
               p.executedOn.isValid() ? isoDate(p.executedOn) : QString()});
    }
    ctx.print(t);
    return Ok;
}

int paymentRunCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QString output = QDir::cleanPath(args.value(QStringLiteral("output")));
    const QDate date =
        args.has(QStringLiteral("date")) ? parseDateOption(args, QStringLiteral("date")) : QDate();
    const QString version = args.has(QStringLiteral("version"))
                                ? args.value(QStringLiteral("version"))
                                : QStringLiteral("03");
    if (PaymentService::versionName(version).isEmpty())
        throw UsageError(tr("--version: \"%1\" is not 03 or 09.").arg(version));
    const PaymentRunResult r = PaymentService(ctx.db()).run(who, output, date, version);
    QStringList totals;
    for (Money m : r.run.totals)
        totals << QStringLiteral("%1 %2").arg(m.toPlainString(), m.currency().code());
    ctx.out() << tr("%n payment(s), total %1", nullptr, r.run.count)
                     .arg(totals.join(QStringLiteral(", ")))
              << QLatin1Char('\n');
    ctx.out() << tr("Message %1 (%2) written to %3.").arg(r.run.messageId, r.run.version, output)
              << QLatin1Char('\n');
    return Ok;
}

int paymentRunsCommand(Context &ctx, const Args &)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("message_id"))
        .column(QStringLiteral("date"), Tabular::Kind::Date)
        .column(QStringLiteral("version"))
        .column(QStringLiteral("payments"), Tabular::Kind::Number)
        .column(QStringLiteral("totals"))
        .column(QStringLiteral("file"))
        .column(QStringLiteral("by"));
    for (const PaymentRun &r : PaymentService(ctx.db()).runs()) {
        QStringList totals;
        for (Money m : r.totals)
            totals << QStringLiteral("%1 %2").arg(m.toPlainString(), m.currency().code());
        t.row({QString::number(r.id), r.messageId, isoDate(r.date), r.version,
               QString::number(r.count), totals.join(QStringLiteral(", ")), r.fileName,
               r.createdBy});
    }
    ctx.print(t);
    return Ok;
}

} // namespace

void registerPaymentCommands()
{
    addCommand({QStringLiteral("payment list"),
                {},
                tr("Payments to clients (advances and reserve releases), oldest first, with "
                   "their account and status."),
                {
                    {"status", "STATUS", tr("due, sent or executed.")},
                    formatOption(),
                },
                paymentListCommand});
    addCommand({QStringLiteral("payment run"),
                {},
                tr("Send every due payment to clients in one ISO 20022 pain.001 credit-transfer "
                   "file and post them (manager); prints the number of payments and their "
                   "total. Nothing is written when nothing is due or a client has no valid "
                   "IBAN."),
                {
                    {"output", "FILE", tr("The pain.001 file to write."), Occurs::Required},
                    {"date", "D",
                     tr("The requested execution date (default: the business "
                        "date).")},
                    {"version", "V", tr("03 (pain.001.001.03, the default) or 09.")},
                },
                paymentRunCommand});
    addCommand({QStringLiteral("payment runs"),
                {},
                tr("The payment runs, newest first, with their message id and totals."),
                {formatOption()},
                paymentRunsCommand});
}

} // namespace FactorDesk::Cli
