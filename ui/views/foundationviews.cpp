// The views of the foundation: Journal, Trial balance, Users and Settings (administrators),
// Audit log.
#include "auditview.h"
#include "journalview.h"
#include "mainwindow.h"
#include "settingsview.h"
#include "trialbalanceview.h"
#include "usersview.h"
#include "views.h"

#include <QStyle>

namespace FactorDesk {

void addFoundationViews(MainWindow &window)
{
    const AppContext &context = window.context();
    QStyle *style = window.style();

    window.setViewIcon(QStringLiteral("journal"),
                       style->standardIcon(QStyle::SP_FileDialogDetailedView));
    window.addView(QStringLiteral("journal"), MainWindow::tr("Journal"),
                   new JournalView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_1));

    window.setViewIcon(QStringLiteral("trial-balance"),
                       style->standardIcon(QStyle::SP_FileDialogListView));
    window.addView(QStringLiteral("trial-balance"), MainWindow::tr("Trial balance"),
                   new TrialBalanceView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_2));

    window.setViewIcon(QStringLiteral("users"), style->standardIcon(QStyle::SP_DirHomeIcon));
    window.addView(QStringLiteral("users"), MainWindow::tr("Users"),
                   new UsersView(context, &window), Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_3));

    window.setViewIcon(QStringLiteral("audit"),
                       style->standardIcon(QStyle::SP_FileDialogContentsView));
    window.addView(QStringLiteral("audit"), MainWindow::tr("Audit log"),
                   new AuditView(context, &window),
                   Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_4));

    window.setViewIcon(QStringLiteral("settings"),
                       style->standardIcon(QStyle::SP_FileDialogInfoView));
    window.addView(QStringLiteral("settings"), MainWindow::tr("Settings"),
                   new SettingsView(context, &window), Role::Admin,
                   QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

} // namespace FactorDesk
