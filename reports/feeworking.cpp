#include "feeworking.h"

#include "interestworkingmodel.h"
#include "invoicefeesmodel.h"
#include "reportstyle.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace FactorDesk {

namespace {

QString safeName(QString text)
{
    for (QChar &c : text)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return text;
}

} // namespace

QString FeeWorking::monthText(const QString &month, const QLocale &locale)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? locale.toString(first, QStringLiteral("MMMM yyyy")) : month;
}

QString FeeWorking::invoiceTitle(const InvoiceFees &fees)
{
    return tr("Discount fee working, invoice %1").arg(fees.invoiceNo);
}

QString FeeWorking::interestTitle(const InterestMonth &month)
{
    return tr("Interest working, %1, %2").arg(month.client, monthText(month.month));
}

QString FeeWorking::invoiceFileName(const InvoiceFees &fees)
{
    return QStringLiteral("fees-%1-%2.pdf").arg(safeName(fees.client), safeName(fees.invoiceNo));
}

QString FeeWorking::interestFileName(const InterestMonth &month)
{
    return QStringLiteral("interest-%1-%2.pdf").arg(safeName(month.client), month.month);
}

std::unique_ptr<QTextDocument> FeeWorking::invoiceDocument(const InvoiceFees &fees,
                                                           const ReportParty &factor,
                                                           const QLocale &locale)
{
    auto doc = ReportStyle::newDocument(invoiceTitle(fees));
    QTextCursor cursor(doc.get());
    ReportStyle::letterhead(
        cursor, factor, tr("Discount fee working"),
        {{tr("Client"), fees.client},
         {tr("Invoice"), fees.invoiceNo},
         {tr("Face value"),
          fees.face.toLocaleString(locale) + QLatin1Char(' ') + fees.face.currency().code()},
         {tr("Bought"), locale.toString(fees.purchased, QLocale::ShortFormat)},
         {tr("Printed"), locale.toString(QDate::currentDate(), QLocale::ShortFormat)}});
    ReportStyle::heading(cursor, tr("The fee on each amount collected or charged back"));
    const QStringList headers = {tr("Collected by"), tr("Collected"), tr("Tier"),
                                 tr("Clearance"),    tr("Days"),      tr("Amount"),
                                 tr("Rate"),         tr("Fee"),       tr("Charged")};
    const int firstNumeric = 3;
    QTextTable *table = ReportStyle::dataTable(cursor, int(fees.collections.size()) + 2, headers,
                                               {12, 10, 30, 8, 6, 12, 7, 9, 6}, firstNumeric);
    int row = 1;
    for (const CollectionFee &c : fees.collections) {
        const DiscountFeeWorking &w = c.working;
        ReportStyle::fillRow(table, row,
                             {InvoiceFeesModel::kindText(c.kind),
                              locale.toString(w.collected, QLocale::ShortFormat), w.tierText(),
                              locale.toString(w.clearanceDays), locale.toString(w.days),
                              w.amount.toLocaleString(locale), w.rate.toLocalePercent(locale),
                              w.fee.toLocaleString(locale),
                              c.chargedEntryId ? QString::number(c.chargedEntryId) : tr("not yet")},
                             firstNumeric, false, row % 2 == 0, {2});
        ++row;
    }
    ReportStyle::fillRow(table, row,
                         {tr("Total"), QString(), QString(), QString(), QString(), QString(),
                          QString(), fees.total.toLocaleString(locale), QString()},
                         firstNumeric, true, false);
    cursor.movePosition(QTextCursor::End);
    if (fees.collections.isEmpty())
        ReportStyle::paragraph(cursor, tr("Nothing has been collected or charged back on this "
                                          "invoice yet, so no discount fee is due."));
    ReportStyle::paragraph(
        cursor,
        tr("Days outstanding run from the purchase date to the collection date plus the "
           "agreement's clearance days (the purchase day counts as day 1 where the agreement "
           "says so). The rate is the first tier's rate plus one step for each further period "
           "or part of one; the fee is the amount × the rate, rounded once to the cent."),
        ReportStyle::smallFormat());
    return doc;
}

std::unique_ptr<QTextDocument> FeeWorking::interestDocument(const InterestMonth &month,
                                                            const ReportParty &factor,
                                                            const QLocale &locale)
{
    auto doc = ReportStyle::newDocument(interestTitle(month));
    QTextCursor cursor(doc.get());
    const Money &total = month.working.total;
    const QString currency = total.currency().code();
    QList<QPair<QString, QString>> facts = {
        {tr("Client"), month.client},
        {tr("Month"), monthText(month.month, locale)},
        {tr("Interest"), total.toLocaleString(locale) + QLatin1Char(' ') + currency},
        {tr("Posted"),
         month.postedEntryId ? tr("entry %1").arg(month.postedEntryId) : tr("not yet")},
        {tr("Printed"), locale.toString(QDate::currentDate(), QLocale::ShortFormat)}};
    ReportStyle::letterhead(cursor, factor, tr("Interest working"), facts);
    ReportStyle::heading(cursor, tr("Interest day by day on the funds employed"));
    const QStringList headers = {
        tr("Date"),   tr("Day count"), tr("Funds employed"),  tr("Base rate"),
        tr("Margin"), tr("Rate"),      tr("Interest (exact)")};
    const int firstNumeric = 2;
    const QList<InterestDay> &days = month.working.days;
    QTextTable *table = ReportStyle::dataTable(cursor, int(days.size()) + 3, headers,
                                               {14, 10, 20, 11, 11, 11, 23}, firstNumeric);
    int row = 1;
    const auto pct = [&](const Rate &r) { return r.toLocalePercent(locale); };
    for (const InterestDay &d : days) {
        ReportStyle::fillRow(table, row,
                             {locale.toString(d.date, QLocale::ShortFormat),
                              InterestWorkingModel::dayCountText(d.basis),
                              d.balance.toLocaleString(locale), pct(d.baseRate), pct(d.margin),
                              pct(d.rate), d.amount.toExactString()},
                             firstNumeric, false, row % 2 == 0);
        ++row;
    }
    ReportStyle::fillRow(table, row++,
                         {tr("Sum of the days"), QString(), QString(), QString(), QString(),
                          QString(), month.working.exactTotal.toExactString()},
                         firstNumeric, false, false);
    ReportStyle::fillRow(table, row,
                         {tr("Interest, rounded once"), QString(), QString(), QString(), QString(),
                          QString(), total.toLocaleString(locale)},
                         firstNumeric, true, false);
    cursor.movePosition(QTextCursor::End);
    ReportStyle::paragraph(
        cursor,
        tr("Each day: the funds employed at the end of the day × (the base rate in force that "
           "day + the margin) ÷ the day count's days in a year. The daily amounts are added "
           "exactly and the sum is rounded once, half to even, when the interest is posted. No "
           "interest is charged on a day whose funds employed are not positive."),
        ReportStyle::smallFormat());
    return doc;
}

} // namespace FactorDesk
