#include "args.h"

#include "cli.h"

namespace FactorDesk::Cli {

Args::Args(const QStringList &tokens, const Command &command)
{
    read(tokens, command.options, command.words, false);
    if (!m_help)
        checkCounts(command);
}

Args Args::global(const QStringList &arguments)
{
    // --format may also stand before the command; run() hands it to the command's table.
    Args args;
    args.read(arguments, globalOptions() + QList<Option>{formatOption()}, QString(), true);
    return args;
}

void Args::read(const QStringList &tokens, const QList<Option> &table, const QString &command,
                bool stopAtArgument)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i];
        if (t == QLatin1String("--")) {
            m_positional << tokens.mid(i + 1);
            return;
        }
        if (t == QLatin1String("--help") || t == QLatin1String("-h")) {
            m_help = true;
            return;
        }
        if (!t.startsWith(QLatin1String("--"))) {
            if (stopAtArgument) {
                m_positional << tokens.mid(i);
                return;
            }
            m_positional << t;
            continue;
        }
        QString word = t.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = word.indexOf(QLatin1Char('=')); eq >= 0) {
            value = word.mid(eq + 1);
            word = word.left(eq);
            inlineValue = true;
        }
        const Option *option = findOption(table, word);
        if (!option) {
            if (command.isEmpty()) {
                QStringList globals;
                for (const Option &o : globalOptions())
                    globals << QStringLiteral("--") + QLatin1String(o.name);
                throw UsageError(tr("Unknown option --%1: before the command stand only the "
                                    "global options (%2).")
                                     .arg(word, globals.join(QStringLiteral(", "))));
            }
            if (findOption(globalOptions(), word))
                throw UsageError(tr("%1 has no option --%2: --%2 is a global option, put it "
                                    "before the command (factordesk-cli --%2 ... %1 ...).")
                                     .arg(command, word));
            throw UsageError(tr("Unknown option --%1 for %2.").arg(word, command));
        }
        const QString name = QLatin1String(option->name);
        const QString owner = command.isEmpty() ? QStringLiteral("factordesk-cli") : command;
        if (option->isFlag()) {
            if (inlineValue)
                throw UsageError(tr("The option --%1 of %2 takes no value.").arg(name, owner));
        } else if (!inlineValue) {
            if (i + 1 >= tokens.size())
                throw UsageError(tr("The option --%1 of %2 needs a value (%3).")
                                     .arg(name, owner, QLatin1String(option->value)));
            value = tokens[++i];
        }
        if (option->occurs != Occurs::Repeatable && has(name))
            throw UsageError(tr("The option --%1 of %2 may be given only once.").arg(name, owner));
        m_options.append({name, value});
    }
}

void Args::checkCounts(const Command &command) const
{
    if (m_positional.size() < command.arguments.size())
        throw UsageError(
            tr("%1 needs %2.")
                .arg(command.words,
                     command.arguments.mid(m_positional.size()).join(QLatin1Char(' '))));
    if (m_positional.size() > command.arguments.size())
        throw UsageError(tr("Unexpected argument \"%1\" for %2.")
                             .arg(m_positional.value(command.arguments.size()), command.words));
    for (const Option &o : command.options)
        if (o.occurs == Occurs::Required && !has(QLatin1String(o.name)))
            throw UsageError(tr("%1 needs %2.").arg(command.words, o.spelling()));
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

} // namespace FactorDesk::Cli
