#include "application.h"

#include <QApplication>

namespace FactorDesk {

int runDesktop(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace FactorDesk
