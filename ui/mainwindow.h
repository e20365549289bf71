#pragma once

#include "appcontext.h"

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSplitter;
class QLabel;

namespace FactorDesk {

class Error;

// The main window: a navigation sidebar on the left, the current view on the right, menus
// with shortcuts, a status bar naming the user and the database. Views are added by area
// (see views.h); the window itself knows none of them, so it stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    AppContext &context() { return m_context; }

    // Adds a view to the sidebar and the View menu. `key` is stable (used for the remembered
    // layout and by tests); the view is shown only to users holding one of `visibleTo`.
    // A view with a public slot "refresh()" gets it called each time it is shown.
    void addView(const QString &key, const QString &title, QWidget *view,
                 Roles visibleTo = Roles(Role::Clerk) | Role::Analyst | Role::Manager | Role::Admin,
                 const QKeySequence &shortcut = {});
    // The sidebar and menu icon of a view (before or after addView); a plain page otherwise.
    void setViewIcon(const QString &key, const QIcon &icon);
    // Shows the view with that key; false when there is none (or the user may not see it).
    bool showView(const QString &key);
    QWidget *view(const QString &key) const;
    QStringList viewKeys() const;
    QString currentViewKey() const;

    // True after File → Sign out: the program asks for the next user instead of quitting.
    bool signOutRequested() const { return m_signOut; }
    // The views the user sees with their shortcuts, in sidebar order (for Help → Keyboard
    // shortcuts and its test).
    QList<QPair<QString, QKeySequence>> viewShortcuts() const;

    // Reports an error as a sentence a clerk understands; nothing typed is lost.
    static void showError(QWidget *parent, const Error &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry;
    void buildMenus();
    void showShortcuts();
    void backUp();
    void restoreLayout();
    void saveLayout();
    QIcon defaultIcon() const;

    AppContext m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QHash<QString, QIcon> m_viewIcons;
    QLabel *m_userLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QList<Entry *> m_entries;
    bool m_signOut = false;
};

} // namespace FactorDesk
