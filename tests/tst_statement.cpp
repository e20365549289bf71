// The client statement read from the journal (docs/domain.md §8, §13), on SQLite and
// PostgreSQL: a worked case to the cent, as-of dates, aging, and the statement's totals tied to
// the journal on the demo books for every client and every month.
#include "agreementservice.h"
#include "books.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "clientstatementreport.h"
#include "clock.h"
#include "demodata.h"
#include "error.h"
#include "journalfixture.h"
#include "ledger.h"
#include "sqlquery.h"
#include "statementquery.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>
#include <tuple>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

// ACME, 60 % advance, and the life of one invoice of 100,000.00 bought on 2026-03-02.
struct Worked
{
    qint64 clientId = 0;
    qint64 invoice = 0;

    explicit Worked(TestBooks &books)
    {
        Client c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Tools Ltd");
        clientId = ClientService(books.db()).add(books.clerk, c);
        Agreement t = AgreementService::defaults();
        t.advanceRate = Rate::fromPpm(600000);
        t.commissionRate = Rate();
        AgreementService(books.db()).setTerms(books.manager, clientId, QDate(2026, 1, 1), t);
        invoice = seedInvoice(books.db(), 10000000, clientId);
        JournalService j(books.db());
        const auto post = [&](QDate date, const char *kind, QList<JournalLine> lines) {
            JournalEntry e;
            e.date = date;
            e.currency = EUR;
            e.kind = QString::fromLatin1(kind);
            e.clientId = clientId;
            if (e.kind == QLatin1String("purchase"))
                e.scheduleId = SqlQuery(books.db(), QStringLiteral("SELECT schedule_id FROM "
                                                                   "invoices WHERE id = ?"))
                                   .bind(invoice)
                                   .scalar()
                                   .toLongLong();
            for (JournalLine &l : lines) {
                if (l.account != Accounts::bank())
                    l.clientId = clientId;
                if (l.account == Accounts::factoredReceivables())
                    l.invoiceId = invoice;
            }
            e.lines = lines;
            j.post(books.manager, e);
        };
        post(QDate(2026, 3, 2), "purchase",
             {debit(Accounts::factoredReceivables(), 10000000),
              credit(Accounts::paymentsDue(), 6000000),
              credit(Accounts::clientReserves(), 4000000)});
        post(QDate(2026, 3, 3), "client_payment",
             {debit(Accounts::paymentsDue(), 6000000), credit(Accounts::bank(), 6000000)});
        post(QDate(2026, 3, 10), "receipt",
             {debit(Accounts::bank(), 3000000), credit(Accounts::factoredReceivables(), 3000000)});
        post(QDate(2026, 3, 12), "credit_note",
             {debit(Accounts::clientReserves(), 500000),
              credit(Accounts::factoredReceivables(), 500000)});
        post(QDate(2026, 3, 20), "chargeback",
             {debit(Accounts::clientReserves(), 1000000),
              debit(Accounts::recourseReceivable(), 500000),
              credit(Accounts::factoredReceivables(), 1500000)});
        post(QDate(2026, 3, 31), "interest",
             {debit(Accounts::clientReserves(), 12345), credit(Accounts::interestIncome(), 12345)});
    }
};

// The statement painted on an A4 PDF as writePdf paints it: the texts on each page.
QList<QStringList> pagesOf(const ClientStatement &s, const ReportParty &factor,
                           const QLocale &locale = QLocale())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<QStringList> pages;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(16, 12, 16, 10), QPageLayout::Millimeter));
    const int count = ClientStatementReport::paint(s, factor, writer, locale, &pages);
    if (count != pages.size())
        qWarning("paint() returned %d pages but painted %d", count, int(pages.size()));
    return pages;
}

QString allText(const QList<QStringList> &pages)
{
    QStringList all;
    for (const QStringList &page : pages)
        all << page.join(QLatin1Char('\n'));
    return all.join(QLatin1Char('\n'));
}

QList<qint64> minors(const StatementBalances &b)
{
    return {b.receivables.minor(), b.reserve.minor(), b.fundsEmployed.minor(), b.recourse.minor(),
            b.paymentsDue.minor()};
}

} // namespace

class tst_Statement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("FACTORDESK_TODAY", "2026-03-02"); }
    void workedCase_data() { addEngineRows(); }
    void workedCase();
    void asOfAndAging_data() { addEngineRows(); }
    void asOfAndAging();
    void refusals();
    void demoBooksTieOut_data() { addEngineRows(); }
    void demoBooksTieOut();
    void document();
    void pdfAndLongStatement();
    void pagesOfALongStatement();
    void csvAndJson();
};

void tst_Statement::workedCase()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Worked w(books);
    const ClientStatement s =
        StatementQuery(books.db())
            .statement(QStringLiteral("ACME"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(minors(s.opening), (QList<qint64>{0, 0, 0, 0, 0}));
    QCOMPARE(s.movements.size(), 6);
    const QStringList kinds = {QStringLiteral("purchase"),   QStringLiteral("client_payment"),
                               QStringLiteral("receipt"),    QStringLiteral("credit_note"),
                               QStringLiteral("chargeback"), QStringLiteral("interest")};
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(s.movements.at(i).kind, kinds.at(i));
    // Each movement's effect: receivables, reserve, funds employed, recourse, payments due.
    QCOMPARE(minors(s.movements.at(0).effect),
             (QList<qint64>{10000000, 4000000, 6000000, 0, 6000000}));
    QCOMPARE(minors(s.movements.at(1).effect), (QList<qint64>{0, 0, 0, 0, -6000000}));
    QCOMPARE(minors(s.movements.at(2).effect), (QList<qint64>{-3000000, 0, -3000000, 0, 0}));
    QCOMPARE(minors(s.movements.at(3).effect), (QList<qint64>{-500000, -500000, 0, 0, 0}));
    QCOMPARE(minors(s.movements.at(4).effect),
             (QList<qint64>{-1500000, -1000000, -500000, 500000, 0}));
    QCOMPARE(minors(s.movements.at(5).effect), (QList<qint64>{0, -12345, 12345, 0, 0}));
    QCOMPARE(s.movements.at(0).reference, QStringLiteral("Schedule JFX-1"));
    QVERIFY2(s.movements.at(2).reference.contains(QStringLiteral("JFX-1")),
             qPrintable(s.movements.at(2).reference));
    QCOMPARE(s.movements.at(1).kindLabel, QStringLiteral("Payment sent"));
    // 100,000.00 − 30,000.00 − 5,000.00 − 15,000.00; reserve 40,000.00 − 5,000.00 −
    // 10,000.00 − 123.45.
    QCOMPARE(minors(s.closing), (QList<qint64>{5000000, 2487655, 2512345, 500000, 0}));
    QCOMPARE(minors(s.totals), minors(s.closing));
    QVERIFY(s.ties());
    QCOMPARE(s.openInvoices.size(), 1);
    QCOMPARE(s.openInvoices.at(0).open.minor(), qint64(5000000));
    QCOMPARE(s.openInvoices.at(0).bucket, 0);
    QCOMPARE(s.openTotal.minor(), qint64(5000000));
    // 60 % of 50,000.00 eligible − 25,123.45 funds employed.
    QVERIFY(s.availability.hasTerms);
    QCOMPARE(s.availability.eligible.minor(), qint64(5000000));
    QCOMPARE(s.availability.available.minor(), qint64(3000000 - 2512345));

    // The journal's own figures for the client.
    JournalService j(books.db());
    QCOMPARE(j.balance(Accounts::factoredReceivables(), s.end, w.clientId), qint64(5000000));
    QCOMPARE(-j.balance(Accounts::clientReserves(), s.end, w.clientId), qint64(2487655));

    // The next month opens where March closed and has nothing in it.
    const ClientStatement april =
        StatementQuery(books.db()).statement(w.clientId, QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(minors(april.opening), minors(s.closing));
    QVERIFY(april.movements.isEmpty());
    QVERIFY(april.ties());
}

void tst_Statement::asOfAndAging()
{
    QFETCH(QString, engine);
    TestBooks books(engine);
    const Worked w(books);
    const StatementQuery q(books.db());
    const ClientStatement mid =
        q.statement(w.clientId, QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 3, 15));
    QCOMPARE(mid.asOf, QDate(2026, 3, 15));
    QCOMPARE(mid.end, QDate(2026, 3, 15));
    QCOMPARE(mid.movements.size(), 4);
    QCOMPARE(minors(mid.closing), (QList<qint64>{6500000, 3500000, 3000000, 0, 0}));
    QVERIFY(mid.ties());
    // Due 2026-05-01: on 2026-06-30 it is 60 days past due.
    const ClientStatement june = q.statement(w.clientId, QDate(2026, 6, 1), QDate(2026, 6, 30));
    QCOMPARE(june.openInvoices.size(), 1);
    QCOMPARE(june.openInvoices.at(0).daysPastDue, 60);
    QCOMPARE(june.openInvoices.at(0).bucket, 2);
    QCOMPARE(june.aging.amounts[2].minor(), qint64(5000000));
    // An as-of date before the period: nothing in it, closing is opening.
    const ClientStatement before =
        q.statement(w.clientId, QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 3, 1));
    QVERIFY(before.movements.isEmpty());
    QVERIFY(before.ties());
}

void tst_Statement::refusals()
{
    TestBooks books;
    const StatementQuery q(books.db());
    QVERIFY_THROWS_EXCEPTION(
        Error, q.statement(QStringLiteral("NOBODY"), QDate(2026, 3, 1), QDate(2026, 3, 31)));
    const Worked w(books);
    QVERIFY_THROWS_EXCEPTION(Error, q.statement(w.clientId, QDate(2026, 3, 31), QDate(2026, 3, 1)));
}

void tst_Statement::demoBooksTieOut()
{
    QFETCH(QString, engine);
    // The demo books as `init --demo` makes them (their own users).
    ScratchDatabase scratch(engine);
    Books demo = Books::create(
        scratch.spec(), NewBooks{QStringLiteral("admin"), QStringLiteral("secret1"), {}, {}},
        [](Database &db, const Session &admin) { DemoData::seed(db, admin); });
    struct
    {
        Database &d;
        Database &db() { return d; }
    } books{demo.db()};
    JournalService journal(books.db());
    SqlQuery range(books.db(), QStringLiteral("SELECT MIN(entry_date), MAX(entry_date) FROM "
                                              "journal_lines"));
    range.exec();
    QVERIFY(range.next());
    const QDate first = parseIsoDate(range.text(0));
    const QDate last = parseIsoDate(range.text(1));
    QVERIFY(first.isValid() && last.isValid());
    const StatementQuery q(books.db());
    int statements = 0;
    int movements = 0;
    const QList<Client> clients = ClientService(books.db()).list();
    QVERIFY(!clients.isEmpty());
    for (const Client &c : clients) {
        for (QDate month(first.year(), first.month(), 1); month <= last;
             month = month.addMonths(1)) {
            const QDate end = month.addMonths(1).addDays(-1);
            const ClientStatement s = q.statement(c.id, month, end);
            const QString where = c.code + QLatin1Char(' ') + isoDate(month);
            QVERIFY2(s.ties(), qPrintable(where));
            // Every balance is the journal's for the client at that date.
            const auto check = [&](const StatementBalances &b, QDate day) {
                const qint64 r = journal.balance(Accounts::factoredReceivables(), day, c.id);
                const qint64 v = journal.balance(Accounts::clientReserves(), day, c.id);
                QCOMPARE(b.receivables.minor(), r);
                QCOMPARE(b.reserve.minor(), -v);
                QCOMPARE(b.fundsEmployed.minor(), r + v);
                QCOMPARE(b.recourse.minor(),
                         journal.balance(Accounts::recourseReceivable(), day, c.id));
                QCOMPARE(b.paymentsDue.minor(),
                         -journal.balance(Accounts::paymentsDue(), day, c.id));
            };
            check(s.opening, month.addDays(-1));
            check(s.closing, end);
            // Each total is the journal's debit minus credit for the client and period.
            JournalFilter f;
            f.from = month;
            f.to = end;
            f.clientCode = c.code;
            f.account = Accounts::factoredReceivables();
            const auto [dr, cr] = journal.totals(f);
            QVERIFY2(s.totals.receivables.minor() == dr - cr, qPrintable(where));
            f.account = Accounts::clientReserves();
            const auto [rdr, rcr] = journal.totals(f);
            QVERIFY2(s.totals.reserve.minor() == rcr - rdr, qPrintable(where));
            ++statements;
            movements += int(s.movements.size());
        }
    }
    QVERIFY(statements > 0);
    QVERIFY2(movements > 0, "the demo books have movements");
}

void tst_Statement::document()
{
    TestBooks books;
    const Worked w(books);
    const ClientStatement s =
        StatementQuery(books.db())
            .statement(QStringLiteral("ACME"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString text = allText(pagesOf(s, PurchaseAdvice::factor(books.db()), uk));
    for (const char *expected :
         {"Client statement", "Acme Tools Ltd", "Opening balance", "Closing balance",
          "Schedule JFX-1", "Chargeback", "Credit note", "Interest", "Payment sent", "50,000.00",
          "24,876.55", "25,123.45", "-123.45", "Aging by days past due", "Available to draw"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void tst_Statement::pdfAndLongStatement()
{
    TestBooks books;
    const Worked w(books);
    // A long month: 300 more collections of 1.00 each.
    JournalService j(books.db());
    for (int i = 0; i < 300; ++i) {
        JournalEntry e;
        e.date = QDate(2026, 4, 1 + i % 30);
        e.currency = EUR;
        e.kind = QStringLiteral("receipt");
        e.lines = {debit(Accounts::bank(), 100), credit(Accounts::factoredReceivables(), 100)};
        e.lines[1].clientId = w.clientId;
        e.lines[1].invoiceId = w.invoice;
        j.post(books.manager, e);
    }
    QTemporaryDir dir;
    const ReportParty factor = PurchaseAdvice::factor(books.db());
    const StatementQuery q(books.db());
    for (const auto &[from, to, name] :
         {std::tuple{QDate(2026, 3, 1), QDate(2026, 3, 31), "statement-march.pdf"},
          std::tuple{QDate(2026, 3, 1), QDate(2026, 4, 30), "statement-long.pdf"}}) {
        const ClientStatement s = q.statement(w.clientId, from, to);
        QVERIFY(s.ties());
        const QString path = dir.filePath(QLatin1String(name));
        ClientStatementReport::writePdf(s, factor, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
        // Only the finished file is in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QLatin1String(name)).size(), 1);
        const QString keep = qEnvironmentVariable("FACTORDESK_KEEP_REPORTS");
        if (!keep.isEmpty()) {
            QFile::remove(keep + QLatin1Char('/') + QLatin1String(name));
            QFile::copy(path, keep + QLatin1Char('/') + QLatin1String(name));
        }
    }
    const ClientStatement longOne = q.statement(w.clientId, QDate(2026, 3, 1), QDate(2026, 4, 30));
    QVERIFY(allText(pagesOf(longOne, factor)).contains(QStringLiteral("Total of 306 movement")));
    QVERIFY_THROWS_EXCEPTION(Error, ClientStatementReport::writePdf(
                                        longOne, factor, QStringLiteral("/nonexistent/x.pdf")));
}

void tst_Statement::pagesOfALongStatement()
{
    TestBooks books;
    const Worked w(books);
    // 400 payments to the client in April, each named by its memo.
    JournalService j(books.db());
    const int count = 400;
    QStringList names;
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.date = QDate(2026, 4, 1 + i * 30 / count);
        e.currency = EUR;
        e.kind = QStringLiteral("client_payment");
        e.clientId = w.clientId;
        e.memo = QStringLiteral("Collection R%1").arg(i, 4, 10, QLatin1Char('0'));
        names << e.memo;
        e.lines = {debit(Accounts::paymentsDue(), 100 + i), credit(Accounts::bank(), 100 + i)};
        e.lines[0].clientId = w.clientId;
        j.post(books.manager, e);
    }
    const ClientStatement s =
        StatementQuery(books.db()).statement(w.clientId, QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(s.movements.size(), count);
    QCOMPARE(s.movements.last().reference, names.last());
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QList<QStringList> pages = pagesOf(s, PurchaseAdvice::factor(books.db()), uk);
    QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));

    // Every movement exactly once over all the pages.
    QHash<QString, int> seen;
    for (const QStringList &page : pages)
        for (const QString &text : page)
            if (text.startsWith(QLatin1String("Collection R")))
                ++seen[text];
    QCOMPARE(seen.size(), count);
    for (const QString &name : std::as_const(names))
        QVERIFY2(seen.value(name) == 1, qPrintable(name));

    const QString running = QStringLiteral("ACME Acme Tools Ltd · statement 01/04/2026 to "
                                           "30/04/2026 (continued)");
    for (int p = 0; p < pages.size(); ++p) {
        const QStringList &page = pages.at(p);
        const QString where = QStringLiteral("page %1").arg(p + 1);
        // The running header from page 2 on, and only there.
        QCOMPARE(page.first() == running, p > 0);
        QCOMPARE(page.count(running), p > 0 ? 1 : 0);
        QCOMPARE(page.last(), QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
        // A page with movements repeats the table's header row.
        const bool movements = std::any_of(page.begin(), page.end(), [](const QString &t) {
            return t.startsWith(QLatin1String("Collection R"));
        });
        if (movements && p > 0)
            QVERIFY2(page.contains(QStringLiteral("Reference")), qPrintable(where));
    }
    QVERIFY(pages.first().first().contains(QStringLiteral("Client statement")));
    // The totals stay with the last movement.
    const auto pageOf = [&](const QString &text) {
        for (int p = 0; p < pages.size(); ++p)
            for (const QString &t : pages.at(p))
                if (t.startsWith(text))
                    return p;
        return -1;
    };
    const int last = pageOf(names.last());
    QVERIFY(last > 0);
    QCOMPARE(pageOf(QStringLiteral("Total of 400 movement")), last);
    QCOMPARE(pageOf(QStringLiteral("Closing balance")), last);
    QVERIFY(pages.last().join(QLatin1Char(' ')).contains(QStringLiteral("Available to draw")));
    // A payment lowers the payments due: its amount with a minus sign.
    QVERIFY(pages.at(last).contains(QStringLiteral("-4.99")));
}

void tst_Statement::csvAndJson()
{
    TestBooks books;
    const Worked w(books);
    const ClientStatement s =
        StatementQuery(books.db())
            .statement(QStringLiteral("ACME"), QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString csv = ClientStatementReport::csv(s);
    QVERIFY(csv.contains(QStringLiteral("receivables,0.00,50000.00,50000.00")));
    QVERIFY(csv.contains(QStringLiteral("reserve,0.00,24876.55,24876.55")));
    QVERIFY(csv.contains(QStringLiteral(",chargeback,")));
    const QJsonObject json = ClientStatementReport::json(s);
    QCOMPARE(json.value(QStringLiteral("movements")).toArray().size(), 6);
    QCOMPARE(json.value(QStringLiteral("closing"))
                 .toObject()
                 .value(QStringLiteral("funds_employed"))
                 .toString(),
             QStringLiteral("25123.45"));
    QVERIFY(json.value(QStringLiteral("ties")).toBool());
    QVERIFY(ClientStatementReport::text(s).contains(QStringLiteral("Closing balance")));
}

QTEST_MAIN(tst_Statement)
#include "tst_statement.moc"
