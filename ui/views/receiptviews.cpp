// The views of collections: Cash posting (receipts from bank files and typed in, and their
// application to invoices) and Disputes (deductions and disputes, and how they ended).
#include "cashpostingview.h"
#include "disputesview.h"
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
    window.setViewIcon(QStringLiteral("disputes"),
                       window.style()->standardIcon(QStyle::SP_MessageBoxWarning));
    window.addView(QStringLiteral("disputes"), MainWindow::tr("Disputes"),
                   new DisputesView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
}

} // namespace FactorDesk
