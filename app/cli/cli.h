#pragma once

#include "args.h"
#include "books.h"
#include "option.h"
#include "session.h"
#include "tabular.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

namespace FactorDesk::Cli {

// Exit codes: the contract of factordesk-cli.
enum Exit { Ok = 0, Refused = 1, Usage = 2, Denied = 3 };

enum class Format { Table, Csv, Json };

// Wrong words or flags on the command line: exit 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// What a command runs with: the global options, the output streams, and the database and
// signed-in user, both opened on first use.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Cli::Context)
public:
    Context(const QString &dbSpec, const QString &user, Format format);
    ~Context();

    QString dbSpec() const { return m_dbSpec; }
    QString userName() const { return m_user; }
    Format format() const { return m_format; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database (migrating it if older). Throws Error.
    Database &db();
    // Signs in: --user or FACTORDESK_USER; the password from FACTORDESK_PASSWORD or a prompt
    // on a terminal. Throws Error(Authentication).
    const Session &session();
    // Takes over the books this command created (init).
    void adoptBooks(Books books);

    // Prints in the chosen format.
    void print(const Tabular &table);

    // A password from an environment variable, else a prompt on the terminal.
    QString password(const char *envVar, const QString &prompt);

private:
    QString m_dbSpec;
    QString m_user;
    Format m_format;
    QTextStream m_out;
    QTextStream m_err;
    std::optional<Books> m_books;
    std::optional<Session> m_session;
};

// One command of factordesk-cli. Its option table is the only declaration of its options:
// Args reads the command line by it and CommandHelp writes the help from it.
struct Command
{
    QString words;         // "user add"
    QStringList arguments; // the positional arguments, all required: {"NAME"}
    QString summary;       // one line for the help, translated
    QList<Option> options; // every option it accepts
    std::function<int(Context &, const Args &)> run;
};

void addCommand(const Command &command);
// Every command, in the order of the help (registered on first use).
const QList<Command> &commands();
// The options that stand before the command: --db and --user.
const QList<Option> &globalOptions();

// Parses argv, runs the command and maps errors to exit codes and messages on stderr.
int run(int argc, char *argv[]);
// The same, for an argument list (tests).
int run(const QStringList &arguments);

// Helpers for commands.
Format parseFormat(const QString &text);
QDate parseDateOption(const Args &args, const QString &name);

} // namespace FactorDesk::Cli
