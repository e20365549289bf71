// factordesk-cli's command line against the option tables (Cli::commands()), for every
// command: "COMMAND --help" (and "help COMMAND") exits 0 and lists exactly the declared
// options; an option the command does not declare, a missing value, a second use of an option
// that is not repeatable, and the global --db or --user after the command exit 2 naming the
// option and the command. The tables themselves are checked against README's command table,
// the contract of names and flags. None of this opens a database.
#include "cli.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

#define CLI_EXIT(result, code) QVERIFY2((result).exitCode == (code), qPrintable(describe(result)))

const Cli::Command &command(const QString &words)
{
    for (const Cli::Command &c : Cli::commands())
        if (c.words == words)
            return c;
    qFatal("no command %s", qPrintable(words));
}

QStringList declared(const Cli::Command &c)
{
    QStringList names;
    for (const Cli::Option &o : c.options)
        names << QStringLiteral("--") + QLatin1String(o.name);
    return names;
}

// The options a help text lists: the first word of each line of its "Options:" block.
QStringList listedOptions(const QString &help)
{
    QStringList names;
    bool inOptions = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            inOptions = true;
            continue;
        }
        if (inOptions && line.startsWith(QLatin1String("  --")))
            names << line.mid(2).section(QLatin1Char(' '), 0, 0);
        else if (inOptions && !line.startsWith(QLatin1Char(' ')))
            inOptions = false;
    }
    return names;
}

QStringList commandWords(const Cli::Command &c)
{
    return c.words.split(QLatin1Char(' '));
}

// One row per command, named by its words.
void addCommandRows()
{
    QTest::addColumn<QString>("words");
    for (const Cli::Command &c : Cli::commands())
        QTest::newRow(qPrintable(c.words)) << c.words;
}

// "The command-line tool" section of README.md.
QString readmeSection()
{
    QFile f(QStringLiteral(FACTORDESK_SOURCE_DIR "/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(QLatin1String("\n## The command-line tool"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("\n## "), start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

class tst_CliOptions : public QObject
{
    Q_OBJECT
private slots:
    void tables();
    void readme();
    void overview();
    void help_data() { addCommandRows(); }
    void help();
    void undeclared_data() { addCommandRows(); }
    void undeclared();
    void globalAfterCommand_data() { addCommandRows(); }
    void globalAfterCommand();
    void missingValue_data() { addCommandRows(); }
    void missingValue();
    void twice_data() { addCommandRows(); }
    void twice();
    void usage();
};

// Every table is well formed: unique names, a help line each, nothing that shadows a global
// option or --help.
void tst_CliOptions::tables()
{
    QVERIFY(Cli::commands().size() > 40);
    QStringList seen;
    for (const Cli::Command &c : Cli::commands()) {
        QVERIFY2(!seen.contains(c.words), qPrintable(c.words));
        seen << c.words;
        QVERIFY2(!c.summary.isEmpty(), qPrintable(c.words));
        QStringList names;
        for (const Cli::Option &o : c.options) {
            const QString name = QLatin1String(o.name);
            const QString where = c.words + QStringLiteral(" --") + name;
            QVERIFY2(!names.contains(name), qPrintable(where));
            names << name;
            if (o.alias) {
                QVERIFY2(!names.contains(QLatin1String(o.alias)), qPrintable(where));
                names << QLatin1String(o.alias);
            }
            QVERIFY2(!o.help.isEmpty(), qPrintable(where));
            QVERIFY2(o.isFlag() || qstrlen(o.value) > 0, qPrintable(where));
            QVERIFY2(!o.isFlag() || o.occurs != Cli::Occurs::Required, qPrintable(where));
            QVERIFY2(name != QLatin1String("help") && name != QLatin1String("db") &&
                         name != QLatin1String("user"),
                     qPrintable(where));
        }
    }
}

// README's command table names real commands, and every flag it shows is declared by the
// command it stands with; a flag in the second column (agreement set's "Also ...") is
// declared by a command of its row.
void tst_CliOptions::readme()
{
    const QString section = readmeSection();
    QVERIFY(!section.isEmpty());
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression flag(QStringLiteral("--[a-z][a-z0-9-]*"));
    static const QRegularExpression cellBar(QStringLiteral("(?<!\\\\)\\|"));
    QStringList documented;
    int rows = 0;
    for (const QString &line : section.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(cellBar);
        QVERIFY2(cells.size() >= 3, qPrintable(line));
        QList<const Cli::Command *> named;
        for (auto m = code.globalMatch(cells[1]); m.hasNext();) {
            const QString text = m.next().captured(1);
            const Cli::Command *c = nullptr;
            for (const Cli::Command &candidate : Cli::commands())
                if ((text == candidate.words ||
                     text.startsWith(candidate.words + QLatin1Char(' '))) &&
                    (!c || candidate.words.size() > c->words.size()))
                    c = &candidate;
            QVERIFY2(c, qPrintable(QStringLiteral("README names no command: ") + text));
            named << c;
            documented << c->words;
            for (auto f = flag.globalMatch(text.mid(c->words.size())); f.hasNext();) {
                const QString name = f.next().captured();
                QVERIFY2(declared(*c).contains(name),
                         qPrintable(QStringLiteral("README: %1 %2").arg(c->words, name)));
            }
        }
        QVERIFY2(!named.isEmpty(), qPrintable(line));
        for (auto m = code.globalMatch(cells[2]); m.hasNext();) {
            const QString text = m.next().captured(1);
            if (!text.startsWith(QLatin1String("--")))
                continue;
            for (auto f = flag.globalMatch(text); f.hasNext();) {
                const QString name = f.next().captured();
                const bool known = std::any_of(named.begin(), named.end(), [&](const auto *c) {
                    return declared(*c).contains(name);
                });
                QVERIFY2(known,
                         qPrintable(QStringLiteral("README: %1 %2").arg(named[0]->words, name)));
            }
        }
        ++rows;
    }
    QVERIFY(rows > 30);
    for (const Cli::Command &c : Cli::commands())
        QVERIFY2(documented.contains(c.words),
                 qPrintable(QStringLiteral("README does not list ") + c.words));
}

// "help" lists every command with its summary and the global options.
void tst_CliOptions::overview()
{
    const CliResult r = runCli({QStringLiteral("help")});
    CLI_EXIT(r, 0);
    for (const Cli::Command &c : Cli::commands())
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + c.words + QLatin1Char(' ')),
                 qPrintable(c.words));
    QVERIFY(r.out.contains(QLatin1String("\n  --db PATH|URL ")));
    QVERIFY(r.out.contains(QLatin1String("\n  --user NAME ")));
    for (const QString &same : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CliResult again = runCli({same});
        CLI_EXIT(again, 0);
        QCOMPARE(again.out, r.out);
    }
}

// COMMAND --help lists exactly the declared options, in their order, and the usage line
// names the arguments; "help COMMAND" prints the same.
void tst_CliOptions::help()
{
    QFETCH(QString, words);
    const Cli::Command &c = command(words);
    const CliResult r = runCli(commandWords(c) << QStringLiteral("--help"));
    CLI_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(listedOptions(r.out), declared(c));
    QVERIFY2(r.out.contains(c.summary.section(QLatin1Char(' '), 0, 2)), qPrintable(r.out));
    const QString usage = r.out.section(QStringLiteral("\n\n"), 0, 0).simplified();
    QVERIFY2(
        usage.startsWith(QStringLiteral("Usage: factordesk-cli [--db PATH|URL] [--user NAME] ") +
                         (QStringList{c.words} + c.arguments).join(QLatin1Char(' '))),
        qPrintable(usage));
    for (const Cli::Option &o : c.options)
        QVERIFY2(usage.contains(o.synopsis()), qPrintable(o.synopsis()));
    const CliResult viaHelp = runCli(QStringList{QStringLiteral("help")} << commandWords(c));
    CLI_EXIT(viaHelp, 0);
    QCOMPARE(viaHelp.out, r.out);
}

void tst_CliOptions::undeclared()
{
    QFETCH(QString, words);
    const CliResult r = runCli(commandWords(command(words))
                               << QStringLiteral("--no-such-option") << QStringLiteral("x"));
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--no-such-option")), qPrintable(r.err));
    QVERIFY2(r.err.contains(words), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

// --db and --user stand before the command only; after it they are refused, and no database
// is touched.
void tst_CliOptions::globalAfterCommand()
{
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("books.sqlite"));
    for (const QString &global : {QStringLiteral("--db"), QStringLiteral("--user")}) {
        const CliResult r = runCli(commandWords(command(words)) << global << path,
                                   {QStringLiteral("FACTORDESK_DB=") + path});
        CLI_EXIT(r, 2);
        QVERIFY2(r.err.contains(global), qPrintable(r.err));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("before the command")), qPrintable(r.err));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_CliOptions::missingValue()
{
    QFETCH(QString, words);
    const Cli::Command &c = command(words);
    int checked = 0;
    for (const Cli::Option &o : c.options) {
        if (o.isFlag())
            continue;
        const QString name = QStringLiteral("--") + QLatin1String(o.name);
        const CliResult r = runCli(commandWords(c) << name);
        CLI_EXIT(r, 2);
        QVERIFY2(r.err.contains(name + QLatin1Char(' ')), qPrintable(r.err));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("needs a value")), qPrintable(r.err));
        if (++checked == 2)
            break;
    }
    for (const Cli::Option &o : c.options) {
        if (!o.isFlag())
            continue;
        const QString name = QStringLiteral("--") + QLatin1String(o.name);
        const CliResult r = runCli(commandWords(c) << name + QStringLiteral("=yes"));
        CLI_EXIT(r, 2);
        QVERIFY2(r.err.contains(name + QLatin1Char(' ')), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("takes no value")), qPrintable(r.err));
        ++checked;
        break;
    }
    if (checked == 0)
        QSKIP("The command has no options.");
}

// An option that is not repeatable given twice.
void tst_CliOptions::twice()
{
    QFETCH(QString, words);
    const Cli::Command &c = command(words);
    for (const Cli::Option &o : c.options) {
        if (o.occurs == Cli::Occurs::Repeatable)
            continue;
        QStringList once = {QStringLiteral("--") + QLatin1String(o.name)};
        if (!o.isFlag())
            once << QStringLiteral("x");
        const CliResult r = runCli(commandWords(c) << once << once);
        CLI_EXIT(r, 2);
        QVERIFY2(r.err.contains(once.first() + QLatin1Char(' ')), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("only once")), qPrintable(r.err));
        return;
    }
    QSKIP("Every option of the command may be repeated, or it has none.");
}

// Words and values the tool refuses before it opens anything.
void tst_CliOptions::usage()
{
    CliResult r = runCli({});
    CLI_EXIT(r, 2);
    QVERIFY(r.out.contains(QLatin1String("trial-balance")));
    r = runCli({QStringLiteral("frobnicate")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    r = runCli({QStringLiteral("user"), QStringLiteral("frobnicate")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("help user")), qPrintable(r.err));
    // help GROUP lists the group's commands, and only those.
    r = runCli({QStringLiteral("help"), QStringLiteral("user")});
    CLI_EXIT(r, 0);
    QVERIFY2(r.out.contains(QLatin1String("\n  user disable ")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("journal")), qPrintable(r.out));
    r = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
    CLI_EXIT(r, 2);
    r = runCli({QStringLiteral("help"), QStringLiteral("user"), QStringLiteral("add"),
                QStringLiteral("x")});
    CLI_EXIT(r, 2);
    r = runCli({QStringLiteral("trial-balance"), QStringLiteral("--bogus")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--bogus")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("trial-balance --help")), qPrintable(r.err));
    r = runCli(
        {QStringLiteral("trial-balance"), QStringLiteral("--format"), QStringLiteral("xml")});
    CLI_EXIT(r, 2);
    // --format belongs to the commands that print tables (before or after the command).
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--format"),
                QStringLiteral("csv")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--format")), qPrintable(r.err));
    r = runCli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("audit"),
                QStringLiteral("verify")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--format")), qPrintable(r.err));
    r = runCli({QStringLiteral("--format=json"), QStringLiteral("trial-balance"),
                QStringLiteral("--format"), QStringLiteral("csv")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("only once")), qPrintable(r.err));
    r = runCli({QStringLiteral("--bogus"), QStringLiteral("journal")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("--bogus")), qPrintable(r.err));
    // Arguments: too few and too many, each named.
    r = runCli({QStringLiteral("debtor"), QStringLiteral("link"), QStringLiteral("NORD")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("debtor link needs CLIENT")), qPrintable(r.err));
    r = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("now")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"now\"")), qPrintable(r.err));
    // A required option, named as the table declares it.
    r = runCli({QStringLiteral("schedule"), QStringLiteral("reject"), QStringLiteral("S-1")});
    CLI_EXIT(r, 2);
    QVERIFY2(r.err.contains(QLatin1String("schedule reject needs --reason TEXT")),
             qPrintable(r.err));
    r = runCli({QStringLiteral("journal"), QStringLiteral("--help")});
    CLI_EXIT(r, 0);
    QVERIFY(r.out.contains(QLatin1String("--from")));
}

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_cli_options.moc"
