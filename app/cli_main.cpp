#include "cli.h"

int main(int argc, char *argv[])
{
    return FactorDesk::Cli::run(argc, argv);
}
