#include "debtordialog.h"

#include "books.h"
#include "clock.h"
#include "credithistorymodel.h"
#include "creditservice.h"
#include "datatable.h"
#include "debtorservice.h"
#include "error.h"
#include "errorlabel.h"
#include "limitrequestdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

DebtorDialog::DebtorDialog(const AppContext &context, qint64 debtorId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_canEdit(context.session.hasAny(Roles(Role::Clerk) | Role::Manager))
{
    setObjectName(QStringLiteral("debtorDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDetails(), tr("&Details"));
    layout->addWidget(m_tabs, 1);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(m_canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                               : QDialogButtonBox::Close,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DebtorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (debtorId != 0) {
        try {
            m_debtor = DebtorService(*context.db).find(debtorId);
        } catch (const Error &e) {
            showError(e.message());
        }
        m_tabs->addTab(buildClients(), tr("&Clients"));
        m_tabs->addTab(buildCredit(), tr("C&redit"));
        setWindowTitle(tr("Debtor %1").arg(m_debtor.code));
        load();
    } else {
        setWindowTitle(tr("New debtor"));
        m_status->setCurrentIndex(0);
    }
    resize(720, 520);
}

QWidget *DebtorDialog::buildDetails()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaximumHeight(70);
    m_country = new QLineEdit(page);
    m_country->setObjectName(QStringLiteral("country"));
    m_registration = new QLineEdit(page);
    m_registration->setObjectName(QStringLiteral("registration"));
    m_terms = new QSpinBox(page);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setRange(0, 3650);
    m_terms->setValue(30);
    m_terms->setSuffix(tr(" days"));
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("email"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    for (DebtorStatus s : {DebtorStatus::Active, DebtorStatus::Blocked, DebtorStatus::Insolvent})
        m_status->addItem(debtorStatusTitle(s), debtorStatusName(s));
    m_insolvency = new QDateEdit(page);
    m_insolvency->setObjectName(QStringLiteral("insolvencyDate"));
    m_insolvency->setCalendarPopup(true);
    m_insolvency->setDisplayFormat(
        QLocale()
            .dateFormat(QLocale::ShortFormat)
            .replace(QRegularExpression(QStringLiteral("\\by+\\b")), QStringLiteral("yyyy")));
    m_insolvency->setDate(m_context.today());
    m_insolvency->setEnabled(false);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Countr&y:"), m_country);
    form->addRow(tr("Re&gistration number:"), m_registration);
    form->addRow(tr("Payment &terms:"), m_terms);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Insolvent since:"), m_insolvency);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_insolvency->setEnabled(m_canEdit && m_status->currentData().toString() ==
                                                  debtorStatusName(DebtorStatus::Insolvent));
    });
    if (!m_canEdit)
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_code, m_name, m_address, m_country, m_registration,
                                              m_terms, m_email, m_status, m_insolvency})
            w->setEnabled(false);
    return page;
}

QWidget *DebtorDialog::buildClients()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("The clients this debtor buys from (changes apply at once):"), page));
    m_clients = new QListWidget(page);
    m_clients->setObjectName(QStringLiteral("clientList"));
    layout->addWidget(m_clients, 1);
    auto *row = new QHBoxLayout;
    m_clientChoice = new QComboBox(page);
    m_clientChoice->setObjectName(QStringLiteral("clientChoice"));
    try {
        for (const auto &c : DebtorService(*m_context.db).clientChoices())
            m_clientChoice->addItem(c.second, c.first);
    } catch (const Error &e) {
        showError(e.message());
    }
    m_link = new QPushButton(tr("&Link"), page);
    m_link->setObjectName(QStringLiteral("linkClient"));
    m_unlink = new QPushButton(tr("&Unlink"), page);
    m_unlink->setObjectName(QStringLiteral("unlinkClient"));
    m_link->setEnabled(m_canEdit && m_clientChoice->count() > 0);
    m_unlink->setEnabled(m_canEdit);
    row->addWidget(m_clientChoice, 1);
    row->addWidget(m_link);
    row->addWidget(m_unlink);
    layout->addLayout(row);
    connect(m_link, &QPushButton::clicked, this, &DebtorDialog::linkClient);
    connect(m_unlink, &QPushButton::clicked, this, &DebtorDialog::unlinkClient);
    return page;
}

QWidget *DebtorDialog::buildCredit()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_limit = new QLabel(page);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_exposure = new QLabel(page);
    m_exposure->setObjectName(QStringLiteral("exposure"));
    m_utilisation = new QLabel(page);
    m_utilisation->setObjectName(QStringLiteral("utilisation"));
    m_review = new QLabel(page);
    m_review->setObjectName(QStringLiteral("review"));
    form->addRow(tr("Credit limit:"), m_limit);
    form->addRow(tr("Exposure:"), m_exposure);
    form->addRow(tr("Utilisation:"), m_utilisation);
    form->addRow(tr("Review date:"), m_review);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("History of requests and decisions:"), page));
    m_history = new CreditHistoryModel(*m_context.db, this);
    m_historyTable = new DataTable(page);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_history);
    m_historyTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_historyTable, 1);
    m_request = new QPushButton(tr("Request &limit…"), page);
    m_request->setObjectName(QStringLiteral("requestLimit"));
    m_request->setEnabled(m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst));
    m_request->setToolTip(tr("Ask an analyst for a new limit (clerks and analysts)"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_request);
    layout->addLayout(row);
    connect(m_request, &QPushButton::clicked, this, &DebtorDialog::requestLimit);
    return page;
}

void DebtorDialog::load()
{
    m_code->setText(m_debtor.code);
    m_code->setReadOnly(true);
    m_name->setText(m_debtor.name);
    m_address->setPlainText(m_debtor.address);
    m_country->setText(m_debtor.country);
    m_registration->setText(m_debtor.registrationNo);
    m_terms->setValue(m_debtor.paymentTermsDays);
    m_email->setText(m_debtor.contactEmail);
    m_status->setCurrentIndex(m_status->findData(debtorStatusName(m_debtor.status)));
    if (m_debtor.insolvencyDate.isValid())
        m_insolvency->setDate(m_debtor.insolvencyDate);
    loadClients();
    loadCredit();
}

void DebtorDialog::loadClients()
{
    m_clients->clear();
    for (const ClientLink &l : m_debtor.clients) {
        auto *item = new QListWidgetItem(
            l.subLimit.isPositive()
                ? tr("%1 — %2 (sub-limit %3)")
                      .arg(l.clientCode, l.clientName, l.subLimit.toLocaleString())
                : tr("%1 — %2").arg(l.clientCode, l.clientName),
            m_clients);
        item->setData(Qt::UserRole, l.clientId);
    }
}

void DebtorDialog::loadCredit()
{
    try {
        DebtorService debtors(*m_context.db);
        const Money exposure = debtors.exposure(m_debtor.id);
        m_limit->setText(m_debtor.creditLimit.toLocaleString());
        m_exposure->setText(exposure.toLocaleString());
        const auto u = utilisationOf(exposure, m_debtor.creditLimit);
        m_utilisation->setText(u ? u->toLocalePercent()
                                 : (exposure.isPositive() ? tr("no limit") : QString()));
        const bool over = exposure.isPositive() && exposure > m_debtor.creditLimit;
        m_utilisation->setStyleSheet(over ? QStringLiteral("color: red; font-weight: bold")
                                          : QString());
        m_review->setText(m_debtor.limitReviewDate.isValid()
                              ? QLocale().toString(m_debtor.limitReviewDate, QLocale::ShortFormat)
                              : tr("none"));
        m_history->setDebtor(m_debtor.id);
        updateRequestButton();
    } catch (const Error &e) {
        showError(e.message());
    }
}

void DebtorDialog::updateRequestButton()
{
    // Said before the user types: who may ask, and that one open request is enough.
    if (!m_request)
        return;
    const bool may = m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst);
    std::optional<CreditRequest> open;
    if (may && m_debtor.id != 0)
        open = CreditService(*m_context.db).openRequest(m_debtor.id);
    m_request->setEnabled(may && !open);
    if (!may)
        m_request->setToolTip(tr("Only clerks and analysts ask for credit limits."));
    else if (open)
        m_request->setToolTip(tr("Request %1 for %2 is still open (%3): wait for its decision.")
                                  .arg(open->id)
                                  .arg(open->requestedAmount.toLocaleString(),
                                       requestStatusTitle(open->status).toLower()));
    else
        m_request->setToolTip(tr("Ask an analyst for a new limit"));
}

void DebtorDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void DebtorDialog::accept()
{
    if (!m_canEdit) {
        QDialog::accept();
        return;
    }
    Debtor d = m_debtor;
    d.code = m_code->text();
    d.name = m_name->text();
    d.address = m_address->toPlainText();
    d.country = m_country->text();
    d.registrationNo = m_registration->text();
    d.paymentTermsDays = m_terms->value();
    d.contactEmail = m_email->text();
    try {
        d.status = parseDebtorStatus(m_status->currentData().toString());
        d.insolvencyDate = d.status == DebtorStatus::Insolvent ? m_insolvency->date() : QDate();
        DebtorService debtors(*m_context.db);
        if (d.id == 0)
            d.id = debtors.add(m_context.session, d);
        else
            debtors.update(m_context.session, d);
        m_debtor = debtors.find(d.id);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

void DebtorDialog::linkClient()
{
    try {
        DebtorService debtors(*m_context.db);
        debtors.linkClient(m_context.session, m_debtor.id,
                           m_clientChoice->currentData().toLongLong());
        m_debtor.clients = debtors.clients(m_debtor.id);
        showError({});
    } catch (const Error &e) {
        showError(e.message());
    }
    loadClients();
}

void DebtorDialog::unlinkClient()
{
    QListWidgetItem *item = m_clients->currentItem();
    if (!item)
        return;
    try {
        DebtorService debtors(*m_context.db);
        debtors.unlinkClient(m_context.session, m_debtor.id, item->data(Qt::UserRole).toLongLong());
        m_debtor.clients = debtors.clients(m_debtor.id);
        showError({});
    } catch (const Error &e) {
        showError(e.message());
    }
    loadClients();
}

void DebtorDialog::requestLimit()
{
    auto *dialog = new LimitRequestDialog(m_context, m_debtor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        try {
            m_debtor.creditLimit = DebtorService(*m_context.db).find(m_debtor.id).creditLimit;
        } catch (const Error &) {
        }
        loadCredit();
    });
    dialog->open();
}

} // namespace FactorDesk
