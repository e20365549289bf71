#pragma once

#include <QList>
#include <QString>

namespace FactorDesk::Cli {

// How often an option may stand on one command line.
enum class Occurs {
    Optional,   // at most once
    Required,   // exactly once: the command refuses to run without it (exit 2)
    Repeatable, // any number of times; Args::values() and Args::options() keep them in order
};

// One row of a command's option table. The table is the only place a command's options are
// declared: Args parses the command line by it, and the help is written from it, so the two
// cannot drift apart (the idea of git's parse-options tables).
struct Option
{
    const char *name;  // spelt --name on the command line
    const char *value; // the value's placeholder in the help ("D", "TEXT"); nullptr: a flag
    QString help;      // one line, translated
    Occurs occurs = Occurs::Optional;
    const char *alias = nullptr; // another spelling, read as name

    bool isFlag() const { return value == nullptr; }
    // "--name VALUE", or "--name" for a flag.
    QString spelling() const;
    // The spelling as the synopsis writes it: "--name V", "[--name V]" or "[--name V]...".
    QString synopsis() const;
    // Whether the word after "--" names this option (its name or its alias).
    bool matches(const QString &word) const;
};

// --format csv|json, for every command that prints a table.
Option formatOption();

// The option of that name (or alias) in a table, or nullptr.
const Option *findOption(const QList<Option> &table, const QString &word);

} // namespace FactorDesk::Cli
