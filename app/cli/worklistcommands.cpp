// collections, note add/list: the collections worklist and the collectors' notes.
#include "books.h"
#include "businesscalendar.h"
#include "cli.h"
#include "clientservice.h"
#include "clock.h"
#include "collectionsquery.h"
#include "collectionsservice.h"
#include "commands.h"
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

QString promisedAmount(const std::optional<CollectionNote> &n)
{
    return n && n->promisedAmount ? n->promisedAmount->toPlainString() : QString();
}

int collectionsCommand(Context &ctx, const Args &args)
{
    ctx.session();
    WorklistFilter f;
    if (args.has(QStringLiteral("client")))
        f.clientId = ClientService(ctx.db()).idOf(args.value(QStringLiteral("client")));
    if (args.has(QStringLiteral("debtor")))
        f.debtorId = DebtorService(ctx.db()).requireByCode(args.value(QStringLiteral("debtor"))).id;
    f.asOf = args.has(QStringLiteral("as-of")) ? parseDateOption(args, QStringLiteral("as-of"))
                                               : BusinessCalendar(ctx.db()).today();
    const QList<WorklistDebtor> list = CollectionsQuery(ctx.db()).worklist(f);
    Tabular t;
    if (args.has(QStringLiteral("invoices"))) {
        t.column(QStringLiteral("debtor"))
            .column(QStringLiteral("invoice"))
            .column(QStringLiteral("client"))
            .column(QStringLiteral("due_date"), Tabular::Kind::Date)
            .column(QStringLiteral("days_overdue"), Tabular::Kind::Number)
            .column(QStringLiteral("amount"), Tabular::Kind::Number)
            .column(QStringLiteral("open"), Tabular::Kind::Number)
            .column(QStringLiteral("currency"))
            .column(QStringLiteral("follow_up"), Tabular::Kind::Date)
            .column(QStringLiteral("latest_note"));
        for (const WorklistDebtor &d : list)
            for (const WorklistInvoice &i : d.invoices)
                t.row({d.debtorCode, i.invoiceNo, i.clientCode, isoDate(i.dueDate),
                       QString::number(i.daysOverdue), i.amount.toPlainString(),
                       i.open.toPlainString(), i.open.currency().code(),
                       i.latestNote ? dateText(i.latestNote->followUp) : QString(),
                       i.latestNote ? i.latestNote->text : QString()});
        ctx.print(t);
        return Ok;
    }
    t.column(QStringLiteral("debtor"))
        .column(QStringLiteral("name"))
        .column(QStringLiteral("overdue"), Tabular::Kind::Number)
        .column(QStringLiteral("currency"))
        .column(QStringLiteral("invoices"), Tabular::Kind::Number)
        .column(QStringLiteral("max_days_overdue"), Tabular::Kind::Number)
        .column(QStringLiteral("follow_up"), Tabular::Kind::Date)
        .column(QStringLiteral("follow_up_due"))
        .column(QStringLiteral("promised_date"), Tabular::Kind::Date)
        .column(QStringLiteral("promised_amount"), Tabular::Kind::Number)
        .column(QStringLiteral("latest_note"))
        .column(QStringLiteral("note_by"))
        .column(QStringLiteral("note_at"));
    for (const WorklistDebtor &d : list)
        t.row({d.debtorCode, d.debtorName, d.overdue.toPlainString(), d.overdue.currency().code(),
               QString::number(d.invoices.size()), QString::number(d.maxDaysOverdue),
               dateText(d.nextFollowUp),
               d.followUpDue ? QStringLiteral("yes") : QStringLiteral("no"),
               d.latestPromise ? dateText(d.latestPromise->promisedDate) : QString(),
               promisedAmount(d.latestPromise), d.latestNote ? d.latestNote->text : QString(),
               d.latestNote ? d.latestNote->createdBy : QString(),
               d.latestNote ? d.latestNote->createdAt : QString()});
    ctx.print(t);
    return Ok;
}

int noteAddCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const Debtor d = DebtorService(ctx.db()).requireByCode(args.at(0));
    CollectionsService notes(ctx.db());
    CollectionNoteInput in;
    in.debtorId = d.id;
    if (args.has(QStringLiteral("invoice")))
        in.invoiceId = notes.invoiceOf(d.id, args.value(QStringLiteral("invoice")));
    in.text = args.value(QStringLiteral("text"));
    if (args.has(QStringLiteral("follow-up")))
        in.followUp = parseDateOption(args, QStringLiteral("follow-up"));
    if (args.has(QStringLiteral("promised")))
        in.promisedDate = parseDateOption(args, QStringLiteral("promised"));
    if (args.has(QStringLiteral("promised-amount")))
        in.promisedAmount = Money::parseOrThrow(args.value(QStringLiteral("promised-amount")),
                                                QStringLiteral("promised-amount"));
    const qint64 id = notes.addNote(who, in);
    ctx.out() << id << QLatin1Char('\n');
    ctx.out()
        << (in.followUp.isValid()
                ? tr("Note %1 on %2; follow up on %3.").arg(id).arg(d.code, isoDate(in.followUp))
                : tr("Note %1 on %2.").arg(id).arg(d.code))
        << QLatin1Char('\n');
    return Ok;
}

int noteListCommand(Context &ctx, const Args &args)
{
    ctx.session();
    const Debtor d = DebtorService(ctx.db()).requireByCode(args.at(0));
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("created_at"))
        .column(QStringLiteral("created_by"))
        .column(QStringLiteral("invoice"))
        .column(QStringLiteral("text"))
        .column(QStringLiteral("follow_up"), Tabular::Kind::Date)
        .column(QStringLiteral("promised_date"), Tabular::Kind::Date)
        .column(QStringLiteral("promised_amount"), Tabular::Kind::Number);
    for (const CollectionNote &n : CollectionsService(ctx.db()).notes(d.id))
        t.row({QString::number(n.id), n.createdAt, n.createdBy, n.invoiceNo, n.text,
               dateText(n.followUp), dateText(n.promisedDate),
               n.promisedAmount ? n.promisedAmount->toPlainString() : QString()});
    ctx.print(t);
    return Ok;
}

} // namespace

void registerWorklistCommands()
{
    addCommand({QStringLiteral("collections"),
                {},
                tr("The collections worklist: overdue invoices by debtor, follow-ups due first, "
                   "then by amount overdue."),
                {
                    {"client", "C", tr("Only this client's invoices.")},
                    {"debtor", "D", tr("Only this debtor.")},
                    {"as-of", "D", tr("The day the worklist is for (default today).")},
                    {"invoices", nullptr, tr("One row per overdue invoice instead of per debtor.")},
                    formatOption(),
                },
                collectionsCommand});
    addCommand({QStringLiteral("note add"),
                {QStringLiteral("DEBTOR")},
                tr("Write a collection note on a debtor or one of its invoices (clerk, analyst, "
                   "manager); prints the note's id."),
                {
                    {"invoice", "NO", tr("The invoice the note is about.")},
                    {"text", "TEXT", tr("What was said or done."), Occurs::Required},
                    {"follow-up", "D", tr("When to follow up (today or later).")},
                    {"promised", "D", tr("When the debtor promised to pay.")},
                    {"promised-amount", "A", tr("How much the debtor promised to pay.")},
                },
                noteAddCommand});
    addCommand({QStringLiteral("note list"),
                {QStringLiteral("DEBTOR")},
                tr("A debtor's collection notes, newest first, with who wrote them and when."),
                {formatOption()},
                noteListCommand});
}

} // namespace FactorDesk::Cli
