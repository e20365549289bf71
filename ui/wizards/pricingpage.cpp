#include "pricingpage.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "scheduledialog.h"
#include "schedulelinemodel.h"
#include "wizardlinetable.h"
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

PricingPage::PricingPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(wizardLineTable(this, wizard->pricedModel(), "pricing"))
    , m_note(new QLabel(this))
    , m_totalsBox(new QGroupBox(tr("Totals"), this))
    , m_over(new ErrorLabel(this))
{
    m_over->setObjectName(QStringLiteral("overAvailability"));
    setTitle(tr("Pricing"));
    setSubTitle(tr("The purchase split of every line (advance, commission, reserve) and what "
                   "the client is paid."));
    m_table->setColumnHidden(int(ScheduleLineModel::Column::Checks), true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto *grid = new QGridLayout(m_totalsBox);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("face"), tr("Face value")},
        {QStringLiteral("eligible"), tr("Eligible")},
        {QStringLiteral("ineligible"), tr("Ineligible")},
        {QStringLiteral("advance"), tr("Advance")},
        {QStringLiteral("commission"), tr("Commission")},
        {QStringLiteral("reserve"), tr("Reserve")},
        {QStringLiteral("charges"), tr("Charges deducted")},
        {QStringLiteral("net"), tr("Net payment to the client")},
        {QStringLiteral("paymentDate"), tr("Payment date")},
        {QStringLiteral("maturityDate"), tr("Average due date")},
        {QStringLiteral("availableBefore"), tr("Availability before")},
        {QStringLiteral("availableAfter"), tr("Availability after")}};
    for (int i = 0; i < rows.size(); ++i) {
        auto *value = new QLabel(m_totalsBox);
        value->setObjectName(rows.at(i).first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Two columns of label/value pairs.
        const int r = i % 6;
        const int c = (i / 6) * 3;
        grid->addWidget(new QLabel(rows.at(i).second + QLatin1Char(':'), m_totalsBox), r, c);
        grid->addWidget(value, r, c + 1);
    }
    grid->setColumnMinimumWidth(2, 32);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalsBox);
    layout->addWidget(m_over);
    layout->addWidget(m_note);
}

void PricingPage::initializePage()
{
    m_wizard->reprice();
    m_table->resizeColumnsToContents();
    const ScheduleTotals &t = m_wizard->totals();
    const QLocale locale;
    const int decimals = Currency(m_wizard->currency()).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
    const auto set = [&](const char *key, const QString &text) {
        if (auto *l = m_totalsBox->findChild<QLabel *>(QString::fromLatin1(key)))
            l->setText(text);
    };
    set("face", money(t.face));
    set("eligible", money(t.eligible));
    set("ineligible", money(t.ineligible));
    set("advance", money(t.advance));
    set("commission", money(t.commission));
    set("reserve", money(t.reserve));
    set("charges", money(t.charges));
    set("net", QStringLiteral("<b>%1</b>").arg(money(t.netPayment)));
    set("paymentDate", LocaleFormat::date(t.paymentDate));
    set("maturityDate", LocaleFormat::date(t.maturityDate));
    const SchedulePreview &p = m_wizard->preview();
    set("availableBefore", money(p.before.available));
    set("availableAfter", money(p.after.available));
    // What needs attention is in the alert colour: an availability already below zero, and
    // the one after a purchase that goes over it (the commission alone does not).
    const bool over = m_wizard->overAvailability().isPositive();
    for (auto [key, alert] : {std::pair{"availableBefore", p.before.available.isNegative()},
                              {"availableAfter", over}}) {
        if (auto *l = m_totalsBox->findChild<QLabel *>(QString::fromLatin1(key)))
            l->setStyleSheet(alert ? alertStyleSheet() : QString());
    }
    m_over->showMessage(overAvailabilityText(m_wizard));

    QStringList notes;
    const auto &terms = m_wizard->terms();
    if (terms && terms->arrangement == Arrangement::Collection)
        notes << tr("Collection arrangement: no advance is paid now; the client is paid as its "
                    "debtors pay.");
    if (terms && terms->arrangement == Arrangement::Maturity)
        notes << tr("Maturity arrangement: the payment falls due on the average due date of the "
                    "invoices, weighted by amount: %1.")
                     .arg(LocaleFormat::date(t.maturityDate));
    if (!m_wizard->overrides().isEmpty())
        notes << tr("Priced with %n override(s), as approving will.", nullptr,
                    int(m_wizard->overrides().size()));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

QString PricingPage::overAvailabilityText(const PurchaseWizard *wizard)
{
    const Money over = wizard->overAvailability();
    if (!over.isPositive())
        return {};
    return tr("This purchase takes the client %1 %2 over its availability (the over-advance "
              "line included). Posting it needs a manager's override with a reason.")
        .arg(wizard->currency(),
             Money::localized(over.minor(), QLocale(), Currency(wizard->currency()).decimals()));
}

QString PricingPage::totalText(const QString &key) const
{
    const auto *l = m_totalsBox->findChild<QLabel *>(key);
    if (!l)
        return {};
    QString text = l->text();
    text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return text;
}

} // namespace FactorDesk
