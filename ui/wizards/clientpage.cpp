#include "clientpage.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "error.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
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

ClientPage::ClientPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_client(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_terms(new QLabel(this))
{
    setTitle(tr("Client and schedule"));
    setSubTitle(tr("Whose invoices are bought, and the schedule's number and date."));
    m_client->setObjectName(QStringLiteral("client"));
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("next number (automatic)"));
    m_number->setMaxLength(32);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::RichText);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Schedule &number:"), m_number);
    form->addRow(tr("Schedule &date:"), m_date);
    auto *box = new QGroupBox(tr("Terms in force on the schedule date"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_terms);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box, 1);

    connect(m_client, &QComboBox::currentIndexChanged, this, &ClientPage::update);
    connect(m_date, &QDateEdit::dateChanged, this, &ClientPage::update);
    connect(m_number, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_wizard->setScheduleNumber(text); });
}

void ClientPage::initializePage()
{
    const QSignalBlocker block(m_client);
    m_client->clear();
    m_client->addItem(tr("Choose a client…"), qint64(0));
    try {
        for (const Client &c : ClientService(*m_wizard->context().db).list()) {
            if (c.status == ClientStatus::Active)
                m_client->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.id);
        }
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    const int at = m_client->findData(m_wizard->clientId());
    m_client->setCurrentIndex(at < 0 ? 0 : at);
    m_date->setDate(m_wizard->scheduleDate());
    update();
}

void ClientPage::update()
{
    if (m_wizard->clientId() != m_client->currentData().toLongLong())
        m_wizard->setClient(m_client->currentData().toLongLong());
    if (m_wizard->scheduleDate() != m_date->date())
        m_wizard->setScheduleDate(m_date->date());
    const auto &terms = m_wizard->terms();
    if (m_wizard->clientId() == 0) {
        m_terms->setText(tr("Choose the client first."));
    } else if (!terms) {
        m_terms->setText(tr("<b>No agreement is in force for this client on %1.</b> A manager must "
                            "set the client's terms before its invoices can be bought.")
                             .arg(LocaleFormat::date(m_date->date())));
    } else {
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(tr("In force since"), LocaleFormat::date(terms->effectiveFrom));
        for (const AgreementTerm &t :
             AgreementService::describe(*terms, Currency(m_wizard->currency()))) {
            if (t.key == QLatin1String("note") && t.plain.isEmpty())
                continue;
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(t.title.toHtmlEscaped(), t.text.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        m_terms->setText(html);
    }
    emit completeChanged();
}

QString ClientPage::termsText() const
{
    return m_terms->text();
}

bool ClientPage::isComplete() const
{
    return m_wizard->clientId() != 0 && m_wizard->terms().has_value();
}

} // namespace FactorDesk
