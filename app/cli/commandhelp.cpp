#include "commandhelp.h"

#include "books.h"
#include "cli.h"

namespace FactorDesk::Cli::CommandHelp {

namespace {

constexpr int kWidth = 79;

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::Cli", text);
}

// Fills lines up to kWidth with the pieces (never splitting one); lines after the first start
// with indent spaces.
QString fill(const QStringList &pieces, const QString &first, int indent)
{
    QString out = first;
    int column = int(first.size());
    bool lineEmpty = first.isEmpty() || first.endsWith(QLatin1Char(' '));
    for (const QString &p : pieces) {
        if (!lineEmpty && column + 1 + p.size() > kWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += p;
        column += int(p.size());
        lineEmpty = false;
    }
    return out;
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Two columns: the term, then its text wrapped under itself.
QString table(const QList<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &r : rows)
        width = std::max(width, int(r.first.size()));
    width = std::min(width, 28);
    const int indent = 2 + width + 2;
    QString out;
    for (const auto &[term, text] : rows) {
        QString first = QStringLiteral("  ") + term;
        if (first.size() + 2 > indent)
            first += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        else
            first = first.leftJustified(indent);
        out += fill(words(text), first, indent) + QLatin1Char('\n');
    }
    return out;
}

QString optionText(const Option &o)
{
    QString text = o.help;
    if (o.alias)
        text += QLatin1Char(' ') + tr("Also spelt --%1.").arg(QLatin1String(o.alias));
    if (o.occurs == Occurs::Required)
        text += QLatin1Char(' ') + tr("Required.");
    else if (o.occurs == Occurs::Repeatable)
        text += QLatin1Char(' ') + tr("May be given more than once.");
    return text;
}

} // namespace

QString usage(const Command &command)
{
    QStringList pieces;
    for (const Option &o : globalOptions())
        pieces << o.synopsis();
    pieces << words(command.words) << command.arguments;
    for (const Option &o : command.options)
        pieces << o.synopsis();
    const QString first = tr("Usage:") + QStringLiteral(" factordesk-cli");
    return fill(pieces, first, int(first.size()) + 1) + QLatin1Char('\n');
}

QString command(const Command &command)
{
    QString out = usage(command) + QLatin1Char('\n') + fill(words(command.summary), {}, 0) +
                  QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const Option &o : command.options)
            rows.append({o.spelling(), optionText(o)});
        out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + table(rows);
    }
    return out;
}

QString list(const QList<Command> &commands)
{
    QList<QPair<QString, QString>> rows;
    for (const Command &c : commands)
        rows.append({c.words, c.summary});
    return tr("Commands:") + QLatin1Char('\n') + table(rows);
}

QString overview(const QList<Command> &commands)
{
    QStringList pieces;
    for (const Option &o : globalOptions())
        pieces << o.synopsis();
    pieces << words(tr("COMMAND [ARGUMENTS] [OPTIONS]"));
    const QString first = tr("Usage:") + QStringLiteral(" factordesk-cli");
    QString out = fill(pieces, first, int(first.size()) + 1) + QStringLiteral("\n\n");
    out += fill(words(tr("The database is an SQLite file (default %1) or a PostgreSQL URL "
                         "postgresql://user@host:port/db. The password comes from "
                         "FACTORDESK_PASSWORD, else a prompt on the terminal. Exit codes: 0 done, "
                         "1 refused or invalid, 2 usage, 3 authentication or permission. Commands "
                         "that print a table take --format csv|json.")
                          .arg(Books::defaultLocation())),
                {}, 0) +
           QLatin1Char('\n');
    QList<QPair<QString, QString>> globals;
    for (const Option &o : globalOptions())
        globals.append({o.spelling(), optionText(o)});
    out += QLatin1Char('\n') + tr("Global options (before the command):") + QLatin1Char('\n') +
           table(globals);
    out += QLatin1Char('\n') + list(commands);
    out += QLatin1Char('\n') +
           fill(words(tr("Run \"factordesk-cli COMMAND --help\" or \"factordesk-cli help "
                         "COMMAND\" for its arguments and options.")),
                {}, 0) +
           QLatin1Char('\n');
    return out;
}

} // namespace FactorDesk::Cli::CommandHelp
