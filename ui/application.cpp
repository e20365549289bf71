#include "application.h"

#include "books.h"
#include "error.h"
#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "userservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <optional>

// The build may pass the project version; the fallback matches CMakeLists.txt's project().
#ifndef FACTORDESK_VERSION
#define FACTORDESK_VERSION "0.1.0"
#endif

namespace FactorDesk {

namespace {

// The translation context of the program's own messages (outside any window class).
class Application
{
    Q_DECLARE_TR_FUNCTIONS(FactorDesk::Application)
};

void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English is the source language, but its file carries the plural forms ("1 line",
    // "2 lines"), so it is the fallback for locales without a translation of their own.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("factordesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/factordesk_en")))
        QApplication::installTranslator(own);
}

void refuse(const QString &message)
{
    QMessageBox::critical(nullptr, Application::tr("FactorDesk"), message);
}

// The first start on a new database: asks for the administrator and the currency, then
// creates the books in one go. Returns the new database and signs the administrator in, or
// nullptr when the user gave up.
std::optional<Books> createBooks(const QString &spec, Session *session)
{
    const QString name = Books::displayName(spec);
    FirstRunDialog dialog(name);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            Books books =
                Books::create(spec, NewBooks{dialog.username(), dialog.password(),
                                             dialog.fullName(), dialog.currency().code()});
            *session = UserService(books.db()).login(dialog.username(), dialog.password());
            return books;
        } catch (const Error &e) {
            // Nothing was created; the dialog keeps what was typed for another try.
            MainWindow::showError(&dialog, e);
        }
    }
    return std::nullopt;
}

} // namespace

int runDesktop(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FactorDesk"));
    QApplication::setApplicationName(QStringLiteral("FactorDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FACTORDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("FactorDesk"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Application::tr("FactorDesk: the back office of a factoring house."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        Application::tr(
            "The database: an SQLite file, or postgresql://user@host:port/dbname. Default: "
            "$FACTORDESK_DB, else %1.")
            .arg(Books::defaultLocation()),
        Application::tr("PATH|URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        Application::tr("The user name to fill in at sign-in."),
                                        Application::tr("NAME"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.process(app);

    QString spec = parser.value(dbOption);
    if (spec.isEmpty())
        spec = qEnvironmentVariable("FACTORDESK_DB");
    if (spec.isEmpty())
        spec = Books::defaultLocation();

    std::optional<Books> books;
    Session session;
    try {
        if (Books::exists(spec)) {
            books = Books::open(spec);
        } else {
            books = createBooks(spec, &session);
            if (!books)
                return 0;
        }
    } catch (const Error &e) {
        // A foreign, damaged or newer file is left exactly as it was.
        refuse(Application::tr("FactorDesk cannot open %1.\n\n%2")
                   .arg(Books::displayName(spec), e.message()));
        return 1;
    }

    // One desk, several users: signing out returns to the sign-in, quitting ends the program.
    QString lastUser = parser.value(userOption);
    for (;;) {
        if (session.username().isEmpty()) {
            LoginDialog login(books->db(), lastUser);
            if (login.exec() != QDialog::Accepted)
                return 0;
            session = login.session();
        }
        MainWindow window(AppContext{&books->db(), session});
        window.show();
        const int rc = app.exec();
        if (!window.signOutRequested())
            return rc;
        lastUser.clear();
        session = Session();
    }
}

} // namespace FactorDesk
