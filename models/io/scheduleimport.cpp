#include "scheduleimport.h"

#include "clock.h"
#include "error.h"
#include "invoicenumber.h"
#include "money.h"

#include <QRegularExpression>
#include <QSet>

namespace FactorDesk {

namespace {

bool validGroups(const QStringList &groups)
{
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups[i].size() != 3)
            return false;
    return true;
}

// Turns the amount spellings spreadsheets export into the plain form Money::parse reads, where
// they cannot be misread: "1.234,56" and "1 234,56" (decimal comma with grouping), "1,234.56"
// and "1'234.56" (decimal point with grouping), "1234,56" (a decimal comma alone, with no more
// decimals than the currency has). Anything ambiguous, such as "1,234" or a group of the wrong
// size, is returned as it is and refused by the strict parse.
QString plainAmount(QString text, int decimals)
{
    text.remove(QChar(0x00a0));
    text.remove(QChar(0x202f));
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\''));
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (dot < 0 && comma < 0)
        return text;
    QString sign;
    if (text.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        text.remove(0, 1);
    }
    if (dot >= 0 && comma >= 0) {
        // Both marks: the last one is the decimal mark, the other groups the thousands.
        const QChar decimal = dot > comma ? QLatin1Char('.') : QLatin1Char(',');
        const QChar group = dot > comma ? QLatin1Char(',') : QLatin1Char('.');
        const qsizetype at = text.lastIndexOf(decimal);
        const QString whole = text.left(at);
        const QString fraction = text.mid(at + 1);
        if (whole.contains(decimal) || !validGroups(whole.split(group)))
            return sign + text;
        return sign + whole.split(group).join(QString()) + QLatin1Char('.') + fraction;
    }
    const QChar mark = dot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
    const QStringList parts = text.split(mark);
    if (parts.size() > 2)
        return validGroups(parts) ? sign + parts.join(QString()) : sign + text;
    // One comma alone is a decimal comma when it leaves no more decimals than the currency has.
    if (mark == QLatin1Char(',') && parts[1].size() <= decimals)
        return sign + parts[0] + QLatin1Char('.') + parts[1];
    return sign + text;
}

// Lower-case letters and digits only: "Invoice No." -> "invoiceno", "Inv #" -> "inv".
QString normalizeHeader(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *canonical, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromLatin1(n), QString::fromLatin1(canonical));
        };
        add("invoice_no", {"invoiceno", "invoicenumber", "invoicenr", "invoice", "invno", "inv",
                           "invnumber", "invoiceid", "documentno", "documentnumber"});
        add("debtor", {"debtor", "debtorcode", "debtorno", "debtorid", "customer", "customercode",
                       "customerno", "buyer", "buyercode", "accountdebtor"});
        add("invoice_date", {"invoicedate", "date", "invdate", "issuedate", "documentdate"});
        add("due_date", {"duedate", "due", "paymentdue", "paymentduedate", "maturitydate"});
        add("terms_days",
            {"termsdays", "terms", "paymentterms", "termdays", "daysterms", "paymenttermsdays"});
        add("amount", {"amount", "invoiceamount", "facevalue", "face", "value", "total",
                       "grossamount", "invoicetotal", "amountdue"});
        add("currency", {"currency", "ccy", "cur", "currencycode"});
        add("approval_code", {"approvalcode", "approval", "approvalno", "approvalnumber",
                              "creditapproval", "creditapprovalcode"});
        add("po", {"po", "ponumber", "pono", "purchaseorder", "purchaseordernumber", "order",
                   "orderno", "ordernumber"});
        return m;
    }();
    return map;
}

// Strict dates: YYYY-MM-DD, or DD.MM.YYYY (unambiguous with dots).
QDate parseDate(const QString &text)
{
    const QDate iso = parseIsoDate(text);
    if (iso.isValid())
        return iso;
    if (text.size() == 10 && text[2] == QLatin1Char('.') && text[5] == QLatin1Char('.'))
        return QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
    return {};
}

} // namespace

QString ImportError::toString() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return ScheduleImport::tr("line %1: %2").arg(line).arg(message);
    return ScheduleImport::tr("line %1, %2: %3").arg(line).arg(column, message);
}

QStringList ScheduleImport::columns()
{
    return {QStringLiteral("invoice_no"),
            QStringLiteral("debtor"),
            QStringLiteral("invoice_date"),
            QStringLiteral("due_date"),
            QStringLiteral("terms_days"),
            QStringLiteral("amount"),
            QStringLiteral("currency"),
            QStringLiteral("approval_code"),
            QStringLiteral("po")};
}

QString ScheduleImport::canonicalColumn(const QString &header)
{
    return aliases().value(normalizeHeader(header));
}

QList<ScheduleInputLine> ScheduleImport::inputLines(const CsvTable &table)
{
    const QString file = table.fileName.isEmpty() ? tr("The file") : table.fileName;
    QHash<QString, int> index;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString canonical = canonicalColumn(table.header[i]);
        if (canonical.isEmpty())
            continue;
        if (index.contains(canonical))
            throw Error(Error::Kind::Validation,
                        tr("%1, line %2: the columns \"%3\" and \"%4\" both mean %5.")
                            .arg(file)
                            .arg(table.headerLine)
                            .arg(table.header[index.value(canonical)], table.header[i], canonical),
                        canonical);
        index.insert(canonical, i);
    }
    QStringList missing;
    for (const char *required : {"invoice_no", "debtor", "invoice_date", "amount"})
        if (!index.contains(QString::fromLatin1(required)))
            missing << QString::fromLatin1(required);
    if (!index.contains(QStringLiteral("due_date")) &&
        !index.contains(QStringLiteral("terms_days")))
        missing << QStringLiteral("due_date|terms_days");
    if (!missing.isEmpty())
        throw Error(
            Error::Kind::Validation,
            tr("%1, line %2: the header has no column %3 (found: %4). A schedule file "
               "starts with a header line naming invoice_no, debtor, invoice_date, "
               "due_date or terms_days, and amount.")
                .arg(file)
                .arg(table.headerLine)
                .arg(missing.join(QStringLiteral(", ")), table.header.join(QStringLiteral(", "))),
            missing.first());

    auto col = [&index](const char *name) { return index.value(QString::fromLatin1(name), -1); };
    const int cNo = col("invoice_no"), cDebtor = col("debtor"), cDate = col("invoice_date"),
              cDue = col("due_date"), cTerms = col("terms_days"), cAmount = col("amount"),
              cCur = col("currency"), cAppr = col("approval_code"), cPo = col("po");
    auto field = [](const CsvRecord &r, int c) {
        return c < 0 ? QString() : r.fields.at(c).trimmed();
    };

    QList<ScheduleInputLine> out;
    out.reserve(table.records.size());
    for (const CsvRecord &r : table.records) {
        ScheduleInputLine l;
        l.sourceLine = r.line;
        l.invoiceNo = field(r, cNo);
        l.debtor = field(r, cDebtor);
        l.invoiceDate = field(r, cDate);
        l.dueDate = field(r, cDue);
        l.termsDays = field(r, cTerms);
        l.amount = field(r, cAmount);
        l.currency = field(r, cCur);
        l.approvalCode = field(r, cAppr);
        l.po = field(r, cPo);
        out.append(l);
    }
    return out;
}

ParsedLines ScheduleImport::validate(const QList<ScheduleInputLine> &input, const QString &currency,
                                     const QHash<QString, DebtorRef> &debtors)
{
    ParsedLines result;
    result.inputCount = int(input.size());
    result.lines.reserve(input.size());
    const Currency cur(currency);
    QSet<QString> unknown;
    for (int row = 0; row < input.size(); ++row) {
        const ScheduleInputLine &in = input[row];
        const int lineNo = in.sourceLine > 0 ? in.sourceLine : row + 1;
        bool bad = false;
        auto fail = [&](const char *column, const QString &message) {
            result.errors.append(ImportError{lineNo, QString::fromLatin1(column), message});
            bad = true;
        };
        ScheduleLine l;
        l.sourceLine = in.sourceLine;
        l.invoiceNo = in.invoiceNo.trimmed();
        l.currency = cur.code();
        l.amount = l.eligible = l.advance = l.commission = l.reserve = l.openBalance =
            Money::fromMinor(0, cur);
        l.approvalCode = in.approvalCode.trimmed();
        l.po = in.po.trimmed();

        if (l.invoiceNo.isEmpty())
            fail("invoice_no", tr("the invoice number is missing."));
        else if (l.invoiceNo.size() > 64)
            fail("invoice_no", tr("the invoice number is longer than 64 characters."));
        else if (InvoiceNumber::key(l.invoiceNo).isEmpty())
            fail("invoice_no", tr("the invoice number has no visible characters."));

        const QString code = in.debtor.trimmed();
        if (code.isEmpty()) {
            fail("debtor", tr("the debtor code is missing."));
        } else {
            const auto it = debtors.constFind(code.toUpper());
            if (it == debtors.constEnd()) {
                fail("debtor", tr("unknown debtor \"%1\".").arg(code));
                unknown.insert(code);
            } else {
                l.debtorId = it->id;
                l.debtorCode = it->code;
                l.debtorName = it->name;
            }
        }

        const QString dateText = in.invoiceDate.trimmed();
        l.invoiceDate = parseDate(dateText);
        if (dateText.isEmpty())
            fail("invoice_date", tr("the invoice date is missing."));
        else if (!l.invoiceDate.isValid())
            fail("invoice_date",
                 tr("\"%1\" is not a date (write YYYY-MM-DD or DD.MM.YYYY).").arg(dateText));

        const QString dueText = in.dueDate.trimmed();
        const QString termsText = in.termsDays.trimmed();
        if (!dueText.isEmpty()) {
            l.dueDate = parseDate(dueText);
            if (!l.dueDate.isValid())
                fail("due_date",
                     tr("\"%1\" is not a date (write YYYY-MM-DD or DD.MM.YYYY).").arg(dueText));
        } else if (!termsText.isEmpty()) {
            bool ok = false;
            const int days = termsText.toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                fail("terms_days",
                     tr("\"%1\" is not a number of days between 0 and 3650.").arg(termsText));
            else if (l.invoiceDate.isValid())
                l.dueDate = l.invoiceDate.addDays(days);
        } else {
            fail("due_date", tr("the due date (or the terms in days) is missing."));
        }
        if (l.invoiceDate.isValid() && l.dueDate.isValid() && l.dueDate < l.invoiceDate)
            fail("due_date", tr("the due date %1 is before the invoice date %2.")
                                 .arg(isoDate(l.dueDate), isoDate(l.invoiceDate)));

        const QString amountText = plainAmount(in.amount.trimmed(), cur.decimals());
        if (amountText.isEmpty()) {
            fail("amount", tr("the amount is missing."));
        } else {
            const std::optional<Money> m = Money::parse(amountText, cur);
            if (!m) {
                bool digitsOnly = true;
                for (const QChar c : amountText)
                    if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char('-'))
                        digitsOnly = false;
                const qsizetype dot = amountText.indexOf(QLatin1Char('.'));
                if (digitsOnly && dot >= 0 && amountText.size() - dot - 1 > cur.decimals())
                    fail("amount",
                         tr("\"%1\" has more than %n decimal(s).", nullptr, cur.decimals())
                             .arg(in.amount.trimmed()));
                else if (digitsOnly && amountText.count(QLatin1Char('.')) <= 1 &&
                         amountText.lastIndexOf(QLatin1Char('-')) <= 0 &&
                         amountText.contains(QRegularExpression(QStringLiteral("[0-9]"))))
                    fail("amount",
                         tr("the amount %1 is more than one invoice can be (at most "
                            "%2).")
                             .arg(in.amount.trimmed(), maxInvoiceAmount(cur).toPlainString()));
                else
                    fail("amount", tr("\"%1\" is not a number (write 1234.56; thousands "
                                      "separators only in groups of three, as in 1,234.56).")
                                       .arg(in.amount.trimmed()));
            } else if (m->isNegative()) {
                fail("amount", tr("the amount %1 is negative.").arg(in.amount.trimmed()));
            } else if (m->isZero()) {
                fail("amount", tr("the amount is zero."));
            } else if (*m > maxInvoiceAmount(cur)) {
                fail("amount",
                     tr("the amount %1 is more than one invoice can be (at most %2).")
                         .arg(in.amount.trimmed(), maxInvoiceAmount(cur).toPlainString()));
            } else {
                l.amount = *m;
            }
        }

        const QString lineCurrency = in.currency.trimmed();
        if (!lineCurrency.isEmpty()) {
            const Currency c(lineCurrency);
            if (!c.isValid())
                fail("currency", tr("\"%1\" is not a currency code.").arg(lineCurrency));
            else if (!(c == cur))
                fail("currency", tr("the invoice is in %1 but the client's currency is %2.")
                                     .arg(c.code(), cur.code()));
        }
        if (l.approvalCode.size() > 64)
            fail("approval_code", tr("the approval code is longer than 64 characters."));
        if (bad)
            continue;
        l.lineNo = int(result.lines.size()) + 1;
        result.lines.append(l);
    }
    result.unknownDebtors = QStringList(unknown.begin(), unknown.end());
    result.unknownDebtors.sort();
    return result;
}

} // namespace FactorDesk
