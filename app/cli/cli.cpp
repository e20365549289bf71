#include "cli.h"

#include "clock.h"
#include "commandhelp.h"
#include "commands.h"
#include "error.h"
#include "userservice.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace FactorDesk::Cli {

namespace {

QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::Cli", text);
}

// English plurals without a compiled translation: a message written "%n record(s)" reads
// "1 record" or "2 records". Real translations, installed after it, take precedence.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

} // namespace

// ---- Context ----

Context::Context(const QString &dbSpec, const QString &user, Format format)
    : m_dbSpec(dbSpec)
    , m_user(user)
    , m_format(format)
    , m_out(stdout)
    , m_err(stderr)
{}

Context::~Context()
{
    m_out.flush();
    m_err.flush();
}

Database &Context::db()
{
    if (!m_books)
        m_books = Books::open(m_dbSpec);
    return m_books->db();
}

void Context::adoptBooks(Books books)
{
    m_books = std::move(books);
}

QString Context::password(const char *envVar, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    if (!isatty(STDIN_FILENO))
        throw Error(Error::Kind::Authentication,
                    tr("No password: set %1 or run on a terminal to be asked.")
                        .arg(QString::fromLatin1(envVar)));
    m_err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[1024];
    const char *got = fgets(buffer, sizeof buffer, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << Qt::endl;
    QString pw = got ? QString::fromLocal8Bit(got) : QString();
    while (pw.endsWith(QLatin1Char('\n')) || pw.endsWith(QLatin1Char('\r')))
        pw.chop(1);
    return pw;
}

const Session &Context::session()
{
    if (m_session)
        return *m_session;
    Database &database = db();
    QString user = m_user;
    if (user.isEmpty())
        user = qEnvironmentVariable("FACTORDESK_USER");
    if (user.isEmpty())
        throw Error(Error::Kind::Authentication,
                    tr("Say who you are with --user NAME (or FACTORDESK_USER)."));
    const QString pw = password("FACTORDESK_PASSWORD", tr("Password for %1: ").arg(user));
    m_session = UserService(database).login(user, pw);
    return *m_session;
}

void Context::print(const Tabular &table)
{
    switch (m_format) {
    case Format::Csv:
        m_out << table.toCsv();
        break;
    case Format::Json:
        m_out << table.toJson();
        break;
    case Format::Table:
        m_out << table.toText();
        break;
    }
    m_out.flush();
}

// ---- registry and dispatch ----

void addCommand(const Command &command)
{
    registry().append(command);
}

const QList<Command> &commands()
{
    [[maybe_unused]] static const bool registered = [] {
        registerFoundationCommands();
        registerClientCommands();
        registerDebtorCommands();
        registerCreditCommands();
        registerOrderCommands();
        registerScheduleCommands();
        registerReceiptCommands();
        registerWorklistCommands();
        registerCollectionCommands();
        registerFeeCommands();
        registerExportCommands();
        registerPaymentCommands();
        registerStatementCommands();
        registerReserveCommands();
        return true;
    }();
    return registry();
}

const QList<Option> &globalOptions()
{
    static const QList<Option> table = {
        {"db", "PATH|URL",
         tr("The books: an SQLite file or a postgresql:// URL (default FACTORDESK_DB, else the "
            "file in the user's data folder).")},
        {"user", "NAME", tr("Who signs in (default FACTORDESK_USER).")},
    };
    return table;
}

Format parseFormat(const QString &text)
{
    const QString f = text.trimmed().toLower();
    if (f == QLatin1String("csv"))
        return Format::Csv;
    if (f == QLatin1String("json"))
        return Format::Json;
    if (f == QLatin1String("table") || f == QLatin1String("text"))
        return Format::Table;
    throw UsageError(tr("--format is csv, json or table, not \"%1\".").arg(text));
}

QDate parseDateOption(const Args &args, const QString &name)
{
    if (!args.has(name))
        return {};
    const QDate d = parseIsoDate(args.value(name));
    if (!d.isValid())
        throw Error(
            Error::Kind::Validation,
            tr("--%1: \"%2\" is not a date (write YYYY-MM-DD).").arg(name, args.value(name)), name);
    return d;
}

namespace {

// The command named by the longest run of leading words, and how many words it took.
std::pair<const Command *, int> findCommand(const QStringList &words)
{
    const Command *match = nullptr;
    int used = 0;
    for (const Command &c : commands()) {
        const QStringList own = c.words.split(QLatin1Char(' '));
        if (own.size() <= words.size() && words.mid(0, own.size()) == own && own.size() > used) {
            match = &c;
            used = int(own.size());
        }
    }
    return {match, used};
}

// The commands whose first word is this one ("user": user add, user list, ...).
QList<Command> group(const QString &first)
{
    QList<Command> found;
    for (const Command &c : commands())
        if (c.words.section(QLatin1Char(' '), 0, 0) == first)
            found.append(c);
    return found;
}

UsageError unknownCommand(const QStringList &words)
{
    const QString named = words.mid(0, 2).join(QLatin1Char(' '));
    if (!words.isEmpty() && !group(words.first()).isEmpty())
        return UsageError(tr("Unknown command \"%1\". Run factordesk-cli help %2 for the %2 "
                             "commands.")
                              .arg(named, words.first()));
    return UsageError(
        tr("Unknown command \"%1\". Run factordesk-cli help for the list.").arg(named));
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const Command *match = nullptr;
    try {
        // Only --db and --user stand before the command; the command's table reads the rest.
        const Args global = Args::global(arguments);
        const QStringList rest = global.positional();
        if (global.helpRequested() || rest.isEmpty() ||
            (rest.size() == 1 && rest.first() == QLatin1String("help"))) {
            out << CommandHelp::overview(commands());
            return rest.isEmpty() && !global.helpRequested() ? Usage : Ok;
        }
        if (rest.first() == QLatin1String("help")) {
            const auto [command, used] = findCommand(rest.mid(1));
            if ((!command || used != rest.size() - 1) && rest.size() == 2 &&
                !group(rest[1]).isEmpty()) {
                out << CommandHelp::list(group(rest[1]));
                return Ok;
            }
            if (!command || used != rest.size() - 1)
                throw unknownCommand(rest.mid(1));
            out << CommandHelp::command(*command);
            return Ok;
        }
        int used = 0;
        std::tie(match, used) = findCommand(rest);
        if (!match)
            throw unknownCommand(rest);
        QStringList tokens = rest.mid(used);
        if (global.has(QStringLiteral("format")))
            tokens =
                QStringList{QStringLiteral("--format"), global.value(QStringLiteral("format"))} +
                tokens;
        const Args args(tokens, *match);
        if (args.helpRequested()) {
            out << CommandHelp::command(*match);
            return Ok;
        }
        const Format format = args.has(QStringLiteral("format"))
                                  ? parseFormat(args.value(QStringLiteral("format")))
                                  : Format::Table;
        Context ctx(global.value(QStringLiteral("db"), qEnvironmentVariable("FACTORDESK_DB")),
                    global.value(QStringLiteral("user")), format);
        return match->run(ctx, args);
    } catch (const UsageError &e) {
        err << e.message() << QLatin1Char('\n');
        if (match)
            err << tr("Run factordesk-cli %1 --help for its arguments and options.")
                       .arg(match->words)
                << QLatin1Char('\n');
        return Usage;
    } catch (const Error &e) {
        err << tr("factordesk-cli: %1").arg(e.message()) << QLatin1Char('\n');
        switch (e.kind()) {
        case Error::Kind::Permission:
        case Error::Kind::Authentication:
            return Denied;
        default:
            return Refused;
        }
    } catch (const std::exception &e) {
        err << tr("factordesk-cli: unexpected failure: %1").arg(QString::fromLocal8Bit(e.what()))
            << QLatin1Char('\n');
        return Refused;
    }
}

int run(int argc, char *argv[])
{
    // A statement or settlement statement is laid out and painted to PDF, which needs fonts: a
    // QGuiApplication, on the offscreen platform unless one was chosen, so it runs without a
    // display. Only for the commands that write a PDF.
    bool statement = false, batch = false, pdf = false, help = false;
    for (int i = 1; i < argc; ++i) {
        statement = statement || std::strcmp(argv[i], "statement") == 0;
        batch = batch || std::strcmp(argv[i], "batch") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
        help = help || std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
    }
    const bool paints = !help && (pdf || (statement && batch));
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (paints)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FactorDesk"));
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return run(args);
}

} // namespace FactorDesk::Cli
