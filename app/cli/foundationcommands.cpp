// init, user, journal, trial-balance, audit: the commands of the foundation.
#include "auditlog.h"
#include "cli.h"
#include "clock.h"
#include "commands.h"
#include "demodata.h"
#include "error.h"
#include "factorprofileservice.h"
#include "ledger.h"
#include "money.h"
#include "passwordhasher.h"
#include "books.h"
#include "userservice.h"

namespace FactorDesk::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::Cli", text, disambiguation, n);
}

int initCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens,
                    {QStringLiteral("admin"), QStringLiteral("currency"), QStringLiteral("name")},
                    {QStringLiteral("demo")});
    args.expectPositional(0, 0);
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

int userAddCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens,
                    {QStringLiteral("role"), QStringLiteral("roles"), QStringLiteral("name")});
    args.expectPositional(1, 1);
    QString roleText = args.value(QStringLiteral("role"), args.value(QStringLiteral("roles")));
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

int userListCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {});
    args.expectPositional(0, 0);
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

int userPasswordCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {});
    args.expectPositional(1, 1);
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

int userRolesCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {QStringLiteral("role"), QStringLiteral("roles")});
    args.expectPositional(1, 1);
    const QString roleText =
        args.value(QStringLiteral("role"), args.value(QStringLiteral("roles")));
    if (roleText.isEmpty())
        throw UsageError(tr("user roles needs --role ROLE[,ROLE]."));
    UserService users(ctx.db());
    const Session &who = ctx.session();
    users.setRoles(who, users.find(args.at(0)).id, parseRoles(roleText));
    ctx.out() << tr("Roles of %1 set.").arg(args.at(0)) << QLatin1Char('\n');
    return Ok;
}

int userActiveCommand(Context &ctx, const QStringList &tokens, bool active)
{
    const Args args(tokens, {});
    args.expectPositional(1, 1);
    UserService users(ctx.db());
    const Session &who = ctx.session();
    users.setActive(who, users.find(args.at(0)).id, active);
    ctx.out() << (active ? tr("User %1 enabled.") : tr("User %1 disabled.")).arg(args.at(0))
              << QLatin1Char('\n');
    return Ok;
}

int journalCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("client"),
                             QStringLiteral("account")});
    args.expectPositional(0, 0);
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

int trialBalanceCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {QStringLiteral("as-of"), QStringLiteral("currency")});
    args.expectPositional(0, 0);
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

int journalReverseCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {QStringLiteral("date"), QStringLiteral("reason")});
    args.expectPositional(1, 1);
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

int auditVerifyCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {});
    args.expectPositional(0, 0);
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

int auditListCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"),
                             QStringLiteral("entity"), QStringLiteral("limit")});
    args.expectPositional(0, 0);
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

int settingsShowCommand(Context &ctx, const QStringList &tokens)
{
    const Args args(tokens, {});
    args.expectPositional(0, 0);
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

int settingsSetCommand(Context &ctx, const QStringList &tokens)
{
    const QStringList options = {QStringLiteral("factor-name"), QStringLiteral("address"),
                                 QStringLiteral("bank-name"),   QStringLiteral("bank-account"),
                                 QStringLiteral("email"),       QStringLiteral("phone")};
    const Args args(tokens, options);
    args.expectPositional(0, 0);
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
    service.setProfile(who, p);
    ctx.out() << tr("The factor's details are saved.") << QLatin1Char('\n');
    return Ok;
}

} // namespace

void registerFoundationCommands()
{
    addCommand({QStringLiteral("init"),
                QStringLiteral("init --admin NAME [--demo] [--currency CODE]"),
                tr("Create a new database; the administrator's password comes from "
                   "FACTORDESK_PASSWORD."),
                initCommand});
    addCommand({QStringLiteral("user add"),
                QStringLiteral("user add NAME --role ROLE[,ROLE] [--name FULL NAME]"),
                tr("Add a user (admin); the password comes from FACTORDESK_NEW_PASSWORD."),
                userAddCommand});
    addCommand({QStringLiteral("user list"), QStringLiteral("user list [--format csv|json]"),
                tr("List users and their roles (admin)."), userListCommand});
    addCommand({QStringLiteral("user roles"), QStringLiteral("user roles NAME --role ROLE[,ROLE]"),
                tr("Set a user's roles (admin)."), userRolesCommand});
    addCommand({QStringLiteral("user password"), QStringLiteral("user password NAME"),
                tr("Set a password from FACTORDESK_NEW_PASSWORD (admin, or your own)."),
                userPasswordCommand});
    addCommand({QStringLiteral("user disable"), QStringLiteral("user disable NAME"),
                tr("Disable a user (admin)."),
                [](Context &c, const QStringList &a) { return userActiveCommand(c, a, false); }});
    addCommand({QStringLiteral("user enable"), QStringLiteral("user enable NAME"),
                tr("Enable a user again (admin)."),
                [](Context &c, const QStringList &a) { return userActiveCommand(c, a, true); }});
    addCommand({QStringLiteral("journal"),
                QStringLiteral("journal [--from D] [--to D] [--client CODE] [--account CODE] "
                               "[--format csv|json]"),
                tr("One row per journal line."), journalCommand});
    addCommand({QStringLiteral("journal reverse"),
                QStringLiteral("journal reverse ENTRY --reason TEXT [--date D]"),
                tr("Post the reversal of an entry (manager); prints the new entry number."),
                journalReverseCommand});
    addCommand({QStringLiteral("trial-balance"),
                QStringLiteral("trial-balance [--as-of D] [--format csv|json]"),
                tr("Every account with its balance as of a date."), trialBalanceCommand});
    addCommand({QStringLiteral("settings show"),
                QStringLiteral("settings show [--format csv|json]"),
                tr("The book currency and the factor's details printed on documents."),
                settingsShowCommand});
    addCommand({QStringLiteral("settings set"),
                QStringLiteral("settings set [--factor-name TEXT] [--address TEXT] [--bank-name "
                               "TEXT] [--bank-account IBAN] [--email ADDRESS] [--phone TEXT]"),
                tr("Change the factor's details printed on advices and letters (admin)."),
                settingsSetCommand});
    addCommand({QStringLiteral("audit verify"), QStringLiteral("audit verify"),
                tr("Check the audit trail's hash chain; exit 1 names the first bad record."),
                auditVerifyCommand});
    addCommand(
        {QStringLiteral("audit list"),
         QStringLiteral("audit list [--from D] [--to D] [--by USER] [--entity E] [--limit N]"),
         tr("The newest audit records."), auditListCommand});
}

} // namespace FactorDesk::Cli
