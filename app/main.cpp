#include "application.h"

int main(int argc, char *argv[])
{
    return FactorDesk::runDesktop(argc, argv);
}
