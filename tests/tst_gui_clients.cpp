#include "agreementdialog.h"
#include "agreementhistorymodel.h"
#include "agreementservice.h"
#include "clientdialog.h"
#include "clientservice.h"
#include "clientsview.h"
#include "clienttablemodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <functional>

using namespace FactorDesk;
using Test::TestBooks;

namespace {

// Runs `act` on the modal dialog of type D as soon as it is open (exec() blocks the caller).
template <typename D> void whenModal(std::function<void(D *)> act, bool *ran)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, ran, tries] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 300)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            *ran = true;
            act(dialog);
        }
    });
    timer->start();
}

void type(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickSave(QDialogButtonBox *buttons)
{
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addClient(TestBooks &books, const QString &code, const QString &name)
{
    Client c;
    c.code = code;
    c.name = name;
    return ClientService(books.db()).add(books.clerk, c);
}

AppContext as(TestBooks &books, const Session &who)
{
    return AppContext{&books.db(), who};
}

} // namespace

class tst_GuiClients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newClientThroughTheView();
    void badIbanKeepsTheDialogOpen();
    void agreementThroughTheDialogs();
    void agreementAmountsInTheUsersLocale();
    void rolesInTheDialogs();
    void searchSortAndOpen();
};

void tst_GuiClients::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2026-08-15");
}

void tst_GuiClients::newClientThroughTheView()
{
    TestBooks books;
    ClientsView view(as(books, books.clerk));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.addButton()->isEnabled());
    QString feedback;
    bool ran = false;
    whenModal<ClientDialog>(
        [&](ClientDialog *dialog) {
            type(dialog, "code", QStringLiteral("NORD"));
            type(dialog, "name", QStringLiteral("Nordstahl Metallbau GmbH"));
            type(dialog, "bankAccount", QStringLiteral("de89 3704 0044 0532 0130 00"));
            type(dialog, "email", QStringLiteral("j.petersen@nordstahl.example"));
            feedback = dialog->ibanFeedback()->text();
            clickSave(dialog->buttons());
        },
        &ran);
    QTest::mouseClick(view.addButton(), Qt::LeftButton);
    QVERIFY(ran);
    QVERIFY2(feedback.contains(QLatin1String("valid IBAN")), qPrintable(feedback));
    QCOMPARE(view.model()->rowCount(), 1);
    const Client c = ClientService(books.db()).byCode(QStringLiteral("NORD"));
    QCOMPARE(c.bankAccount, QStringLiteral("DE89370400440532013000"));
    QCOMPARE(c.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(view.table()->selectionModel()->selectedRows().size(), 1);
}

void tst_GuiClients::badIbanKeepsTheDialogOpen()
{
    TestBooks books;
    ClientDialog dialog(as(books, books.clerk), 0);
    dialog.show();
    type(&dialog, "code", QStringLiteral("ACME"));
    type(&dialog, "name", QStringLiteral("Acme"));
    type(&dialog, "bankAccount", QStringLiteral("DE89 3704 0044 0532 0130 01"));
    QVERIFY2(dialog.ibanFeedback()->text().contains(QLatin1String("check digits")),
             qPrintable(dialog.ibanFeedback()->text()));
    clickSave(dialog.buttons());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QLatin1String("bank account")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(ClientService(books.db()).list().isEmpty());

    // Free text is fine, and the dialog says so.
    type(&dialog, "bankAccount", QStringLiteral("Acct 445566 / Sort 20-00-00"));
    QVERIFY2(dialog.ibanFeedback()->text().contains(QLatin1String("Not an IBAN")),
             qPrintable(dialog.ibanFeedback()->text()));
    clickSave(dialog.buttons());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ClientService(books.db()).byCode(QStringLiteral("acme")).bankAccount,
             QStringLiteral("Acct 445566 / Sort 20-00-00"));
}

void tst_GuiClients::agreementThroughTheDialogs()
{
    TestBooks books;
    const qint64 id =
        addClient(books, QStringLiteral("WEST"), QStringLiteral("Druckhaus Westfalen"));
    ClientDialog dialog(as(books, books.manager), id);
    dialog.show();
    QVERIFY(dialog.newVersionButton()->isEnabled());
    QCOMPARE(dialog.historyModel()->rowCount(), 0);

    QString refusal;
    bool refusedStayedOpen = false;
    bool ran = false;
    whenModal<AgreementDialog>(
        [&](AgreementDialog *editor) {
            editor->fromEdit()->setDate(d("2026-01-01"));
            type(editor, "advance", QStringLiteral("101"));
            clickSave(editor->buttons());
            refusal = editor->fieldError(QStringLiteral("advance"))->text();
            refusedStayedOpen =
                editor->isVisible() && !editor->fieldError(QStringLiteral("advance"))->isHidden();
            type(editor, "advance", QStringLiteral("90"));
            type(editor, "commission", QStringLiteral("1.5"));
            type(editor, "discount-tiers", QStringLiteral("30:1.5,10:0.5"));
            type(editor, "facility", QStringLiteral("500000"));
            QTest::mouseClick(editor->findChild<QCheckBox *>(QStringLiteral("recourse")),
                              Qt::LeftButton, {}, QPoint(5, 5));
            clickSave(editor->buttons());
        },
        &ran);
    QTest::mouseClick(dialog.newVersionButton(), Qt::LeftButton);
    QVERIFY(ran);
    QVERIFY(refusedStayedOpen);
    QVERIFY2(refusal.contains(QLatin1String("advance rate")), qPrintable(refusal));

    AgreementService service(books.db());
    auto terms = service.inForce(id, d("2026-01-01"));
    QVERIFY(terms);
    QCOMPARE(terms->advanceRate, *Rate::parsePercent(QStringLiteral("90")));
    QCOMPARE(terms->commissionRate, *Rate::parsePercent(QStringLiteral("1.5")));
    QCOMPARE(terms->facilityLimit, Money::fromMinor(50000000, Currency(QStringLiteral("EUR"))));
    QCOMPARE(terms->recourse, false);
    QCOMPARE(Agreement::tiersToString(terms->discountTiers), QStringLiteral("30:1.5,10:0.5"));
    QCOMPARE(terms->createdBy, QStringLiteral("manager"));
    QCOMPARE(dialog.historyModel()->rowCount(), 1);
    auto *advanceShown = dialog.findChild<QLabel *>(QStringLiteral("term-advance"));
    QVERIFY(advanceShown);
    QCOMPARE(advanceShown->text(), QStringLiteral("90 %"));

    // A second version mid-year: the editor starts from the first one.
    ran = false;
    QString startedWith;
    whenModal<AgreementDialog>(
        [&](AgreementDialog *editor) {
            startedWith =
                qobject_cast<QLineEdit *>(editor->editor(QStringLiteral("commission")))->text();
            editor->fromEdit()->setDate(d("2026-07-01"));
            type(editor, "advance", QStringLiteral("85"));
            clickSave(editor->buttons());
        },
        &ran);
    QTest::mouseClick(dialog.newVersionButton(), Qt::LeftButton);
    QVERIFY(ran);
    QCOMPARE(startedWith, QStringLiteral("1.5"));
    QCOMPARE(dialog.historyModel()->rowCount(), 2);
    QCOMPARE(service.inForce(id, d("2026-06-30"))->advanceRate,
             *Rate::parsePercent(QStringLiteral("90")));
    QCOMPARE(service.inForce(id, d("2026-07-01"))->advanceRate,
             *Rate::parsePercent(QStringLiteral("85")));
    QCOMPARE(service.inForce(id, d("2026-07-01"))->commissionRate,
             *Rate::parsePercent(QStringLiteral("1.5")));
    const QString changes = dialog.changesLabel()->text();
    QVERIFY2(changes.contains(QStringLiteral("90 % → 85 %")), qPrintable(changes));

    // A version on an existing date is refused next to the date.
    ran = false;
    QString dateRefusal;
    whenModal<AgreementDialog>(
        [&](AgreementDialog *editor) {
            editor->fromEdit()->setDate(d("2026-07-01"));
            clickSave(editor->buttons());
            dateRefusal = editor->fieldError(QStringLiteral("from"))->text();
            editor->reject();
        },
        &ran);
    QTest::mouseClick(dialog.newVersionButton(), Qt::LeftButton);
    QVERIFY(ran);
    QVERIFY2(dateRefusal.contains(QLatin1String("2026-07-01")), qPrintable(dateRefusal));
    QCOMPARE(service.history(id).size(), 2);
}

// Amounts are read in the user's locale only, with the client's decimals: German group dots
// are thousands, a decimal comma in yen is refused at the field, a C-style "1500.5" too.
void tst_GuiClients::agreementAmountsInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    TestBooks books;
    Client c;
    c.code = QStringLiteral("SAKURA");
    c.name = QStringLiteral("Sakura Trading KK");
    c.currency = Currency(QStringLiteral("JPY"));
    c.id = ClientService(books.db()).add(books.clerk, c);
    const Client client = ClientService(books.db()).get(c.id);
    AgreementDialog editor(as(books, books.manager), client);
    editor.show();
    editor.fromEdit()->setDate(d("2026-01-01"));
    const auto refused = [&](const char *key, const QString &text) {
        type(&editor, key, text);
        clickSave(editor.buttons());
        const QLabel *error = editor.fieldError(QString::fromLatin1(key));
        return editor.isVisible() && !error->isHidden() ? error->text() : QString();
    };
    const QString sen = refused("facility", QStringLiteral("5000000,5"));
    QVERIFY2(sen.contains(QLatin1String("Facility limit")) && sen.contains(QLatin1String("JPY")),
             qPrintable(sen));
    type(&editor, "facility", QStringLiteral("5.000.000"));
    const QString cStyle = refused("min-fee", QStringLiteral("1500.5"));
    QVERIFY2(cStyle.contains(QLatin1String("Minimum fee")), qPrintable(cStyle));
    QCOMPARE(AgreementService(books.db()).history(client.id).size(), 0);
    type(&editor, "min-fee", QStringLiteral("30.000"));
    clickSave(editor.buttons());
    QVERIFY(editor.savedId() > 0);
    const auto terms = AgreementService(books.db()).inForce(client.id, d("2026-01-01"));
    QVERIFY(terms);
    const Currency yen(QStringLiteral("JPY"));
    QCOMPARE(terms->facilityLimit, Money::fromMinor(5000000, yen));
    QCOMPARE(terms->minimumFee, Money::fromMinor(30000, yen));
    QLocale::setDefault(before);
}

void tst_GuiClients::rolesInTheDialogs()
{
    TestBooks books;
    const qint64 id = addClient(books, QStringLiteral("ROLE"), QStringLiteral("Roles GmbH"));
    {
        ClientDialog clerk(as(books, books.clerk), id);
        QVERIFY(!clerk.newVersionButton()->isEnabled());
        QVERIFY(clerk.buttons()->button(QDialogButtonBox::Save));
        QVERIFY(clerk.findChild<QLineEdit *>(QStringLiteral("name"))->isEnabled());
    }
    {
        ClientDialog analyst(as(books, books.analyst), id);
        QVERIFY(!analyst.newVersionButton()->isEnabled());
        QVERIFY(!analyst.buttons()->button(QDialogButtonBox::Save));
        QVERIFY(analyst.buttons()->button(QDialogButtonBox::Close));
        QVERIFY(!analyst.findChild<QLineEdit *>(QStringLiteral("name"))->isEnabled());
        ClientsView view(as(books, books.analyst));
        QVERIFY(!view.addButton()->isEnabled());
    }
    {
        Client client = ClientService(books.db()).get(id);
        AgreementDialog editor(as(books, books.clerk), client);
        QVERIFY(!editor.buttons()->button(QDialogButtonBox::Save)->isEnabled());
    }
    {
        ClientDialog fresh(as(books, books.manager), 0);
        QVERIFY(!fresh.newVersionButton()->isEnabled()); // save the client first
    }
}

void tst_GuiClients::searchSortAndOpen()
{
    TestBooks books;
    addClient(books, QStringLiteral("NORD"), QStringLiteral("Nordstahl Metallbau"));
    addClient(books, QStringLiteral("BAV"), QStringLiteral("Bavaria Feinkost"));
    addClient(books, QStringLiteral("RHEIN"), QStringLiteral("Rheintex Textil"));
    ClientsView view(as(books, books.manager));
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.proxy()->rowCount(), 3);
    QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("BAV"));

    QTest::keyClicks(view.searchEdit(), QStringLiteral("STAHL"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("NORD"));
    view.searchEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), 3);

    view.table()->sortByColumn(int(ClientTableModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("RHEIN"));

    // Double-click opens the client.
    QString title;
    bool ran = false;
    whenModal<ClientDialog>(
        [&](ClientDialog *dialog) {
            title = dialog->windowTitle();
            dialog->reject();
        },
        &ran);
    const QRect cell = view.table()->visualRect(view.proxy()->index(0, 1));
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(ran);
    QVERIFY2(title.contains(QLatin1String("RHEIN")), qPrintable(title));
}

QTEST_MAIN(tst_GuiClients)
#include "tst_gui_clients.moc"
