// The approval preview is what approving and funding post: a schedule with a duplicate line
// (refused outright) and a binding credit limit (overridden), previewed and then bought.
// Audit amounts in the currency's own decimals; check codes stored, sentences written when
// shown; lines stored before schema 5 show their old sentence.
#include "auditlog.h"
#include "availabilityquery.h"
#include "error.h"
#include "ledger.h"
#include "schedulefixture.h"
#include "schedulefundingservice.h"
#include "schedulequery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace FactorDesk;
using namespace FactorDesk::Test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDate kDate(2025, 3, 1);

ScheduleInputLine line(const char *no, const char *debtor, const char *date, const char *due,
                       const char *amount)
{
    ScheduleInputLine l;
    l.invoiceNo = s(no);
    l.debtor = s(debtor);
    l.invoiceDate = s(date);
    l.dueDate = s(due);
    l.amount = s(amount);
    return l;
}

// SMALL has a 50,000.00 limit: A-2 goes over by 30,000.00 (overridden), A-3 is over in
// full, and the second A-1 is the same invoice twice (no override can lift it).
QList<ScheduleInputLine> bindingLimitWithDuplicate()
{
    return {line("A-1", "SMALL", "2025-02-25", "2025-03-27", "40000.00"),
            line("A-2", "SMALL", "2025-02-26", "2025-03-28", "40000.00"),
            line("A-3", "SMALL", "2025-02-27", "2025-03-29", "1000.00"),
            line("A-1", "SMALL", "2025-02-28", "2025-03-30", "500.00"),
            line("B-1", "BIG", "2025-02-20", "2025-04-20", "1000000.00")};
}

QJsonObject auditAfter(TestBooks &books, const QString &action)
{
    AuditFilter all;
    for (const AuditRecord &r : AuditLog(books.db()).list(books.admin, all))
        if (r.action == action)
            return QJsonDocument::fromJson(r.after.toUtf8()).object();
    return {};
}

} // namespace

class tst_PurchasePreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewIsWhatIsPosted_data() { addEngineRows(); }
    void previewIsWhatIsPosted();
    void auditAmountsInCurrencyDecimals_data() { addEngineRows(); }
    void auditAmountsInCurrencyDecimals();
    void checkCodesStoredNotSentences_data() { addEngineRows(); }
    void checkCodesStoredNotSentences();
};

void tst_PurchasePreview::initTestCase()
{
    qputenv("FACTORDESK_TODAY", "2025-03-01");
}

void tst_PurchasePreview::previewIsWhatIsPosted()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const QList<ScheduleInputLine> input = bindingLimitWithDuplicate();
    const QList<LineOverride> overrides = {{s("A-2"), s("Limit rise agreed with the analyst")}};

    const ScheduleDraft draft =
        ScheduleImportService(b.db()).draft(b.manager, b.clientId, input, kDate);
    const SchedulePreview p = ScheduleApprovalService(b.db()).preview(b.manager, draft, overrides);
    QCOMPARE(p.schedule.lines.size(), 5);
    QCOMPARE(p.schedule.lines[3].status, s("rejected"));
    QVERIFY(p.schedule.lines[3].isRefused());
    QVERIFY(p.schedule.lines[1].isOverridden());
    QCOMPARE(p.schedule.lines[1].eligible.minor(), qint64(4000000));
    QCOMPARE(p.schedule.lines[2].eligible.minor(), qint64(0)); // over the limit in full
    QCOMPARE(p.schedule.totals.count, 4);                      // the refused line is not bought
    QCOMPARE(p.schedule.totals.face.minor(), qint64(4000000 + 4000000 + 100000 + 100000000));
    // The wrong way (every line summed, the refused one too) would count 5 lines.
    Money allFace;
    for (const ScheduleLine &l : p.schedule.lines)
        allFace += l.amount;
    QVERIFY(allFace != p.schedule.totals.face);
    // Overriding a refused line is refused in the preview as when approving.
    QVERIFY_THROWS_EXCEPTION(
        Error, ScheduleApprovalService(b.db()).preview(b.manager, draft, {{s("A-1"), s("twice")}}));
    // Clerks preview, but do not override.
    QVERIFY_THROWS_EXCEPTION(Error,
                             ScheduleApprovalService(b.db()).preview(b.clerk, draft, overrides));

    const FundingResult f = ScheduleFundingService(b.db()).purchase(
        b.manager, b.clientId, input, ScheduleImportOptions{kDate, {}, false, true, {}}, overrides,
        kDate, FundingOptions{s("Guarantee on file")});
    const Schedule stored = ScheduleQuery(b.db()).schedule(f.scheduleId);

    // Line by line: the same checks (codes, figures, amounts), eligibility and split.
    QCOMPARE(stored.lines.size(), p.schedule.lines.size());
    for (qsizetype i = 0; i < stored.lines.size(); ++i) {
        const ScheduleLine &a = p.schedule.lines[i];
        const ScheduleLine &z = stored.lines[i];
        QCOMPARE(z.invoiceNo, a.invoiceNo);
        QCOMPARE(z.eligible, a.eligible);
        QCOMPARE(z.advance, a.advance);
        QCOMPARE(z.commission, a.commission);
        QCOMPARE(z.reserve, a.reserve);
        QCOMPARE(z.overrideReason, a.overrideReason);
        QCOMPARE(z.status == QLatin1String("rejected"), a.status == QLatin1String("rejected"));
        QCOMPARE(z.checks.size(), a.checks.size());
        for (qsizetype c = 0; c < z.checks.size(); ++c) {
            QCOMPARE(z.checks[c].code, a.checks[c].code);
            QCOMPARE(z.checks[c].params, a.checks[c].params);
            QCOMPARE(z.checks[c].amount.minor(), a.checks[c].amount.minor());
            QCOMPARE(int(z.checks[c].severity), int(a.checks[c].severity));
        }
    }

    // The totals.
    const ScheduleTotals &pt = p.schedule.totals;
    QCOMPARE(f.totals.count, pt.count);
    QCOMPARE(f.totals.face, pt.face);
    QCOMPARE(f.totals.eligible, pt.eligible);
    QCOMPARE(f.totals.advance, pt.advance);
    QCOMPARE(f.totals.commission, pt.commission);
    QCOMPARE(f.totals.reserve, pt.reserve);
    QCOMPARE(f.totals.charges, pt.charges);
    QCOMPARE(f.totals.netPayment, pt.netPayment);
    QCOMPARE(f.totals.maturityDate, pt.maturityDate);
    QCOMPARE(f.totals.paymentDate, pt.paymentDate);

    // The purchase entry, line by line (the preview's invoices have no ids yet).
    const JournalEntry posted = JournalService(b.db()).entry(f.journalEntryId);
    QCOMPARE(posted.kind, p.posting.kind);
    QCOMPARE(posted.date, p.posting.date);
    QCOMPARE(posted.lines.size(), p.posting.lines.size());
    for (qsizetype i = 0; i < posted.lines.size(); ++i) {
        const JournalLine &a = p.posting.lines[i];
        const JournalLine &z = posted.lines[i];
        QCOMPARE(z.account, a.account);
        QCOMPARE(z.debit.minor(), a.debit.minor());
        QCOMPARE(z.credit.minor(), a.credit.minor());
        QCOMPARE(z.clientId, a.clientId);
        QCOMPARE(z.debtorId, a.debtorId);
        QCOMPARE(z.memo, a.memo);
    }

    // Availability after, as the preview said.
    const Availability now = AvailabilityQuery(b.db()).availability(b.clientId, kDate);
    QCOMPARE(now.eligibleReceivables, p.after.eligibleReceivables);
    QCOMPARE(now.fundsEmployed, p.after.fundsEmployed);
    QCOMPARE(now.available, p.after.available);
}

void tst_PurchasePreview::auditAmountsInCurrencyDecimals()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    Client c;
    c.code = s("NIPPON");
    c.name = s("Nippon KK");
    c.currency = Currency(s("JPY"));
    c.bankAccount = s("ACCOUNT-JP");
    const qint64 client = ClientService(b.db()).add(b.manager, c);
    AgreementService(b.db()).setTerms(b.manager, client, QDate(2025, 1, 1),
                                      ScheduleBooks::seed003Terms());
    DebtorService(b.db()).linkClient(b.clerk, b.big, client);

    // ¥1,000,000: 0 decimals, so 1000000 minor units print as "1000000", never "10000.00".
    const ScheduleImportResult r = ScheduleImportService(b.db()).importLines(
        b.clerk, client, {line("J-1", "BIG", "2025-02-25", "2025-03-27", "1000000")},
        ScheduleImportOptions{kDate, {}, false, true, {}});
    QCOMPARE(r.schedule.totals.face.minor(), qint64(1000000));
    QCOMPARE(auditAfter(b, s("schedule.import")).value(s("face")).toString(), s("1000000"));
    // BIG's limit is in EUR, the book currency, and covers no yen: nothing is eligible until a
    // manager overrides the line.
    QCOMPARE(auditAfter(b, s("schedule.import")).value(s("eligible")).toString(), s("0"));
    ScheduleApprovalService(b.db()).approve(b.manager, r.schedule.id,
                                            {{s("J-1"), s("Covered by the group's yen line")}});
    QCOMPARE(auditAfter(b, s("schedule.approve")).value(s("eligible")).toString(), s("1000000"));
    QCOMPARE(auditAfter(b, s("schedule.approve")).value(s("advance")).toString(), s("930000"));
    ScheduleFundingService(b.db()).fund(b.manager, r.schedule.id, kDate, {},
                                        FundingOptions{s("Guarantee on file")});
    const QJsonObject funded = auditAfter(b, s("schedule.fund"));
    // An ordinary purchase within the availability: no override was needed, none is recorded.
    QVERIFY(!funded.contains(s("availability_override")));
    QCOMPARE(funded.value(s("face")).toString(), s("1000000"));
    QCOMPARE(funded.value(s("commission")).toString(), s("20000"));
    QCOMPARE(funded.value(s("reserve")).toString(), s("50000"));
}

void tst_PurchasePreview::checkCodesStoredNotSentences()
{
    QFETCH(QString, engine);
    ScheduleBooks b(engine);
    const ScheduleImportResult r = ScheduleImportService(b.db()).importLines(
        b.clerk, b.clientId, bindingLimitWithDuplicate(),
        ScheduleImportOptions{kDate, {}, false, true, {}});
    SqlQuery q(b.db(), s("SELECT checks, check_codes FROM invoices WHERE schedule_id = ? AND "
                         "invoice_no = 'A-2'"));
    q.bind(r.schedule.id).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), s("[]"));
    const QString codes = q.text(1);
    QVERIFY2(codes.contains(s("\"code\":\"over_credit_limit\"")), qPrintable(codes));
    QVERIFY2(codes.contains(s("\"excess\":\"30000.00\"")), qPrintable(codes));
    QVERIFY2(!codes.contains(s("Over the credit limit")), qPrintable(codes));

    // Shown as a sentence in the reader's locale.
    const Schedule stored = ScheduleQuery(b.db()).schedule(r.schedule.id);
    const CheckResult &over = stored.lines[1].checks.first();
    QCOMPARE(over.code, CheckCode::overCreditLimit());
    QCOMPARE(over.amount, Money::fromMinor(3000000, Currency(s("EUR"))));
    const QString german = checkText(over, Currency(s("EUR")), QLocale(QLocale::German));
    QVERIFY2(german.contains(s("30.000,00")) && german.contains(s("SMALL")), qPrintable(german));

    // A line stored before schema 5 has only its sentence: it is shown as it was.
    SqlQuery old(b.db(), s("UPDATE invoices SET check_codes = NULL, checks = ? WHERE "
                           "schedule_id = ? AND invoice_no = 'A-3'"));
    old.bind(s("[{\"code\":\"over_credit_limit\",\"severity\":\"ineligible\",\"message\":\"Over "
               "the credit limit (old words).\",\"amount\":100000}]"))
        .bind(r.schedule.id)
        .exec();
    const ScheduleLine legacy = ScheduleQuery(b.db()).schedule(r.schedule.id).lines[2];
    QCOMPARE(legacy.checks.size(), 1);
    QCOMPARE(legacy.checks.first().amount.minor(), qint64(100000));
    QCOMPARE(checkText(legacy.checks.first(), Currency(s("EUR"))),
             s("Over the credit limit (old words)."));
}

QTEST_GUILESS_MAIN(tst_PurchasePreview)
#include "tst_purchasepreview.moc"
