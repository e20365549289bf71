#include "assignmentnotice.h"

#include "clientservice.h"
#include "clock.h"
#include "debtorservice.h"
#include "localeformat.h"
#include "reportstyle.h"
#include "schedulequery.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <vector>

namespace FactorDesk {

using namespace ReportStyle;

AssignmentNoticeData AssignmentNotice::build(Database &db, qint64 scheduleId, qint64 debtorId,
                                             QDate date)
{
    const Schedule s = ScheduleQuery(db).schedule(scheduleId, true);
    const Client c = ClientService(db).get(s.clientId);
    const Debtor d = DebtorService(db).find(debtorId);
    AssignmentNoticeData n;
    n.factor = PurchaseAdvice::factor(db);
    n.client.code = c.code;
    n.client.name = c.name;
    n.client.address = c.address;
    n.debtor.code = d.code;
    n.debtor.name = d.name;
    n.debtor.address = d.address;
    if (!d.country.isEmpty())
        n.debtor.address += QLatin1Char('\n') + countryName(d.country);
    n.debtor.email = d.contactEmail;
    n.date = date.isValid() ? date : (s.fundingDate.isValid() ? s.fundingDate : today());
    n.scheduleNumber = s.number;
    n.currency = s.currency;
    for (const ScheduleLine &l : s.lines) {
        if (l.debtorId == debtorId)
            n.invoices.append({l.invoiceNo, l.invoiceDate, l.dueDate, l.amount});
    }
    return n;
}

QString AssignmentNotice::countryName(const QString &code)
{
    // ISO 3166 codes ("DE") as the name a letter prints ("Germany"); anything else as given.
    const QString trimmed = code.trimmed();
    if (trimmed.size() == 2 || trimmed.size() == 3) {
        const QLocale::Territory t = QLocale::codeToTerritory(trimmed.toUpper());
        if (t != QLocale::AnyTerritory)
            return QLocale::territoryToString(t);
    }
    return trimmed;
}

QList<AssignmentNoticeData> AssignmentNotice::buildForSchedule(Database &db, qint64 scheduleId)
{
    QList<AssignmentNoticeData> out;
    const QList<qint64> debtors = ScheduleQuery(db).noticesOf(scheduleId);
    for (qint64 id : debtors)
        out.append(build(db, scheduleId, id));
    return out;
}

QString AssignmentNotice::suggestedFileName(const QString &scheduleNumber)
{
    QString number = scheduleNumber;
    number.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("assignment-notices-%1.pdf").arg(number);
}

std::unique_ptr<QTextDocument>
AssignmentNotice::document(const QList<AssignmentNoticeData> &letters, const QLocale &locale)
{
    auto doc = newDocument(tr("Notice of assignment"));
    QTextCursor cursor(doc.get());
    bool first = true;
    for (const AssignmentNoticeData &n : letters) {
        const int decimals = Currency(n.currency).decimals();
        const auto money = [&](Money m) { return Money::localized(m.minor(), locale, decimals); };
        const auto date = [&](QDate day) { return LocaleFormat::date(day, locale); };
        if (!first) {
            // Each letter on its own page.
            QTextBlockFormat page;
            page.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(page);
        }
        first = false;

        letterhead(cursor, n.factor, tr("Notice of assignment"),
                   {{tr("Date"), date(n.date)}, {tr("Your account with"), n.client.name}});
        addressBlock(cursor, tr("To"), n.debtor);
        paragraph(cursor, {});
        paragraph(cursor, {});
        paragraph(cursor, tr("Notice of assignment of receivables: %1").arg(n.client.name),
                  boldFormat());
        paragraph(cursor, {});
        paragraph(cursor, tr("Dear Sir or Madam,"));
        paragraph(cursor, {});
        paragraph(cursor,
                  tr("We give you notice that %1 has assigned to %2 all its present and future "
                     "receivables owed by you, including the invoices listed below, under a "
                     "factoring agreement.")
                      .arg(n.client.name, n.factor.name));
        paragraph(cursor, {});
        QString account = n.factor.bankAccount;
        if (!n.factor.bankName.isEmpty() && !account.isEmpty())
            account = tr("%1 at %2").arg(n.factor.bankAccount, n.factor.bankName);
        paragraph(cursor,
                  account.isEmpty()
                      ? tr("From the date of this notice you may discharge these debts only by "
                           "payment to %1. Please pay every invoice of %2, now and in future, to "
                           "%1 and quote the invoice number with each payment.")
                            .arg(n.factor.name, n.client.name)
                      : tr("From the date of this notice you may discharge these debts only by "
                           "payment to %1. Please pay every invoice of %2, now and in future, to "
                           "the account of %1: %3, and quote the invoice number with each payment.")
                            .arg(n.factor.name, n.client.name, account),
                  boldFormat());
        paragraph(cursor, {});
        paragraph(cursor, tr("Payment to %1 or to anyone else will not discharge your debt. These "
                             "instructions may be changed only in writing by %2.")
                              .arg(n.client.name, n.factor.name));

        if (!n.invoices.isEmpty()) {
            paragraph(cursor, {});
            heading(cursor, tr("Invoices assigned"));
            QTextTable *t = dataTable(cursor, int(n.invoices.size()) + 2,
                                      {tr("Invoice"), tr("Invoice date"), tr("Due date"),
                                       tr("Amount (%1)").arg(n.currency)},
                                      {34, 22, 22, 22}, 3);
            int row = 1;
            Money total = Money::fromMinor(0, Currency(n.currency));
            for (const auto &inv : n.invoices) {
                fillRow(t, row,
                        {inv.number, date(inv.invoiceDate), date(inv.dueDate), money(inv.amount)},
                        3, false, row % 2 == 0);
                total += inv.amount;
                ++row;
            }
            fillRow(t, row, {tr("Total"), QString(), QString(), money(total)}, 3, true, false);
            cursor.movePosition(QTextCursor::End);
        }
        paragraph(cursor, {});
        paragraph(cursor, tr("Please confirm to us that you have noted these instructions. If you "
                             "dispute any of these invoices, tell us at once."));
        paragraph(cursor, {});
        paragraph(cursor, tr("Yours faithfully,"));
        paragraph(cursor, {});
        paragraph(cursor, {});
        paragraph(cursor, QStringLiteral("______________________________"));
        paragraph(cursor, n.factor.name, boldFormat());
        paragraph(cursor, {});
        paragraph(cursor, tr("We confirm the assignment. For %1:").arg(n.client.name),
                  smallFormat());
        paragraph(cursor, {});
        paragraph(cursor, QStringLiteral("______________________________"));
        paragraph(cursor, n.client.name, smallFormat());
    }
    return doc;
}

void AssignmentNotice::writePdf(const QList<AssignmentNoticeData> &letters, const QString &path,
                                const QLocale &locale)
{
    // Each letter is its own document with its own page count, all in one file.
    std::vector<std::unique_ptr<QTextDocument>> docs;
    QList<QTextDocument *> pages;
    for (const AssignmentNoticeData &n : letters) {
        docs.push_back(document({n}, locale));
        pages << docs.back().get();
    }
    writeReportPdf(pages, path, tr("Notices of assignment"));
}

} // namespace FactorDesk
