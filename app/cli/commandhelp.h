#pragma once

#include <QList>
#include <QString>

namespace FactorDesk::Cli {

struct Command;

// The help of factordesk-cli, written from the option tables (never by hand, so that it says
// exactly what Args accepts).
namespace CommandHelp {

// "Usage: factordesk-cli [--db PATH|URL] [--user NAME] WORDS ARGUMENTS [OPTIONS]", wrapped.
QString usage(const Command &command);
// The usage, the summary and every option with its help: COMMAND --help and help COMMAND.
QString command(const Command &command);
// The commands with their summaries: help GROUP ("help user").
QString list(const QList<Command> &commands);
// The global options and every command with its summary: help.
QString overview(const QList<Command> &commands);

} // namespace CommandHelp

} // namespace FactorDesk::Cli
