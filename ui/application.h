#pragma once

namespace FactorDesk {
// The desktop program: parses its options, opens (or creates) the database, shows the login
// dialog and then the main window. Returns the process exit code.
int runDesktop(int argc, char *argv[]);
} // namespace FactorDesk
