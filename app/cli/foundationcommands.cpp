// init, user, journal, trial-balance, audit: the commands of the foundation.
#include "auditlog.h"
#include "backupservice.h"
#include "books.h"
#include "booksverifier.h"
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "demodata.h"
#include "error.h"
#include "factorprofileservice.h"
#include "ledger.h"
#include "money.h"
#include "passwordhasher.h"
#include "userservice.h"

#include <QFileInfo>

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int initCommand(Context &ctx, const Args &args)
{
    const QString admin = args.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        throw UsageError(tr("init needs --admin NAME."));
    const QString pw = ctx.password("FACTORDESK_PASSWORD",
                                    tr("Password for the new administrator %1: ").arg(admin));
    // Books::create refuses existing books, a weak password and a bad currency code, and
    // leaves nothing behind when it fails.
    std::function<void(Database &, const Session &)> populate;
    if (args.has(QStringLiteral("demo")))
        populate = &DemoData::seed;
    Books books = Books::create(ctx.dbSpec(),
                                NewBooks{admin, pw, args.value(QStringLiteral("name")),
                                         args.value(QStringLiteral("currency"))},
                                populate);
    ctx.out() << tr("Created %1 (schema version %2) with administrator %3.")
                     .arg(books.displayName())
                     .arg(books.schemaVersion())
                     .arg(admin)
              << QLatin1Char('\n');
    if (args.has(QStringLiteral("demo")))
        ctx.out() << tr("Demo users clerk, analyst and manager have the password \"%1\".")
                         .arg(DemoData::password())
                  << QLatin1Char('\n');
    return Ok;
}

int userAddCommand(Context &ctx, const Args &args)
{
    const QString roleText = args.value(QStringLiteral("role"));
    if (roleText.isEmpty())
        throw UsageError(tr("user add needs --role ROLE[,ROLE]."));
    const Roles roles = parseRoles(roleText);
    const Session &who = ctx.session();
    UserService users(ctx.db());
    who.require(Role::Admin, tr("add users"));
    const QString pw = ctx.password("FACTORDESK_NEW_PASSWORD",
                                    tr("Password for the new user %1: ").arg(args.at(0)));
    users.addUser(who, args.at(0), args.value(QStringLiteral("name")), roles, pw);
    ctx.out() << tr("Added user %1 (%2).").arg(args.at(0), rolesToString(roles))
              << QLatin1Char('\n');
    return Ok;
}

int userListCommand(Context &ctx, const Args &)
{
    UserService users(ctx.db());
    Tabular t;
    t.column(QStringLiteral("username"))
        .column(QStringLiteral("name"))
        .column(QStringLiteral("roles"))
        .column(QStringLiteral("active"));
    for (const User &u : users.list(ctx.session()))
        t.row({u.username, u.fullName, rolesToString(u.roles),
               u.active ? QStringLiteral("yes") : QStringLiteral("no")});
    ctx.print(t);
    return Ok;
}

int userPasswordCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    UserService users(ctx.db());
    const User u = users.find(args.at(0));
    const QString pw =
        ctx.password("FACTORDESK_NEW_PASSWORD", tr("New password for %1: ").arg(u.username));
    if (u.id == who.userId())
        users.changeOwnPassword(who, ctx.password("FACTORDESK_PASSWORD", tr("Current password: ")),
                                pw);
    else
        users.resetPassword(who, u.id, pw);
    ctx.out() << tr("Password of %1 changed.").arg(u.username) << QLatin1Char('\n');
    return Ok;
}

int userRolesCommand(Context &ctx, const Args &args)
{
    const QString roleText = args.value(QStringLiteral("role"));
    if (roleText.isEmpty())
        throw UsageError(tr("user roles needs --role ROLE[,ROLE]."));
    UserService users(ctx.db());
    const Session &who = ctx.session();
    users.setRoles(who, users.find(args.at(0)).id, parseRoles(roleText));
    ctx.out() << tr("Roles of %1 set.").arg(args.at(0)) << QLatin1Char('\n');
    return Ok;
}

int userActiveCommand(Context &ctx, const Args &args, bool active)
{
    UserService users(ctx.db());
    const Session &who = ctx.session();
    users.setActive(who, users.find(args.at(0)).id, active);
    ctx.out() << (active ? tr("User %1 enabled.") : tr("User %1 disabled.")).arg(args.at(0))
              << QLatin1Char('\n');
    return Ok;
}

int journalCommand(Context &ctx, const Args &args)
{
    JournalFilter f;
    f.from = parseDateOption(args, QStringLiteral("from"));
    f.to = parseDateOption(args, QStringLiteral("to"));
    f.clientCode = args.value(QStringLiteral("client"));
    f.account = args.value(QStringLiteral("account"));
    ctx.session();
    JournalService journal(ctx.db());
    Tabular t;
    t.column(QStringLiteral("entry"), Tabular::Kind::Number)
        .column(QStringLiteral("date"))
        .column(QStringLiteral("account"))
        .column(QStringLiteral("account_name"))
        .column(QStringLiteral("debit"), Tabular::Kind::Number)
        .column(QStringLiteral("credit"), Tabular::Kind::Number)
        .column(QStringLiteral("client"))
        .column(QStringLiteral("debtor"))
        .column(QStringLiteral("invoice"))
        .column(QStringLiteral("memo"));
    for (const JournalRow &r : journal.rows(f)) {
        const int dec = Currency(r.currency).decimals();
        t.row({QString::number(r.entryId), isoDate(r.date), r.account, r.accountName,
               Money::plain(r.debit, dec), Money::plain(r.credit, dec), r.client, r.debtor,
               r.invoice, r.memo});
    }
    ctx.print(t);
    return Ok;
}

int trialBalanceCommand(Context &ctx, const Args &args)
{
    const QDate asOf = args.has(QStringLiteral("as-of"))
                           ? parseDateOption(args, QStringLiteral("as-of"))
                           : today();
    ctx.session();
    JournalService journal(ctx.db());
    const Currency currency(
        args.value(QStringLiteral("currency"), Books::currency(ctx.db()).code()));
    Tabular t;
    t.column(QStringLiteral("account"))
        .column(QStringLiteral("account_name"))
        .column(QStringLiteral("debit"), Tabular::Kind::Number)
        .column(QStringLiteral("credit"), Tabular::Kind::Number);
    qint64 debit = 0;
    qint64 credit = 0;
    for (const AccountBalance &b : journal.trialBalance(asOf, currency.code())) {
        t.row({b.code, b.name, Money::plain(b.debit, currency.decimals()),
               Money::plain(b.credit, currency.decimals())});
        debit += b.debit;
        credit += b.credit;
    }
    if (ctx.format() == Format::Table)
        t.row({QString(), tr("Total"), Money::plain(debit, currency.decimals()),
               Money::plain(credit, currency.decimals())});
    ctx.print(t);
    return Ok;
}

int journalReverseCommand(Context &ctx, const Args &args)
{
    bool ok = false;
    const qint64 id = args.at(0).toLongLong(&ok);
    if (!ok)
        throw UsageError(tr("journal reverse needs an entry number."));
    const Session &who = ctx.session();
    const qint64 rev =
        JournalService(ctx.db()).reverse(who, id, parseDateOption(args, QStringLiteral("date")),
                                         args.value(QStringLiteral("reason")));
    ctx.out() << rev << QLatin1Char('\n');
    return Ok;
}

int auditVerifyCommand(Context &ctx, const Args &)
{
    ctx.session();
    const auto v = AuditLog(ctx.db()).verify();
    if (!v.ok) {
        ctx.err() << v.problem << QLatin1Char('\n');
        return Refused;
    }
    // Worded without a plural: the count stands alone after the colon.
    ctx.out() << tr("The audit trail holds. Records checked: %1.").arg(v.checked)
              << QLatin1Char('\n');
    return Ok;
}

int booksVerifyCommand(Context &ctx, const Args &)
{
    ctx.session();
    const BooksVerifier::Result r = BooksVerifier(ctx.db()).verify();
    if (!r.ok) {
        ctx.err() << r.problem << QLatin1Char('\n');
        return Refused;
    }
    // Worded without plurals: each count stands alone after its colon.
    ctx.out() << tr("The books hold. Journal entries balanced: %1; sealed entries chained: %2; "
                    "audit records chained: %3; invoices agreeing with the journal: %4.")
                     .arg(r.entries)
                     .arg(r.sealedEntries)
                     .arg(r.auditRecords)
                     .arg(r.invoices)
              << QLatin1Char('\n');
    return Ok;
}

int backupCommand(Context &ctx, const Args &args)
{
    const Session &who = ctx.session();
    const QString output = args.value(QStringLiteral("output"));
    BackupService(ctx.db()).backup(who, output);
    ctx.out() << tr("Backed up the books to %1. To restore, open that file: factordesk --db %1")
                     .arg(QFileInfo(output).absoluteFilePath())
              << QLatin1Char('\n');
    return Ok;
}

int auditListCommand(Context &ctx, const Args &args)
{
    AuditFilter f;
    f.from = parseDateOption(args, QStringLiteral("from"));
    f.to = parseDateOption(args, QStringLiteral("to"));
    f.username = args.value(QStringLiteral("by"));
    f.entity = args.value(QStringLiteral("entity"));
    f.limit = args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt();
    const Session &who = ctx.session();
    Tabular t;
    t.column(QStringLiteral("id"), Tabular::Kind::Number)
        .column(QStringLiteral("at"))
        .column(QStringLiteral("user"))
        .column(QStringLiteral("action"))
        .column(QStringLiteral("entity"))
        .column(QStringLiteral("entity_id"))
        .column(QStringLiteral("before"))
        .column(QStringLiteral("after"));
    for (const AuditRecord &r : AuditLog(ctx.db()).list(who, f))
        t.row({QString::number(r.id), r.at, r.username, r.action, r.entity, r.entityId, r.before,
               r.after});
    ctx.print(t);
    return Ok;
}

int settingsShowCommand(Context &ctx, const Args &)
{
    ctx.session();
    const FactorProfile p = FactorProfileService(ctx.db()).profile();
    Tabular t;
    t.column(QStringLiteral("setting")).column(QStringLiteral("value"));
    t.row({QStringLiteral("currency"), Books::currency(ctx.db()).code()});
    t.row({QStringLiteral("factor-name"), p.name});
    t.row({QStringLiteral("address"), p.address});
    t.row({QStringLiteral("bank-name"), p.bankName});
    t.row({QStringLiteral("bank-account"), p.bankAccount});
    t.row({QStringLiteral("email"), p.email});
    t.row({QStringLiteral("phone"), p.phone});
    ctx.print(t);
    return Ok;
}

int settingsSetCommand(Context &ctx, const Args &args)
{
    if (args.options().isEmpty())
        throw UsageError(tr("settings set needs at least one of --factor-name, --address, "
                            "--bank-name, --bank-account, --email, --phone."));
    const Session &who = ctx.session();
    FactorProfileService service(ctx.db());
    FactorProfile p = service.profile();
    p.name = args.value(QStringLiteral("factor-name"), p.name);
    // "\n" in --address stands for a line break, so a postal address fits on one command line.
    p.address = args.value(QStringLiteral("address"), p.address)
                    .replace(QLatin1String("\\n"), QLatin1String("\n"));
    p.bankName = args.value(QStringLiteral("bank-name"), p.bankName);
    p.bankAccount = args.value(QStringLiteral("bank-account"), p.bankAccount);
    p.email = args.value(QStringLiteral("email"), p.email);
    p.phone = args.value(QStringLiteral("phone"), p.phone);
    for (const QString &w : service.setProfile(who, p))
        ctx.err() << tr("Warning: %1").arg(w) << QLatin1Char('\n');
    ctx.out() << tr("The factor's details are saved.") << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerFoundationCommands()
{
    const Option role{"role", "ROLE[,ROLE]",
                      tr("Roles, comma-separated: admin, clerk, analyst, manager."),
                      Occurs::Required, "roles"};
    addCommand({QStringLiteral("init"),
                {},
                tr("Create a new database; the administrator's password comes from "
                   "FACTORDESK_PASSWORD."),
                {
                    {"admin", "NAME", tr("The administrator's user name."), Occurs::Required},
                    {"demo", nullptr,
                     tr("Add the demo users clerk, analyst and manager and the demo data.")},
                    {"currency", "CODE", tr("The books' currency, ISO 4217 (default EUR).")},
                    {"name", "FULL_NAME", tr("The administrator's full name.")},
                },
                initCommand});
    addCommand({QStringLiteral("user add"),
                {QStringLiteral("NAME")},
                tr("Add a user (admin); the password comes from FACTORDESK_NEW_PASSWORD."),
                {role, {"name", "FULL_NAME", tr("The user's full name.")}},
                userAddCommand});
    addCommand({QStringLiteral("user list"),
                {},
                tr("List users and their roles (admin)."),
                {formatOption()},
                userListCommand});
    addCommand({QStringLiteral("user roles"),
                {QStringLiteral("NAME")},
                tr("Set a user's roles (admin)."),
                {role},
                userRolesCommand});
    addCommand({QStringLiteral("user password"),
                {QStringLiteral("NAME")},
                tr("Set a password from FACTORDESK_NEW_PASSWORD (admin, or your own)."),
                {},
                userPasswordCommand});
    addCommand({QStringLiteral("user disable"),
                {QStringLiteral("NAME")},
                tr("Disable a user (admin)."),
                {},
                [](Context &c, const Args &a) { return userActiveCommand(c, a, false); }});
    addCommand({QStringLiteral("user enable"),
                {QStringLiteral("NAME")},
                tr("Enable a user again (admin)."),
                {},
                [](Context &c, const Args &a) { return userActiveCommand(c, a, true); }});
    addCommand({QStringLiteral("journal"),
                {},
                tr("One row per journal line."),
                {
                    {"from", "D", tr("Only entries dated on or after D (YYYY-MM-DD).")},
                    {"to", "D", tr("Only entries dated on or before D.")},
                    {"client", "CODE", tr("Only lines of this client.")},
                    {"account", "CODE", tr("Only lines on this account.")},
                    formatOption(),
                },
                journalCommand});
    addCommand({QStringLiteral("journal reverse"),
                {QStringLiteral("ENTRY")},
                tr("Post the reversal of an entry (manager); prints the new entry number."),
                {
                    {"reason", "TEXT", tr("Why the entry is reversed (kept in the memo)."),
                     Occurs::Required},
                    {"date", "D", tr("The date of the reversal (default today).")},
                },
                journalReverseCommand});
    addCommand({QStringLiteral("trial-balance"),
                {},
                tr("Every account with its balance as of a date."),
                {
                    {"as-of", "D", tr("The balances at the end of D (default today).")},
                    {"currency", "CODE", tr("The currency to show (default the books' currency).")},
                    formatOption(),
                },
                trialBalanceCommand});
    addCommand({QStringLiteral("settings show"),
                {},
                tr("The book currency and the factor's details printed on documents."),
                {formatOption()},
                settingsShowCommand});
    addCommand({QStringLiteral("settings set"),
                {},
                tr("Change the factor's details printed on advices and letters (admin)."),
                {
                    {"factor-name", "TEXT", tr("The factor's name.")},
                    {"address", "TEXT", tr("The postal address; \\n in the text breaks the line.")},
                    {"bank-name", "TEXT", tr("The factor's bank.")},
                    {"bank-account", "IBAN", tr("The factor's bank account.")},
                    {"email", "ADDRESS", tr("The factor's e-mail address.")},
                    {"phone", "TEXT", tr("The factor's phone number.")},
                },
                settingsSetCommand});
    addCommand({QStringLiteral("backup"),
                {},
                tr("Copy the books, while they are in use, to a new SQLite file (manager or "
                   "administrator); on PostgreSQL, says how to use pg_dump."),
                {{"output", "FILE", tr("The new file; an existing one is never overwritten."),
                  Occurs::Required}},
                backupCommand});
    addCommand({QStringLiteral("books verify"),
                {},
                tr("Check the whole books: every entry balances, the journal's seals and the "
                   "audit trail chain, every invoice agrees with the journal; exit 1 names the "
                   "first thing wrong."),
                {},
                booksVerifyCommand});
    addCommand({QStringLiteral("audit verify"),
                {},
                tr("Check the audit trail's hash chain; exit 1 names the first bad record."),
                {},
                auditVerifyCommand});
    addCommand(
        {QStringLiteral("audit list"),
         {},
         tr("The newest audit records."),
         {
             {"from", "D", tr("Only records made on or after D (YYYY-MM-DD).")},
             {"to", "D", tr("Only records made on or before D.")},
             {"by", "USER", tr("Only records of this user.")},
             {"entity", "E", tr("Only records about this kind of thing (client, debtor, ...).")},
             {"limit", "N", tr("At most N records (default 100).")},
             formatOption(),
         },
         auditListCommand});
}

} // namespace FactorDesk::Cli
