// The statement dialog driven offscreen on the demo books: the default period (the month before
// the business date), the print preview rendering pages, Save PDF, and the batch of statements
// written without questions when given a folder; the Clients view's Statement action.
#include "books.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clientsview.h"
#include "demodata.h"
#include "statementdialog.h"
#include "testsupport.h"
#include "userservice.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QPrintPreviewWidget>
#include <QTableView>
#include <QtTest>

using namespace FactorDesk;
using Test::TestBooks;

class tst_GuiStatement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialog();
    void batch();
    void clientsViewAction();

private:
    std::unique_ptr<Test::ScratchDatabase> m_scratch;
    std::unique_ptr<Books> m_demo;
    AppContext m_context;
    qint64 m_clientId = 0;
};

void tst_GuiStatement::initTestCase()
{
    // The demo books as `init --demo` makes them, with their own users.
    m_scratch = std::make_unique<Test::ScratchDatabase>();
    m_demo = std::make_unique<Books>(Books::create(
        m_scratch->spec(), NewBooks{QStringLiteral("admin"), QStringLiteral("secret1"), {}, {}},
        [](Database &db, const Session &admin) { DemoData::seed(db, admin); }));
    m_context.db = &m_demo->db();
    m_context.session =
        UserService(m_demo->db()).login(QStringLiteral("manager"), DemoData::password());
    const QList<Client> clients = ClientService(m_demo->db()).list();
    QVERIFY(!clients.isEmpty());
    m_clientId = clients.first().id;
}

void tst_GuiStatement::dialog()
{
    StatementDialog d(m_context, m_clientId);
    const QDate today = BusinessCalendar(m_demo->db()).today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    QCOMPARE(d.fromEdit()->date(), first);
    QCOMPARE(d.toEdit()->date(), first.addMonths(1).addDays(-1));
    QCOMPARE(d.asOfEdit()->date(), d.toEdit()->date());
    // A whole year, so that there is something to show.
    d.fromEdit()->setDate(QDate(today.year() - 1, 1, 1));
    d.toEdit()->setDate(today);
    QCOMPARE(d.asOfEdit()->date(), today);
    QVERIFY(d.statement().ties());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.preview()->updatePreview();
    QTRY_VERIFY(d.pageCount() > 0);
    const QImage shot = d.grab().toImage();
    QVERIFY(!shot.isNull());
    // The preview is not a blank page: some pixels are dark (the text).
    int dark = 0;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            dark += qGray(shot.pixel(x, y)) < 100;
    QVERIFY(dark > 50);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.pdf"));
    QVERIFY(d.savePdf(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(5), QByteArray("%PDF-"));
}

void tst_GuiStatement::batch()
{
    QTemporaryDir dir;
    const int written = StatementDialog::runBatch(nullptr, m_context, dir.path(), QDate(2026, 1, 1),
                                                  QDate(2026, 1, 31));
    int active = 0;
    for (const Client &c : ClientService(m_demo->db()).list())
        active += c.status == ClientStatus::Active;
    QCOMPARE(written, active);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), active);
}

void tst_GuiStatement::clientsViewAction()
{
    ClientsView view(m_context);
    QVERIFY(!view.statementAction()->isEnabled());
    view.table()->selectRow(0);
    QVERIFY(view.statementAction()->isEnabled());
    QVERIFY(view.table()->actions().contains(view.statementAction()));
}

QTEST_MAIN(tst_GuiStatement)
#include "tst_gui_statement.moc"
