#include "agreementdialog.h"

#include "agreementservice.h"
#include "clock.h"
#include "error.h"
#include "errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

const QStringList kRates = {QStringLiteral("advance"),         QStringLiteral("commission"),
                            QStringLiteral("interest-margin"), QStringLiteral("concentration"),
                            QStringLiteral("cross-aging"),     QStringLiteral("penalty")};
const QStringList kAmounts = {QStringLiteral("min-fee"),
                              QStringLiteral("facility"),
                              QStringLiteral("over-advance"),
                              QStringLiteral("verification-threshold"),
                              QStringLiteral("charge-per-invoice"),
                              QStringLiteral("charge-per-schedule"),
                              QStringLiteral("charge-per-transfer"),
                              QStringLiteral("charge-per-credit-decision")};

QString rateText(Rate r, const QLocale &locale)
{
    QString s = r.toPercentString();
    s.replace(QLatin1Char('.'), locale.decimalPoint());
    return s;
}

} // namespace

AgreementDialog::AgreementDialog(const AppContext &context, const Client &client, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(client)
    , m_tabs(new QTabWidget(this))
    , m_from(new QDateEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("New terms for %1").arg(client.code));
    QDate from = m_context.today();
    m_base = AgreementService::defaults();
    try {
        const QList<Agreement> versions = AgreementService(*context.db).history(client.id);
        if (!versions.isEmpty()) {
            m_base = versions.last();
            from = std::max(from, versions.last().effectiveFrom.addDays(1));
        }
    } catch (const Error &e) {
        showError(e);
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        m_base.id
            ? tr("A new version of the terms of %1, starting from the version of %2. Older "
                 "versions are kept as they are.")
                  .arg(client.name, QLocale().toString(m_base.effectiveFrom, QLocale::ShortFormat))
            : tr("The first agreement of %1.").arg(client.name),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);

    const QLocale locale;
    const auto lineEdit = [this](const QString &key) {
        auto *e = new QLineEdit(this);
        e->setObjectName(key);
        return e;
    };
    const auto spin = [this](const QString &key, int max) {
        auto *s = new QSpinBox(this);
        s->setObjectName(key);
        s->setRange(0, max);
        return s;
    };
    const QString percent = QStringLiteral("%");
    const QString currency = client.currency.code();

    // Terms: how the factor pays and what it charges.
    auto *terms = page(tr("&Terms"));
    auto *form = qobject_cast<QFormLayout *>(terms->layout());
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(
        locale.dateFormat(QLocale::ShortFormat)
            .replace(QRegularExpression(QStringLiteral("\\by+\\b")), QStringLiteral("yyyy")));
    m_from->setDate(from);
    addRow(form, QStringLiteral("from"), tr("In force &from:"), m_from);
    auto *arrangement = new QComboBox(this);
    arrangement->setObjectName(QStringLiteral("arrangement"));
    for (Arrangement a : {Arrangement::Advance, Arrangement::Collection, Arrangement::Maturity})
        arrangement->addItem(arrangementTitle(a), arrangementName(a));
    addRow(form, QStringLiteral("arrangement"), tr("Payment &arrangement:"), arrangement);
    auto *recourse =
        new QCheckBox(tr("With &recourse (the client buys back unpaid invoices)"), this);
    recourse->setObjectName(QStringLiteral("recourse"));
    addRow(form, QStringLiteral("recourse"), QString(), recourse);
    auto *notification = new QCheckBox(tr("&Notified (debtors pay the factor)"), this);
    notification->setObjectName(QStringLiteral("notification"));
    addRow(form, QStringLiteral("notification"), QString(), notification);
    addRow(form, QStringLiteral("advance"), tr("Ad&vance rate:"),
           lineEdit(QStringLiteral("advance")), percent);
    addRow(form, QStringLiteral("commission"), tr("&Commission rate:"),
           lineEdit(QStringLiteral("commission")), percent);
    auto *tiers = lineEdit(QStringLiteral("discount-tiers"));
    tiers->setPlaceholderText(tr("e.g. 30:1.5,10:0.5"));
    tiers->setToolTip(tr("DAYS:PERCENT for the first period, then DAYS:PERCENT for each further "
                         "period or part; the last tier repeats. Empty: no discount fee."));
    addRow(form, QStringLiteral("discount-tiers"), tr("&Discount fee tiers:"), tiers);
    m_tiersText = new QLabel(this);
    m_tiersText->setObjectName(QStringLiteral("tiersText"));
    m_tiersText->setWordWrap(true);
    form->addRow(QString(), m_tiersText);
    connect(tiers, &QLineEdit::textChanged, this, [this](const QString &text) {
        try {
            m_tiersText->setText(AgreementService::tiersText(Agreement::parseTiers(text)));
        } catch (const Error &e) {
            m_tiersText->setText(e.message());
        }
    });
    addRow(form, QStringLiteral("interest-margin"), tr("&Interest margin:"),
           lineEdit(QStringLiteral("interest-margin")), tr("% over the base rate"));
    auto *dayCount = new QComboBox(this);
    dayCount->setObjectName(QStringLiteral("day-count"));
    dayCount->addItem(tr("ACT/360"), 360);
    dayCount->addItem(tr("ACT/365"), 365);
    addRow(form, QStringLiteral("day-count"), tr("Da&y count:"), dayCount);
    addRow(form, QStringLiteral("min-fee"), tr("&Minimum fee per month:"),
           lineEdit(QStringLiteral("min-fee")), currency);

    // Limits and eligibility.
    auto *limits = page(tr("&Limits"));
    form = qobject_cast<QFormLayout *>(limits->layout());
    addRow(form, QStringLiteral("facility"), tr("&Facility limit:"),
           lineEdit(QStringLiteral("facility")), currency);
    addRow(form, QStringLiteral("over-advance"), tr("&Over-advance limit:"),
           lineEdit(QStringLiteral("over-advance")), currency);
    addRow(form, QStringLiteral("concentration"), tr("&Concentration limit:"),
           lineEdit(QStringLiteral("concentration")), tr("% of receivables on one debtor"));
    addRow(form, QStringLiteral("cross-aging"), tr("C&ross-aging limit:"),
           lineEdit(QStringLiteral("cross-aging")), tr("% over 90 days past due"));
    addRow(form, QStringLiteral("verification-threshold"), tr("&Verify invoices from:"),
           lineEdit(QStringLiteral("verification-threshold")), currency);
    addRow(form, QStringLiteral("max-age-days"), tr("Maximum invoice &age:"),
           spin(QStringLiteral("max-age-days"), 3650), tr("days (0: none)"));
    addRow(form, QStringLiteral("recourse-days"), tr("Rec&ourse period:"),
           spin(QStringLiteral("recourse-days"), 3650), tr("days after due date"));

    // Days and charges.
    auto *charges = page(tr("&Charges and days"));
    form = qobject_cast<QFormLayout *>(charges->layout());
    auto *purchaseDay = new QCheckBox(tr("The &purchase day counts as day one"), this);
    purchaseDay->setObjectName(QStringLiteral("purchase-day-counts"));
    addRow(form, QStringLiteral("purchase-day-counts"), QString(), purchaseDay);
    addRow(form, QStringLiteral("clearance-days"), tr("C&learance days:"),
           spin(QStringLiteral("clearance-days"), 30), tr("days added to receipts"));
    addRow(form, QStringLiteral("charge-per-invoice"), tr("Charge per &invoice:"),
           lineEdit(QStringLiteral("charge-per-invoice")), currency);
    addRow(form, QStringLiteral("charge-per-schedule"), tr("Charge per &schedule:"),
           lineEdit(QStringLiteral("charge-per-schedule")), currency);
    addRow(form, QStringLiteral("charge-per-transfer"), tr("Charge per &transfer:"),
           lineEdit(QStringLiteral("charge-per-transfer")), currency);
    addRow(form, QStringLiteral("charge-per-credit-decision"), tr("Charge per credit &decision:"),
           lineEdit(QStringLiteral("charge-per-credit-decision")), currency);
    addRow(form, QStringLiteral("penalty"), tr("&Penalty rate:"),
           lineEdit(QStringLiteral("penalty")), tr("% after the recourse date"));
    addRow(form, QStringLiteral("note"), tr("N&ote:"), lineEdit(QStringLiteral("note")));

    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!context.session.has(Role::Manager)) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_error->showMessage(tr("Only managers set agreements."));
    }
    load(m_base);
    resize(640, 560);
}

QWidget *AgreementDialog::page(const QString &title)
{
    auto *w = new QWidget(m_tabs);
    new QFormLayout(w);
    m_tabs->addTab(w, title);
    return w;
}

void AgreementDialog::addRow(QFormLayout *form, const QString &key, const QString &label,
                             QWidget *editor, const QString &suffix)
{
    auto *row = new QWidget(form->parentWidget());
    auto *box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(editor, 1);
    if (!suffix.isEmpty())
        box->addWidget(new QLabel(suffix, row));
    auto *error = new QLabel(row);
    error->setObjectName(key + QStringLiteral("-error"));
    error->setStyleSheet(alertStyleSheet());
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->hide();
    box->addWidget(error, 2);
    form->addRow(label, row);
    m_editors.insert(key, editor);
    m_errors.insert(key, error);
    m_pages.insert(key, form->parentWidget());
}

void AgreementDialog::load(const Agreement &t)
{
    const QLocale locale;
    const auto setRate = [&](const QString &key, Rate r) {
        qobject_cast<QLineEdit *>(editor(key))->setText(rateText(r, locale));
    };
    const auto setAmount = [&](const QString &key, Money m) {
        qobject_cast<QLineEdit *>(editor(key))
            ->setText(Money::localized(m.minor(), locale, m_client.currency.decimals()));
    };
    auto *arrangement = qobject_cast<QComboBox *>(editor(QStringLiteral("arrangement")));
    arrangement->setCurrentIndex(arrangement->findData(arrangementName(t.arrangement)));
    qobject_cast<QCheckBox *>(editor(QStringLiteral("recourse")))->setChecked(t.recourse);
    qobject_cast<QCheckBox *>(editor(QStringLiteral("notification")))->setChecked(t.notification);
    qobject_cast<QCheckBox *>(editor(QStringLiteral("purchase-day-counts")))
        ->setChecked(t.purchaseDayCounts);
    setRate(QStringLiteral("advance"), t.advanceRate);
    setRate(QStringLiteral("commission"), t.commissionRate);
    setRate(QStringLiteral("interest-margin"), t.interestMargin);
    setRate(QStringLiteral("concentration"), t.concentrationLimit);
    setRate(QStringLiteral("cross-aging"), t.crossAgingLimit);
    setRate(QStringLiteral("penalty"), t.penaltyRate);
    qobject_cast<QLineEdit *>(editor(QStringLiteral("discount-tiers")))
        ->setText(Agreement::tiersToString(t.discountTiers));
    m_tiersText->setText(AgreementService::tiersText(t.discountTiers));
    auto *dayCount = qobject_cast<QComboBox *>(editor(QStringLiteral("day-count")));
    dayCount->setCurrentIndex(dayCount->findData(t.dayCount));
    setAmount(QStringLiteral("min-fee"), t.minimumFee);
    setAmount(QStringLiteral("facility"), t.facilityLimit);
    setAmount(QStringLiteral("over-advance"), t.overAdvanceLimit);
    setAmount(QStringLiteral("verification-threshold"), t.verificationThreshold);
    setAmount(QStringLiteral("charge-per-invoice"), t.chargePerInvoice);
    setAmount(QStringLiteral("charge-per-schedule"), t.chargePerSchedule);
    setAmount(QStringLiteral("charge-per-transfer"), t.chargePerTransfer);
    setAmount(QStringLiteral("charge-per-credit-decision"), t.chargePerCreditDecision);
    qobject_cast<QSpinBox *>(editor(QStringLiteral("recourse-days")))->setValue(t.recourseDays);
    qobject_cast<QSpinBox *>(editor(QStringLiteral("clearance-days")))->setValue(t.clearanceDays);
    qobject_cast<QSpinBox *>(editor(QStringLiteral("max-age-days")))->setValue(t.maxInvoiceAgeDays);
    qobject_cast<QLineEdit *>(editor(QStringLiteral("note")))->clear();
}

Agreement AgreementDialog::gather() const
{
    const QLocale locale;
    Agreement t = m_base;
    t.id = 0;
    t.effectiveFrom = m_from->date();
    const auto text = [&](const QString &key) {
        return qobject_cast<QLineEdit *>(editor(key))->text().trimmed();
    };
    const auto rate = [&](const QString &key) {
        QString s = text(key);
        if (s.endsWith(QLatin1Char('%')))
            s = s.chopped(1).trimmed();
        s.replace(locale.decimalPoint(), QStringLiteral("."));
        const auto r = Rate::parsePercent(s);
        if (!r)
            throw Error(Error::Kind::Validation,
                        tr("\"%1\" is not a percentage; write it like %2.")
                            .arg(text(key), rateText(Rate::fromPpm(15000), locale)),
                        key);
        return *r;
    };
    // Amounts are read in the user's locale only, with at most the currency's decimals: a
    // "1.500" typed in German is fifteen hundred, never one and a half.
    const int decimals = m_client.currency.decimals();
    const QString example = Money::localized(150000, locale, decimals);
    const auto amount = [&](const QString &key) -> Money {
        const QString s = text(key);
        if (s.isEmpty())
            return Money::fromMinor(0, m_client.currency);
        if (auto m = Money::parseLocale(s, locale, m_client.currency))
            return *m;
        QString title = key;
        for (const AgreementTerm &term : AgreementService::describe(m_base, m_client.currency))
            if (term.key == key)
                title = term.title;
        const qsizetype point = s.indexOf(locale.decimalPoint());
        if (point >= 0 && s.size() - point - locale.decimalPoint().size() > decimals)
            throw Error(Error::Kind::Validation,
                        tr("%1: \"%2\" has more than %n decimal(s), the most %3 allows; write it "
                           "like %4.",
                           nullptr, decimals)
                            .arg(title, s, m_client.currency.code(), example),
                        key);
        throw Error(Error::Kind::Validation,
                    tr("%1: \"%2\" is not an amount; write it like %3.").arg(title, s, example),
                    key);
    };
    t.arrangement = parseArrangement(
        qobject_cast<QComboBox *>(editor(QStringLiteral("arrangement")))->currentData().toString());
    t.recourse = qobject_cast<QCheckBox *>(editor(QStringLiteral("recourse")))->isChecked();
    t.notification = qobject_cast<QCheckBox *>(editor(QStringLiteral("notification")))->isChecked();
    t.purchaseDayCounts =
        qobject_cast<QCheckBox *>(editor(QStringLiteral("purchase-day-counts")))->isChecked();
    t.advanceRate = rate(QStringLiteral("advance"));
    t.commissionRate = rate(QStringLiteral("commission"));
    t.interestMargin = rate(QStringLiteral("interest-margin"));
    t.concentrationLimit = rate(QStringLiteral("concentration"));
    t.crossAgingLimit = rate(QStringLiteral("cross-aging"));
    t.penaltyRate = rate(QStringLiteral("penalty"));
    t.discountTiers = Agreement::parseTiers(text(QStringLiteral("discount-tiers")));
    t.dayCount =
        qobject_cast<QComboBox *>(editor(QStringLiteral("day-count")))->currentData().toInt();
    t.minimumFee = amount(QStringLiteral("min-fee"));
    t.facilityLimit = amount(QStringLiteral("facility"));
    t.overAdvanceLimit = amount(QStringLiteral("over-advance"));
    t.verificationThreshold = amount(QStringLiteral("verification-threshold"));
    t.chargePerInvoice = amount(QStringLiteral("charge-per-invoice"));
    t.chargePerSchedule = amount(QStringLiteral("charge-per-schedule"));
    t.chargePerTransfer = amount(QStringLiteral("charge-per-transfer"));
    t.chargePerCreditDecision = amount(QStringLiteral("charge-per-credit-decision"));
    t.recourseDays = qobject_cast<QSpinBox *>(editor(QStringLiteral("recourse-days")))->value();
    t.clearanceDays = qobject_cast<QSpinBox *>(editor(QStringLiteral("clearance-days")))->value();
    t.maxInvoiceAgeDays = qobject_cast<QSpinBox *>(editor(QStringLiteral("max-age-days")))->value();
    t.note = text(QStringLiteral("note"));
    return t;
}

void AgreementDialog::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_error->hide();
}

void AgreementDialog::showError(const Error &error)
{
    if (QLabel *label = m_errors.value(error.field())) {
        label->setText(error.message());
        label->show();
        m_tabs->setCurrentWidget(m_pages.value(error.field()));
        editor(error.field())->setFocus();
    }
    m_error->showMessage(tr("The terms were not saved: %1").arg(error.message()));
}

void AgreementDialog::accept()
{
    clearErrors();
    try {
        const Agreement terms = gather();
        AgreementService::validate(terms, m_client.currency);
        m_savedId = AgreementService(*m_context.db)
                        .setTerms(m_context.session, m_client.id, terms.effectiveFrom, terms);
    } catch (const Error &e) {
        showError(e);
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
