#include "checkresult.h"

#include "clock.h"
#include "localeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::CheckResult", text);
}

// Formats the canonical parameters of one check for display.
class Figures
{
public:
    Figures(const CheckResult &check, Currency currency, const QLocale &locale)
        : m_check(check)
        , m_currency(currency)
        , m_locale(locale)
    {}
    QString text(const char *key) const { return m_check.param(QString::fromLatin1(key)); }
    bool has(const char *key) const { return m_check.params.contains(QString::fromLatin1(key)); }
    QString money(const char *key) const
    {
        const QString raw = text(key);
        const std::optional<Money> m = Money::parse(raw, m_currency);
        return m ? m->toLocaleString(m_locale) : raw;
    }
    QString date(const char *key) const
    {
        const QString raw = text(key);
        const QDate d = parseIsoDate(raw);
        return d.isValid() ? LocaleFormat::date(d, m_locale) : raw;
    }
    QString rate(const char *key) const
    {
        const QString raw = text(key);
        const std::optional<Rate> r = Rate::parsePercent(raw);
        return r ? r->toLocalePercent(m_locale) : raw;
    }
    QString number(const char *key) const
    {
        bool ok = false;
        const qint64 n = text(key).toLongLong(&ok);
        return ok ? m_locale.toString(n) : text(key);
    }

private:
    const CheckResult &m_check;
    Currency m_currency;
    const QLocale &m_locale;
};

QString approvalText(const Figures &f)
{
    const QString reason = f.text("reason");
    if (reason == QLatin1String("unknown"))
        return tr("Approval code %1 is unknown.").arg(f.text("code"));
    if (reason == QLatin1String("other_party"))
        return tr("Approval code %1 was given for another client or debtor.").arg(f.text("code"));
    if (reason == QLatin1String("status"))
        return tr("Approval code %1 is %2, not approved.").arg(f.text("code"), f.text("status"));
    if (reason == QLatin1String("expired"))
        return tr("Approval code %1 expired on %2.").arg(f.text("code"), f.date("expiry"));
    if (reason == QLatin1String("ship_window"))
        return tr("The invoice date %1 is outside the ship window %2 to %3 of approval code %4.")
            .arg(f.date("date"), f.date("ship_from"), f.date("ship_to"), f.text("code"));
    return tr("%1 exceeds what is left of approval code %2 (approved %3, already used %4).")
        .arg(f.money("invoice_amount"), f.text("code"), f.money("approved"), f.money("used"));
}

void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

const QString kCode = QStringLiteral("code");
const QString kSeverity = QStringLiteral("severity");
const QString kAmount = QStringLiteral("amount");
const QString kMessage = QStringLiteral("message");

} // namespace

bool CheckCode::isOverridable(const QString &code)
{
    return code != duplicateInFile() && code != duplicateInvoiceNo();
}

QString checkSeverityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Info:
        return QStringLiteral("info");
    case CheckSeverity::Warning:
        return QStringLiteral("warning");
    case CheckSeverity::Ineligible:
        return QStringLiteral("ineligible");
    }
    return {};
}

CheckSeverity parseCheckSeverity(const QString &text)
{
    if (text == QLatin1String("ineligible"))
        return CheckSeverity::Ineligible;
    if (text == QLatin1String("warning"))
        return CheckSeverity::Warning;
    return CheckSeverity::Info;
}

QString checkText(const CheckResult &check, Currency currency, const QLocale &locale)
{
    if (!check.legacyMessage.isEmpty())
        return check.legacyMessage;
    const Figures f(check, currency, locale);
    const QString &c = check.code;
    if (c == CheckCode::duplicateInFile())
        return tr("Invoice %1 is already on line %2 of this schedule.")
            .arg(f.text("invoice"), f.number("line"));
    if (c == CheckCode::duplicateInvoiceNo())
        return tr("Invoice %1 of this client is already in the books.").arg(f.text("invoice"));
    if (c == CheckCode::duplicateDebtorDateAmount()) {
        if (f.has("line"))
            return tr("Line %1 of this schedule has the same debtor, date and amount.")
                .arg(f.number("line"));
        return tr("An invoice to %1 dated %2 for %3 is already in the books.")
            .arg(f.text("debtor"), f.date("date"), f.money("invoice_amount"));
    }
    if (c == CheckCode::debtorBlocked())
        return tr("Debtor %1 is blocked.").arg(f.text("debtor"));
    if (c == CheckCode::debtorInsolvent())
        return tr("Debtor %1 is insolvent.").arg(f.text("debtor"));
    if (c == CheckCode::debtorNoLimit()) {
        if (f.has("limit_currency"))
            return tr("The credit limit of debtor %1 is in %2; it does not cover invoices in %3.")
                .arg(f.text("debtor"), f.text("limit_currency"), f.text("currency"));
        if (f.has("expiry"))
            return tr("The credit limit of debtor %1 expired on %2.")
                .arg(f.text("debtor"), f.date("expiry"));
        return tr("Debtor %1 has no credit limit.").arg(f.text("debtor"));
    }
    if (c == CheckCode::tooOld())
        return tr("The invoice is %1 days old on %2; the agreement buys invoices up to %3 days "
                  "old.")
            .arg(f.number("days"), f.date("date"), f.number("max_days"));
    if (c == CheckCode::pastDue())
        return tr("The invoice fell due on %1, before the schedule date %2.")
            .arg(f.date("due"), f.date("date"));
    if (c == CheckCode::crossAged())
        return tr("Debtor %1 is cross-aged: %2 % of its balance is more than 90 days past due "
                  "(limit %3 %).")
            .arg(f.text("debtor"), f.rate("share"), f.rate("limit"));
    if (c == CheckCode::overCreditLimit())
        return tr("Over the credit limit of debtor %1: limit %2, exposure %3; %4 is unapproved.")
            .arg(f.text("debtor"), f.money("limit"), f.money("exposure"), f.money("excess"));
    if (c == CheckCode::overSubLimit())
        return tr("Over this client's sub-limit on debtor %1: sub-limit %2, exposure %3; %4 is "
                  "unapproved.")
            .arg(f.text("debtor"), f.money("limit"), f.money("exposure"), f.money("excess"));
    if (c == CheckCode::verificationRequired())
        return tr("Verify with the debtor before funding: the amount is at or above %1.")
            .arg(f.money("threshold"));
    if (c == CheckCode::approvalMatched())
        return tr("Approval code %1 matched: credit-protected.").arg(f.text("code"));
    if (c == CheckCode::approvalNotMatched())
        return approvalText(f);
    if (c == CheckCode::concentration())
        return tr("Concentration: debtor %1 would hold %2 % of the client's receivables (limit "
                  "%3 %); %4 is ineligible.")
            .arg(f.text("debtor"), f.rate("share"), f.rate("limit"), f.money("excess"));
    if (c == CheckCode::overFacility())
        return tr("Over the client's facility limit of %1 (funds employed %2); %3 is ineligible.")
            .arg(f.money("facility"), f.money("funds_employed"), f.money("excess"));
    if (c == CheckCode::overridden())
        return tr("Overridden by %1: %2").arg(f.text("by"), f.text("reason"));
    return c;
}

QString checksToJson(const QList<CheckResult> &checks)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckResult &c = checks[i];
        if (i)
            out += QLatin1Char(',');
        out += QLatin1String("{\"code\":");
        appendJsonString(out, c.code);
        out += QLatin1String(",\"severity\":");
        appendJsonString(out, checkSeverityName(c.severity));
        if (!c.amount.isZero()) {
            out += QLatin1String(",\"amount\":");
            appendJsonString(out, c.amount.toPlainString());
        }
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
            out += QLatin1Char(',');
            appendJsonString(out, it.key());
            out += QLatin1Char(':');
            appendJsonString(out, it.value());
        }
        out += QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

QList<CheckResult> checksFromJson(const QString &text, Currency currency)
{
    QList<CheckResult> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CheckResult c;
        c.code = o.value(kCode).toString();
        c.severity = parseCheckSeverity(o.value(kSeverity).toString());
        c.amount = Money::parse(o.value(kAmount).toString(), currency)
                       .value_or(Money::fromMinor(0, currency));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it.key() != kCode && it.key() != kSeverity && it.key() != kAmount)
                c.params.insert(it.key(), it.value().toString());
        out.append(c);
    }
    return out;
}

QList<CheckResult> legacyChecksFromJson(const QString &text, Currency currency)
{
    QList<CheckResult> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CheckResult c;
        c.code = o.value(kCode).toString();
        c.severity = parseCheckSeverity(o.value(kSeverity).toString());
        c.amount = Money::fromMinor(o.value(kAmount).toInteger(), currency);
        c.legacyMessage = o.value(kMessage).toString();
        out.append(c);
    }
    return out;
}

} // namespace FactorDesk
