#include "purchaseadvice.h"

#include "clientservice.h"
#include "error.h"
#include "iban.h"
#include "localeformat.h"
#include "reportstyle.h"
#include "schedulequery.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include "factorprofileservice.h"

namespace FactorDesk {

using namespace ReportStyle;

ReportParty PurchaseAdvice::factor(Database &db)
{
    const FactorProfile profile = FactorProfileService(db).profile();
    ReportParty p;
    p.name = profile.name.isEmpty() ? tr("FactorDesk Factoring") : profile.name;
    p.address = profile.address;
    p.bankName = profile.bankName;
    p.bankAccount = profile.bankAccount;
    if (Iban::looksLikeIban(p.bankAccount))
        p.bankAccount = Iban::format(p.bankAccount);
    p.email = profile.email;
    p.phone = profile.phone;
    return p;
}

PurchaseAdviceData PurchaseAdvice::build(Database &db, qint64 scheduleId)
{
    const Schedule s = ScheduleQuery(db).schedule(scheduleId, true);
    const Client c = ClientService(db).get(s.clientId);
    PurchaseAdviceData d;
    d.factor = factor(db);
    d.client.code = c.code;
    d.client.name = c.name;
    d.client.address = c.address;
    d.client.bankName = c.bankName;
    d.client.bankAccount =
        Iban::looksLikeIban(c.bankAccount) ? Iban::format(c.bankAccount) : c.bankAccount;
    d.client.email = c.contactEmail;
    d.client.phone = c.contactPhone;
    d.scheduleNumber = s.number;
    d.scheduleDate = s.date;
    d.fundingDate = s.fundingDate;
    d.status = scheduleStatusTitle(s.status);
    d.currency = s.currency;
    d.arrangement = s.agreement.arrangement;
    d.advanceRate = s.agreement.advanceRate;
    d.commissionRate = s.agreement.commissionRate;
    d.lines = s.lines;
    d.totals = s.totals;
    return d;
}

QString PurchaseAdvice::suggestedFileName(const PurchaseAdviceData &data)
{
    QString number = data.scheduleNumber;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("purchase-advice-%1.pdf").arg(number);
}

std::unique_ptr<QTextDocument> PurchaseAdvice::document(const PurchaseAdviceData &d,
                                                        const QLocale &locale)
{
    auto doc = newDocument(tr("Purchase advice %1").arg(d.scheduleNumber));
    QTextCursor cursor(doc.get());
    const int decimals = Currency(d.currency).decimals();
    const auto money = [&](Money m) { return Money::localized(m.minor(), locale, decimals); };
    const auto date = [&](QDate day) { return LocaleFormat::date(day, locale); };

    letterhead(cursor, d.factor, tr("Purchase advice"),
               {{tr("Schedule"), d.scheduleNumber},
                {tr("Schedule date"), date(d.scheduleDate)},
                {tr("Funded on"), d.fundingDate.isValid() ? date(d.fundingDate) : d.status}});

    addressBlock(cursor, tr("To"), d.client);
    paragraph(cursor, {});

    const QString arrangement = arrangementTitle(d.arrangement);
    paragraph(cursor, tr("We have bought the invoices listed below under your factoring agreement "
                         "(%1 arrangement, advance rate %2, commission %3). Amounts are in %4.")
                          .arg(arrangement, d.advanceRate.toLocalePercent(locale),
                               d.commissionRate.toLocalePercent(locale), d.currency));
    paragraph(cursor, {});

    // The settlement, as a sum read down the page: face less commission and reserve is the
    // advance (line by line: advance + commission + reserve = face), less the charges it bears
    // is the net payment.
    const Money fromAdvance = d.totals.charges - d.totals.chargesFromReserve;
    QList<SummaryLine> summary;
    summary.append({tr("Face value of the invoices bought"), money(d.totals.face), false});
    summary.append(
        {tr("Less commission (%1 of face value)").arg(d.commissionRate.toLocalePercent(locale)),
         money(-d.totals.commission), false});
    summary.append({tr("Less reserve held"), money(-d.totals.reserve), false});
    summary.append({tr("Advance (%1 of eligible)").arg(d.advanceRate.toLocalePercent(locale)),
                    money(d.totals.advance), true});
    summary.append({tr("Less charges"), money(-fromAdvance), false});
    summary.append({tr("Net payment to you"), money(d.totals.netPayment), true});
    if (d.totals.paymentDate.isValid())
        summary.append({tr("Payment date"), date(d.totals.paymentDate), false});
    // What is not part of the sum, after it.
    summary.append({tr("Eligible (advanced on)"), money(d.totals.eligible), false});
    if (!d.totals.ineligible.isZero())
        summary.append(
            {tr("Of the face value ineligible (no advance)"), money(d.totals.ineligible), false});
    if (!d.totals.chargesFromReserve.isZero())
        summary.append(
            {tr("Charges taken from the reserve"), money(d.totals.chargesFromReserve), false});
    if (d.arrangement == Arrangement::Maturity && d.totals.maturityDate.isValid())
        summary.append(
            {tr("Average due date (weighted by amount)"), date(d.totals.maturityDate), false});
    summaryTable(cursor, tr("Settlement"), summary);
    paragraph(cursor, {});

    QString account = d.client.bankAccount;
    if (!d.client.bankName.isEmpty())
        account = account.isEmpty() ? d.client.bankName
                                    : tr("%1 at %2").arg(d.client.bankAccount, d.client.bankName);
    if (d.totals.netPayment.isPositive()) {
        const QString when =
            d.totals.paymentDate.isValid() ? date(d.totals.paymentDate) : date(d.fundingDate);
        paragraph(cursor, account.isEmpty()
                              ? tr("We will pay %1 %2 to you on %3.")
                                    .arg(d.currency, money(d.totals.netPayment), when)
                              : tr("We will pay %1 %2 to your account %3 on %4.")
                                    .arg(d.currency, money(d.totals.netPayment), account, when));
    } else if (d.arrangement == Arrangement::Collection) {
        paragraph(cursor, tr("Under the collection arrangement no advance is paid now: we remit to "
                             "you as your debtors pay, less our charges."));
    } else {
        paragraph(cursor, tr("No payment is due to you from this schedule."));
    }
    paragraph(cursor, tr("The reserve is released to you as your debtors pay, less fees, interest "
                         "and any chargebacks."));

    // The invoices, after the settlement so the figures that matter lead the letter.
    paragraph(cursor, {});
    heading(cursor, tr("Invoices bought"));
    const QStringList headers = {tr("#"),          tr("Debtor"),    tr("Invoice"),
                                 tr("PO"),         tr("Inv. date"), tr("Due date"),
                                 tr("Face value"), tr("Eligible"),  tr("Advance"),
                                 tr("Commission"), tr("Reserve")};
    const QList<int> widths = {3, 14, 11, 7, 9, 9, 10, 10, 9, 10, 8};
    // Invoice numbers, POs, dates and amounts never break inside; a debtor name too long for
    // its column is shortened with "…" (the full names are in the notices and the books).
    QTextTable *table = dataTable(cursor, int(d.lines.size()) + 2, headers, widths, 6);
    const auto fit = [](const QString &text, int chars) {
        return text.size() <= chars ? text : text.left(chars - 1).trimmed() + QChar(0x2026);
    };
    int row = 1;
    for (const ScheduleLine &l : d.lines) {
        const QStringList cells = {locale.toString(l.lineNo),
                                   fit(l.debtorName.isEmpty() ? l.debtorCode : l.debtorName, 22),
                                   l.invoiceNo,
                                   l.po,
                                   date(l.invoiceDate),
                                   date(l.dueDate),
                                   money(l.amount),
                                   money(l.eligible),
                                   money(l.advance),
                                   money(l.commission),
                                   money(l.reserve)};
        fillRow(table, row, cells, 6, false, row % 2 == 0, {1});
        ++row;
    }
    fillRow(table, row,
            {QString(), tr("Total (%n invoice(s))", nullptr, d.totals.count), QString(), QString(),
             QString(), QString(), money(d.totals.face), money(d.totals.eligible),
             money(d.totals.advance), money(d.totals.commission), money(d.totals.reserve)},
            6, true, false, {1});
    table->mergeCells(row, 1, 1, 5);
    cursor.movePosition(QTextCursor::End);
    paragraph(cursor, {});

    // Why lines were not advanced in full, and the manager's overrides.
    QStringList notes;
    for (const ScheduleLine &l : d.lines) {
        QStringList reasons;
        for (const CheckResult &c : l.checks) {
            if (c.severity == CheckSeverity::Ineligible)
                reasons << checkText(c, Currency(l.currency), locale);
        }
        if (l.isOverridden())
            notes << tr("Line %1, invoice %2: accepted in full by decision: %3")
                         .arg(locale.toString(l.lineNo), l.invoiceNo, l.overrideReason);
        else if (!reasons.isEmpty())
            notes << tr("Line %1, invoice %2: %3")
                         .arg(locale.toString(l.lineNo), l.invoiceNo,
                              reasons.join(QStringLiteral("; ")));
    }
    if (!notes.isEmpty()) {
        paragraph(cursor, {});
        heading(cursor, tr("Notes"));
        for (const QString &n : std::as_const(notes))
            paragraph(cursor, n, smallFormat());
    }
    paragraph(cursor, {});
    paragraph(cursor, tr("Yours faithfully,"));
    paragraph(cursor, d.factor.name, boldFormat());
    return doc;
}

void PurchaseAdvice::writePdf(const PurchaseAdviceData &data, const QString &path,
                              const QLocale &locale)
{
    auto doc = document(data, locale);
    writeReportPdf(*doc, path, tr("Purchase advice %1").arg(data.scheduleNumber));
}

void writeReportPdf(QTextDocument &document, const QString &path, const QString &title)
{
    writeReportPdf(QList<QTextDocument *>{&document}, path, title);
}

void writeReportPdf(const QList<QTextDocument *> &documents, const QString &path,
                    const QString &title)
{
    {
        // QPdfWriter reports no errors: find out first whether the file can be written.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(Error::Kind::Storage,
                        QCoreApplication::translate("FactorDesk::PurchaseAdvice",
                                                    "Cannot write the PDF file %1: %2")
                            .arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("FactorDesk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
    QPainter painter(&writer);
    // Lay each document out for the PDF's own resolution, so point sizes are true points, and
    // page it by hand to put "Page n of m" at the foot of each page: each document (a letter)
    // counts its own pages.
    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.3; // about 7.5 mm
    const QSizeF page(area.width(), area.height() - footer);
    bool firstPage = true;
    for (QTextDocument *document : documents) {
        document->documentLayout()->setPaintDevice(&writer);
        document->setPageSize(page);
        const int pages = document->pageCount();
        QFont small = document->defaultFont();
        small.setPointSizeF(7.5);
        for (int i = 0; i < pages; ++i) {
            if (!firstPage)
                writer.newPage();
            firstPage = false;
            painter.save();
            painter.translate(0, -page.height() * i);
            document->drawContents(&painter, QRectF(QPointF(0, page.height() * i), page));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x5f, 0x6b, 0x78));
            const QRectF foot(0, page.height() + footer * 0.3, page.width(), footer * 0.7);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(
                foot, Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("FactorDesk::PurchaseAdvice", "Page %1 of %2")
                    .arg(i + 1)
                    .arg(pages));
        }
    }
    painter.end();
}

} // namespace FactorDesk
