#include "invoicesview.h"
#include "mainwindow.h"
#include "schedulesview.h"
#include "views.h"

#include <QAction>
#include <QCoreApplication>

namespace FactorDesk {

// The views of issue 4: Schedules (with "New purchase…", also on Ctrl+Shift+N anywhere in the
// main window) and Invoices.
void addScheduleViews(MainWindow &window)
{
    const AppContext &context = window.context();
    auto *schedules = new SchedulesView(context);
    window.addView(QStringLiteral("schedules"),
                   QCoreApplication::translate("FactorDesk::SchedulesView", "Schedules"), schedules,
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_9));
    window.addView(QStringLiteral("invoices"),
                   QCoreApplication::translate("FactorDesk::InvoicesView", "Invoices"),
                   new InvoicesView(context),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_0));
    if (context.session.hasAny(Roles(Role::Clerk) | Role::Manager)) {
        auto *purchase = new QAction(
            QCoreApplication::translate("FactorDesk::SchedulesView", "New &purchase…"), &window);
        purchase->setObjectName(QStringLiteral("newPurchaseAction"));
        purchase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        purchase->setShortcutContext(Qt::WindowShortcut);
        QObject::connect(purchase, &QAction::triggered, schedules, [&window, schedules] {
            window.showView(QStringLiteral("schedules"));
            schedules->newPurchase();
        });
        window.addAction(purchase);
    }
}

} // namespace FactorDesk
