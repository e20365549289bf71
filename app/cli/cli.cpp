#include "cli.h"

#include "clock.h"
#include "commands.h"
#include "error.h"
#include "userservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstring>
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

QString helpText()
{
    QString s = tr("Usage: factordesk-cli [--db PATH|URL] [--user NAME] COMMAND ...\n\n"
                   "The database is an SQLite file (default %1) or a PostgreSQL URL\n"
                   "postgresql://user@host:port/db. The password comes from FACTORDESK_PASSWORD,\n"
                   "else a prompt on the terminal. Exit codes: 0 done, 1 refused or invalid,\n"
                   "2 usage, 3 authentication or permission.\n\nCommands:\n")
                    .arg(Books::defaultLocation());
    for (const Command &c : registry())
        s += QStringLiteral("  %1\n      %2\n").arg(c.usage, c.summary);
    return s;
}

} // namespace

// ---- Args ----

Args::Args(const QStringList &tokens, const QStringList &valueOptions, const QStringList &flags)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i];
        if (t == QLatin1String("--")) {
            m_positional << tokens.mid(i + 1);
            break;
        }
        if (t.startsWith(QLatin1String("--")) && t.size() > 2) {
            QString name = t.mid(2);
            QString value;
            bool inlineValue = false;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= tokens.size())
                        throw UsageError(tr("The option --%1 needs a value.").arg(name));
                    value = tokens[++i];
                }
                m_options.append({name, value});
            } else if (flags.contains(name)) {
                if (inlineValue)
                    throw UsageError(tr("The option --%1 takes no value.").arg(name));
                m_options.append({name, QString()});
            } else {
                throw UsageError(tr("Unknown option --%1.").arg(name));
            }
            continue;
        }
        m_positional << t;
    }
}

bool Args::has(const QString &name) const
{
    for (const auto &o : m_options)
        if (o.first == name)
            return true;
    return false;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    QString v = fallback;
    for (const auto &o : m_options)
        if (o.first == name)
            v = o.second;
    return v;
}

QStringList Args::values(const QString &name) const
{
    QStringList v;
    for (const auto &o : m_options)
        if (o.first == name)
            v << o.second;
    return v;
}

void Args::expectPositional(int min, int max) const
{
    if (m_positional.size() < min)
        throw UsageError(tr("Missing argument."));
    if (max >= 0 && m_positional.size() > max)
        throw UsageError(tr("Unexpected argument \"%1\".").arg(m_positional.value(max)));
}

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
    return registry();
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

int run(const QStringList &arguments)
{
    static bool registered = false;
    if (!registered) {
        registered = true;
        registerFoundationCommands();
        registerClientCommands();
        registerDebtorCommands();
        registerCreditCommands();
        registerOrderCommands();
        registerScheduleCommands();
    }
    QTextStream err(stderr);
    QString dbSpec = qEnvironmentVariable("FACTORDESK_DB");
    QString user;
    Format format = Format::Table;
    QStringList rest;
    try {
        // Global options may stand anywhere; --format is accepted before or after the command.
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &a = arguments[i];
            const auto take = [&](const QString &name) -> std::optional<QString> {
                if (a == name) {
                    if (i + 1 >= arguments.size())
                        throw UsageError(tr("The option %1 needs a value.").arg(name));
                    return arguments[++i];
                }
                if (a.startsWith(name + QLatin1Char('=')))
                    return a.mid(name.size() + 1);
                return std::nullopt;
            };
            if (auto v = take(QStringLiteral("--db")))
                dbSpec = *v;
            else if (auto v = take(QStringLiteral("--user")))
                user = *v;
            else if (auto v = take(QStringLiteral("--format")))
                format = parseFormat(*v);
            else
                rest << a;
        }
        if (rest.isEmpty() || rest.first() == QLatin1String("help") ||
            rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")) {
            QTextStream out(stdout);
            out << helpText();
            return rest.isEmpty() ? Usage : Ok;
        }
        // The longest run of command words that names a command.
        const Command *match = nullptr;
        int used = 0;
        for (const Command &c : registry()) {
            const QStringList words = c.words.split(QLatin1Char(' '));
            if (words.size() <= rest.size() && rest.mid(0, words.size()) == words &&
                words.size() > used) {
                match = &c;
                used = int(words.size());
            }
        }
        if (!match)
            throw UsageError(tr("Unknown command \"%1\". Run factordesk-cli help for the list.")
                                 .arg(rest.mid(0, 2).join(QLatin1Char(' '))));
        if (rest.size() > used &&
            (rest[used] == QLatin1String("--help") || rest[used] == QLatin1String("-h"))) {
            QTextStream out(stdout);
            out << tr("Usage: factordesk-cli %1\n%2\n").arg(match->usage, match->summary);
            return Ok;
        }
        Context ctx(dbSpec, user, format);
        try {
            return match->run(ctx, rest.mid(used));
        } catch (const UsageError &e) {
            err << e.message() << QLatin1Char('\n')
                << tr("Usage: factordesk-cli %1").arg(match->usage) << QLatin1Char('\n');
            return Usage;
        }
    } catch (const UsageError &e) {
        err << e.message() << QLatin1Char('\n');
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FactorDesk"));
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return run(args);
}

} // namespace FactorDesk::Cli
