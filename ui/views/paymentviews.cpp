// The views of payments to clients: Payments (due, sent and executed, and the payment runs).
#include "mainwindow.h"
#include "paymentsview.h"
#include "views.h"

#include <QStyle>

namespace FactorDesk {

void addPaymentViews(MainWindow &window)
{
    window.setViewIcon(QStringLiteral("payments"),
                       window.style()->standardIcon(QStyle::SP_ArrowForward));
    window.addView(QStringLiteral("payments"), MainWindow::tr("Payments"),
                   new PaymentsView(window.context(), &window), Roles(Role::Manager),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

} // namespace FactorDesk
