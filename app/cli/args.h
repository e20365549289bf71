#pragma once

#include "option.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace FactorDesk::Cli {

struct Command;

// A command line read by an option table: the options in order ("--x v" or "--x=v"; an alias
// is stored under the option's name), and the arguments. Every rule of the table is enforced
// here, each failure a UsageError (exit 2) that names the option and the command: an option
// the table does not declare, a missing value, a value given to a flag, a second use of an
// option that is not repeatable, a required option left out, too few or too many arguments.
// "--help" or "-h" where an option may stand stops the reading: helpRequested().
class Args
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Cli::Args)
public:
    // The words after the command's own words, read by the command's table.
    Args(const QStringList &tokens, const Command &command);
    // The global options before the command (globalOptions(), and --format, which the
    // command's table then accepts or refuses); positional() is the command and what follows.
    static Args global(const QStringList &arguments);

    bool helpRequested() const { return m_help; }
    bool has(const QString &name) const;
    // The option's value (the last one of a repeatable option), else fallback.
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    // Options in command-line order, for pairs like --override X --reason Y.
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    const QStringList &positional() const { return m_positional; }
    QString at(int i) const { return m_positional.value(i); }

private:
    Args() = default;
    // Reads options by the table; with stopAtArgument the first word that is not an option
    // and everything after it become the positionals (the global options' case).
    void read(const QStringList &tokens, const QList<Option> &table, const QString &command,
              bool stopAtArgument);
    void checkCounts(const Command &command) const;

    QList<QPair<QString, QString>> m_options;
    QStringList m_positional;
    bool m_help = false;
};

} // namespace FactorDesk::Cli
