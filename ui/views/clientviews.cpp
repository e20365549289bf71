// The views of the clients area: Clients (with the client and agreement dialogs).
#include "clientsview.h"
#include "mainwindow.h"
#include "views.h"

#include <QStyle>

namespace FactorDesk {

void addClientViews(MainWindow &window)
{
    window.setViewIcon(QStringLiteral("clients"),
                       window.style()->standardIcon(QStyle::SP_DirHomeIcon));
    window.addView(QStringLiteral("clients"), MainWindow::tr("Clients"),
                   new ClientsView(window.context(), &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_5));
}

} // namespace FactorDesk
