#include "confirmpage.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "pricingpage.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "savedfilenotice.h"
#include "scheduledialog.h"
#include "schedulelinemodel.h"
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

ConfirmPage::ConfirmPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_over(new ErrorLabel(this))
    , m_post(new QPushButton(tr("&Post purchase"), this))
    , m_submit(new QPushButton(tr("&Save as submitted"), this))
    , m_result(new QLabel(this))
    , m_printAdvice(new QPushButton(tr("&Print purchase advice…"), this))
    , m_saveAdvice(new QPushButton(tr("Save advice as P&DF…"), this))
    , m_printNotices(new QPushButton(tr("Print &notices of assignment…"), this))
    , m_saveNotices(new QPushButton(tr("Save notices as PD&F…"), this))
{
    setTitle(tr("Confirm and post"));
    setSubTitle(tr("Funding marks the schedule funded, the invoices purchased, posts the "
                   "journal entry and records the payment due to the client, all at once."));
    for (auto [w, name] : {std::pair<QWidget *, const char *>{m_summary, "summary"},
                           {m_explain, "explanation"},
                           {m_over, "overAvailability"},
                           {m_post, "post"},
                           {m_submit, "submit"},
                           {m_result, "result"},
                           {m_printAdvice, "printAdvice"},
                           {m_saveAdvice, "saveAdvice"},
                           {m_printNotices, "printNotices"},
                           {m_saveNotices, "saveNotices"}})
        w->setObjectName(QString::fromLatin1(name));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_explain->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_post);
    actions->addWidget(m_submit);
    actions->addStretch(1);
    auto *documents = new QGridLayout;
    documents->addWidget(m_printAdvice, 0, 0);
    documents->addWidget(m_saveAdvice, 0, 1);
    documents->addWidget(m_printNotices, 1, 0);
    documents->addWidget(m_saveNotices, 1, 1);
    documents->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_explain);
    layout->addWidget(m_over);
    layout->addLayout(actions);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addLayout(documents);
    layout->addStretch(1);

    connect(m_post, &QPushButton::clicked, this, &ConfirmPage::post);
    connect(m_submit, &QPushButton::clicked, this, &ConfirmPage::submit);
    connect(m_printAdvice, &QPushButton::clicked, m_wizard, &PurchaseWizard::printAdvice);
    connect(m_printNotices, &QPushButton::clicked, m_wizard, &PurchaseWizard::printNotices);
    const auto save = [this](bool advice) {
        try {
            // The same names as the schedule dialog suggests (one function each).
            const QString suggested =
                advice ? m_wizard->suggestedAdviceFileName() : m_wizard->suggestedNoticesFileName();
            const QString path = QFileDialog::getSaveFileName(
                this, advice ? tr("Save purchase advice") : tr("Save notices of assignment"),
                suggested, tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            if (advice)
                m_wizard->saveAdvicePdf(path);
            else
                m_wizard->saveNoticesPdf(path);
            SavedFileNotice::show(this, path);
        } catch (const Error &e) {
            MainWindow::showError(this, e);
        }
    };
    connect(m_saveAdvice, &QPushButton::clicked, this, [save] { save(true); });
    connect(m_saveNotices, &QPushButton::clicked, this, [save] { save(false); });
}

void ConfirmPage::initializePage()
{
    const ScheduleTotals &t = m_wizard->totals();
    const QLocale locale;
    const int decimals = Currency(m_wizard->currency()).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
    m_summary->setText(
        tr("<p>Buy <b>%n invoice(s)</b> of <b>%2</b> with a face value of <b>%3 %4</b>: advance "
           "%5, commission %6, reserve %7, charges %8.</p><p>Net payment to the client: "
           "<b>%3 %9</b> on %10.</p>",
           nullptr, t.count)
            .arg(m_wizard->clientPage()->clientCombo()->currentText(), m_wizard->currency(),
                 money(t.face), money(t.advance), money(t.commission), money(t.reserve),
                 money(t.charges))
            .arg(money(t.netPayment), LocaleFormat::date(t.paymentDate)));
    const bool manager = m_wizard->isManager();
    m_post->setEnabled(manager && !m_wizard->isDone());
    m_post->setVisible(true);
    m_submit->setEnabled(!m_wizard->isDone());
    showOverAvailability();
    m_explain->setText(manager ? tr("Posting approves the schedule with your overrides and funds "
                                    "it in one step.")
                               : tr("Only a manager can approve and fund a schedule, so Finish "
                                    "stays disabled for you. Save the schedule as submitted: a "
                                    "manager then approves and funds it from the Schedules "
                                    "view."));
    showResult();
}

bool ConfirmPage::askAvailabilityOverride()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Over the availability"),
                              PricingPage::overAvailabilityText(m_wizard) + QStringLiteral("\n\n") +
                                  tr("Why may it be funded anyway? (kept in the audit log)"),
                              QLineEdit::Normal, m_wizard->availabilityOverride(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return false;
    m_wizard->setAvailabilityOverride(reason.trimmed());
    showOverAvailability();
    return true;
}

void ConfirmPage::showOverAvailability()
{
    QString text = PricingPage::overAvailabilityText(m_wizard);
    if (!text.isEmpty() && !m_wizard->availabilityOverride().isEmpty())
        text += QLatin1Char(' ') + tr("Override reason: %1").arg(m_wizard->availabilityOverride());
    m_over->showMessage(text);
}

void ConfirmPage::post()
{
    if (m_wizard->overAvailability().isPositive() && m_wizard->availabilityOverride().isEmpty() &&
        !askAvailabilityOverride())
        return;
    if (m_wizard->post())
        showResult();
    else if (m_wizard->isDone())
        showResult();
}

void ConfirmPage::submit()
{
    if (m_wizard->saveSubmitted())
        showResult();
}

void ConfirmPage::showResult()
{
    const bool done = m_wizard->isDone();
    const bool funded = m_wizard->isFunded();
    m_post->setEnabled(m_wizard->isManager() && !done);
    m_submit->setEnabled(!done);
    for (QPushButton *b : {m_printAdvice, m_saveAdvice})
        b->setVisible(funded);
    for (QPushButton *b : {m_printNotices, m_saveNotices})
        b->setVisible(funded && m_wizard->hasNotices());
    if (funded) {
        const FundingResult &f = m_wizard->funding();
        const QLocale locale;
        const int decimals = Currency(m_wizard->currency()).decimals();
        QString text = tr("<b>Schedule %1 is funded.</b> Net payment %2 %3.")
                           .arg(f.number, m_wizard->currency(),
                                Money::localized(f.totals.netPayment.minor(), locale, decimals));
        if (m_wizard->hasNotices())
            text += QLatin1Char(' ') +
                    tr("%n debtor(s) are new to the factor for this client: send them the notice "
                       "of assignment.",
                       nullptr, int(f.newlyNotifiedDebtorIds.size()));
        m_result->setText(text);
        wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    } else if (done) {
        m_result->setText(tr("<b>The schedule was saved as submitted.</b> A manager approves and "
                             "funds it from the Schedules view."));
        wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    } else {
        m_result->clear();
    }
    emit completeChanged();
}

bool ConfirmPage::isComplete() const
{
    return m_wizard->isDone();
}

} // namespace FactorDesk
