// receipt import/add/list/show/apply/confirm, bank-account add/list: money coming back.
#include "books.h"
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "debtorservice.h"
#include "error.h"
#include "iban.h"
#include "money.h"
#include "receiptservice.h"

#include <QFileInfo>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

qint64 parseReceiptId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(tr("\"%1\" is not a receipt number.").arg(text));
    return id;
}

int receiptImportCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QString file = args.at(0);
    const ReceiptImportResult r =
        ReceiptService(ctx.db()).importFile(who, file, args.has(QStringLiteral("skip-bad")));
    ctx.out() << r.importId << QLatin1Char('\n');
    if (r.alreadyImported) {
        ctx.out() << tr("%1 was imported before (import %2); nothing was added.")
                         .arg(QFileInfo(file).fileName())
                         .arg(r.importId)
                  << QLatin1Char('\n');
        return Ok;
    }
    ctx.out() << tr("Read: %1").arg(r.read) << QLatin1Char('\n')
              << tr("Booked credits: %1").arg(r.bookedCredits) << QLatin1Char('\n')
              << tr("Applied: %1").arg(r.applied) << QLatin1Char('\n')
              << tr("Suggested: %1").arg(r.suggested) << QLatin1Char('\n')
              << tr("Unapplied: %1").arg(r.unapplied) << QLatin1Char('\n');
    if (r.reversals)
        ctx.out() << tr("Reversed: %1").arg(r.reversals) << QLatin1Char('\n');
    if (!r.paymentsExecuted.isEmpty())
        ctx.out() << tr("Payments executed: %1").arg(r.paymentsExecuted.size())
                  << QLatin1Char('\n');
    ctx.out() << tr("Skipped: %1").arg(r.skipped.size()) << QLatin1Char('\n');
    for (const ReceiptImportResult::Skip &s : r.skipped)
        ctx.out() << QStringLiteral("  %1: %2").arg(s.what, s.reason) << QLatin1Char('\n');
    for (const QString &w : r.warnings)
        ctx.err() << tr("Warning: %1").arg(w) << QLatin1Char('\n');
    return Ok;
}

int receiptAddCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const Debtor d = DebtorService(ctx.db()).requireByCode(args.value(QStringLiteral("debtor")));
    const Currency currency = Books::currency(ctx.db());
    ReceiptInput in;
    in.debtorId = d.id;
    in.amount = Money::parseOrThrow(args.value(QStringLiteral("amount")), QStringLiteral("amount"),
                                    currency);
    in.date = parseDateOption(args, QStringLiteral("date"));
    in.reference = args.value(QStringLiteral("ref"));
    in.invoiceNos = args.values(QStringLiteral("invoice"));
    const qint64 id = ReceiptService(ctx.db()).add(who, in);
    const Receipt r = ReceiptService(ctx.db()).get(id);
    ctx.out() << id << QLatin1Char('\n');
    ctx.out() << tr("Receipt %1: %2 from %3, %4 applied, %5 unapplied (%6).")
                     .arg(id)
                     .arg(r.amount.toPlainString(), d.code, r.applied.toPlainString(),
                          r.unapplied().toPlainString(), receiptStatusName(r.status))
              << QLatin1Char('\n');
    return Ok;
}

void receiptColumns(Tabular &t)
{
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("value_date"), Tabular::Kind::Date)
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("applied"), Tabular::Kind::Number)
        .column(QStringLiteral("unapplied"), Tabular::Kind::Number)
        .column(QStringLiteral("status"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("remitter"))
        .column(QStringLiteral("reference"))
        .column(QStringLiteral("source"));
}

void receiptRow(Tabular &t, const Receipt &r)
{
    t.row({QString::number(r.id), isoDate(r.valueDate), r.amount.toPlainString(),
           r.amount.currency().code(), r.applied.toPlainString(),
           r.status == ReceiptStatus::Reversed ? QStringLiteral("0.00")
                                               : r.unapplied().toPlainString(),
           receiptStatusName(r.status), r.debtorCode, r.remitterName,
           r.references.join(QStringLiteral(" | ")).left(120), r.source});
}

int receiptListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    ReceiptFilter f;
    if (args.has(QStringLiteral("status"))) {
        f.status = parseReceiptStatus(args.value(QStringLiteral("status")));
        if (!f.status)
            throw UsageError(tr("--status: \"%1\" is not applied, suggested, unapplied or "
                                "reversed.")
                                 .arg(args.value(QStringLiteral("status"))));
    }
    if (args.has(QStringLiteral("debtor")))
        f.debtorId = DebtorService(ctx.db()).requireByCode(args.value(QStringLiteral("debtor"))).id;
    Tabular t;
    receiptColumns(t);
    for (const Receipt &r : ReceiptService(ctx.db()).list(f))
        receiptRow(t, r);
    ctx.print(t);
    return Ok;
}

int receiptShowCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Receipt r = ReceiptService(ctx.db()).get(parseReceiptId(args.at(0)));
    Tabular head;
    receiptColumns(head);
    receiptRow(head, r);
    ctx.print(head);
    if (ctx.format() == Format::Table) {
        ctx.out() << QLatin1Char('\n');
        if (!r.remitterAccount.isEmpty())
            ctx.out() << tr("Remitter account: %1").arg(Iban::format(r.remitterAccount))
                      << QLatin1Char('\n');
        for (const QString &ref : r.references)
            ctx.out() << tr("Reference: %1").arg(ref) << QLatin1Char('\n');
        if (r.reversesId)
            ctx.out() << tr("Reverses receipt %1.").arg(r.reversesId) << QLatin1Char('\n');
        if (r.reversedById)
            ctx.out() << tr("Reversed by receipt %1.").arg(r.reversedById) << QLatin1Char('\n');
    }
    Tabular apps;
    apps.column(QStringLiteral("invoice"))
        .column(QStringLiteral("client"))
        .column(QStringLiteral("amount"), Tabular::Kind::Number)
        .column(QStringLiteral("state"))
        .column(QStringLiteral("rule"));
    for (const ReceiptApplication &a : r.applications)
        apps.row({a.invoiceNo, a.clientCode, a.amount.toPlainString(),
                  a.suggested ? QStringLiteral("suggested") : QStringLiteral("applied"), a.rule});
    if (!r.applications.isEmpty()) {
        if (ctx.format() == Format::Table)
            ctx.out() << QLatin1Char('\n');
        ctx.print(apps);
    }
    return Ok;
}

// What a receipt has applied and left, after apply or confirm.
void printApplied(Context &ctx, qint64 id)
{
    const Receipt r = ReceiptService(ctx.db()).get(id);
    ctx.out() << tr("Receipt %1: %2 applied, %3 unapplied.")
                     .arg(id)
                     .arg(r.applied.toPlainString(), r.unapplied().toPlainString())
              << QLatin1Char('\n');
}

int receiptApplyCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const qint64 id = parseReceiptId(args.at(0));
    const Currency currency = Books::currency(ctx.db());
    // --invoice NO [--amount A] pairs, in order: an --amount belongs to the --invoice before it.
    QList<QPair<QString, std::optional<Money>>> parts;
    for (const auto &[name, value] : args.options()) {
        if (name == QLatin1String("invoice")) {
            parts.append({value, std::nullopt});
        } else if (name == QLatin1String("amount")) {
            if (parts.isEmpty() || parts.last().second)
                throw UsageError(tr("--amount belongs after the --invoice it is for."));
            parts.last().second = Money::parseOrThrow(value, QStringLiteral("amount"), currency);
        }
    }
    ReceiptService(ctx.db()).apply(who, id, parts);
    printApplied(ctx, id);
    return Ok;
}

int receiptConfirmCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const qint64 id = parseReceiptId(args.at(0));
    ReceiptService(ctx.db()).confirm(who, id);
    printApplied(ctx, id);
    return Ok;
}

int bankAccountAddCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    ReceiptService(ctx.db()).addBankAccount(
        who, args.at(0), args.value(QStringLiteral("currency"), Books::currency(ctx.db()).code()),
        args.value(QStringLiteral("name")));
    ctx.out() << tr("Bank account %1 added.").arg(Iban::format(args.at(0))) << QLatin1Char('\n');
    return Ok;
}

int bankAccountListCommand(Context &ctx, const Args &)
{
    ctx.session();
    Tabular t;
    t.column(QStringLiteral("account"));
    for (const QString &a : ReceiptService(ctx.db()).factorAccounts())
        t.row({a});
    ctx.print(t);
    return Ok;
}

} // namespace

void registerReceiptCommands()
{
    addCommand({QStringLiteral("receipt import"),
                {QStringLiteral("FILE")},
                tr("Import a bank file (camt.053, camt.054 or receipts CSV, recognised by "
                   "content) and apply its receipts; prints the import's id alone on the first "
                   "line, then the counts and every skipped entry with its reason."),
                {{"skip-bad", nullptr,
                  tr("Skip credits whose amount or date cannot be read instead of refusing the "
                     "file.")}},
                receiptImportCommand});
    addCommand({QStringLiteral("receipt add"),
                {},
                tr("Enter a debtor's payment by hand; prints the receipt number alone on the "
                   "first line."),
                {
                    {"debtor", "CODE", tr("The debtor who paid."), Occurs::Required},
                    {"amount", "A", tr("The amount received."), Occurs::Required},
                    {"date", "D", tr("The value date."), Occurs::Required},
                    {"ref", "TEXT",
                     tr("The payment's reference text (searched for invoice "
                        "numbers).")},
                    {"invoice", "NO", tr("An invoice it pays (in order, each up to what is open)."),
                     Occurs::Repeatable},
                },
                receiptAddCommand});
    addCommand({QStringLiteral("receipt list"),
                {},
                tr("Receipts, newest first, with what is applied and what is left."),
                {
                    {"status", "STATUS", tr("applied, suggested, unapplied or reversed.")},
                    {"debtor", "CODE", tr("Only this debtor's receipts.")},
                    formatOption(),
                },
                receiptListCommand});
    addCommand({QStringLiteral("receipt show"),
                {QStringLiteral("ID")},
                tr("One receipt with its references and the invoices it is applied to."),
                {formatOption()},
                receiptShowCommand});
    addCommand({QStringLiteral("receipt apply"),
                {QStringLiteral("ID")},
                tr("Apply a receipt's unapplied cash to invoices."),
                {
                    {"invoice", "NO", tr("An invoice to apply it to."), Occurs::Repeatable},
                    {"amount", "A",
                     tr("How much of it goes to the --invoice before (default: "
                        "what is open, up to what is left)."),
                     Occurs::Repeatable},
                },
                receiptApplyCommand});
    addCommand({QStringLiteral("receipt confirm"),
                {QStringLiteral("ID")},
                tr("Accept the suggested application of a receipt."),
                {},
                receiptConfirmCommand});
    addCommand({QStringLiteral("bank-account add"),
                {QStringLiteral("ACCOUNT")},
                tr("Add one of the factor's bank accounts (an IBAN or other number) whose "
                   "statements may be imported (manager, administrator)."),
                {
                    {"currency", "CUR", tr("The account's currency (default: the books').")},
                    {"name", "TEXT", tr("A name for it.")},
                },
                bankAccountAddCommand});
    addCommand({QStringLiteral("bank-account list"),
                {},
                tr("The factor's bank accounts: the main one (settings) first."),
                {formatOption()},
                bankAccountListCommand});
}

} // namespace FactorDesk::Cli
