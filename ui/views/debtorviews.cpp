// The views of the debtors and credit area: Debtors, Credit (the analysts' workspace) and
// Order approvals, and the Collections worklist.
#include "collectionsview.h"
#include "creditview.h"
#include "debtorsview.h"
#include "mainwindow.h"
#include "orderapprovalsview.h"
#include "views.h"

#include <QStyle>

namespace FactorDesk {

void addDebtorViews(MainWindow &window)
{
    const AppContext &context = window.context();
    QStyle *style = window.style();

    window.setViewIcon(QStringLiteral("debtors"), style->standardIcon(QStyle::SP_DirIcon));
    window.addView(QStringLiteral("debtors"), MainWindow::tr("Debtors"),
                   new DebtorsView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_6));

    // Clerks request limits from the debtor dialog; the queue is the analysts' (managers
    // look on, read-only: only analysts decide).
    window.setViewIcon(QStringLiteral("credit"),
                       style->standardIcon(QStyle::SP_MessageBoxQuestion));
    window.addView(QStringLiteral("credit"), MainWindow::tr("Credit"),
                   new CreditView(context, &window), Roles(Role::Analyst) | Role::Manager,
                   QKeySequence(Qt::CTRL | Qt::Key_7));

    window.setViewIcon(QStringLiteral("order-approvals"),
                       style->standardIcon(QStyle::SP_DialogApplyButton));
    window.addView(QStringLiteral("order-approvals"), MainWindow::tr("Order approvals"),
                   new OrderApprovalsView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager,
                   QKeySequence(Qt::CTRL | Qt::Key_8));

    // The collectors' worklist: everyone who chases debtors writes notes there; admins do not.
    window.setViewIcon(QStringLiteral("collections"),
                       style->standardIcon(QStyle::SP_FileDialogDetailedView));
    window.addView(QStringLiteral("collections"), MainWindow::tr("Collections"),
                   new CollectionsView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
}

} // namespace FactorDesk
