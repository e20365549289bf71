// The views of collections: Cash posting (receipts from bank files and typed in, and their
// application to invoices).
#include "cashpostingview.h"
#include "mainwindow.h"
#include "views.h"

#include <QStyle>

namespace FactorDesk {

void addReceiptViews(MainWindow &window)
{
    const AppContext &context = window.context();
    window.setViewIcon(QStringLiteral("cash-posting"),
                       window.style()->standardIcon(QStyle::SP_DialogSaveButton));
    // Clerks and managers post; analysts read (the view disables what they may not do).
    window.addView(QStringLiteral("cash-posting"), MainWindow::tr("Cash posting"),
                   new CashPostingView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

} // namespace FactorDesk
