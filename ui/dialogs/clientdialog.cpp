#include "clientdialog.h"

#include "agreementdialog.h"
#include "agreementhistorymodel.h"
#include "agreementservice.h"
#include "books.h"
#include "clientservice.h"
#include "clock.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "iban.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

ClientDialog::ClientDialog(const AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_canEdit(context.session.hasAny(Roles(Role::Clerk) | Role::Manager))
    , m_tabs(new QTabWidget(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("clientDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildAgreement(), tr("&Agreement"));
    m_tabs->addTab(buildHistory(), tr("&History"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(m_canEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                               : QDialogButtonBox::Close,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (clientId != 0) {
        try {
            m_client = ClientService(*context.db).get(clientId);
        } catch (const Error &e) {
            showError(e);
        }
        setWindowTitle(tr("Client %1").arg(m_client.code));
        loadDetails();
    } else {
        setWindowTitle(tr("New client"));
        m_currency->setText(Books::currency(*context.db).code());
    }
    loadTerms();
    resize(760, 560);
}

QWidget *ClientDialog::buildDetails()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    for (ClientStatus s : allClientStatuses())
        m_status->addItem(clientStatusTitle(s), clientStatusName(s));
    m_currency = new QLineEdit(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("ISO 4217 code; it cannot change once the client has schedules "
                              "or bookings."));
    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    m_contact = new QLineEdit(page);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("email"));
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_taxNumber = new QLineEdit(page);
    m_taxNumber->setObjectName(QStringLiteral("taxNumber"));
    m_bankAccount = new QLineEdit(page);
    m_bankAccount->setObjectName(QStringLiteral("bankAccount"));
    m_bankAccount->setPlaceholderText(tr("IBAN, or any other account number"));
    m_ibanFeedback = new QLabel(page);
    m_ibanFeedback->setObjectName(QStringLiteral("ibanFeedback"));
    m_ibanFeedback->setTextFormat(Qt::PlainText);
    m_ibanFeedback->setWordWrap(true);
    m_bankName = new QLineEdit(page);
    m_bankName->setObjectName(QStringLiteral("bankName"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(60);
    m_funds = new QLabel(page);
    m_funds->setObjectName(QStringLiteral("fundsEmployed"));

    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Con&tact:"), m_contact);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Ta&x number:"), m_taxNumber);
    form->addRow(tr("&Bank account:"), m_bankAccount);
    form->addRow(QString(), m_ibanFeedback);
    form->addRow(tr("Ban&k:"), m_bankName);
    form->addRow(tr("No&tes:"), m_notes);
    form->addRow(tr("Funds employed:"), m_funds);
    connect(m_bankAccount, &QLineEdit::textChanged, this, &ClientDialog::updateIbanFeedback);
    if (!m_canEdit)
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_code, m_name, m_status, m_currency, m_address, m_contact, m_email, m_phone,
                 m_taxNumber, m_bankAccount, m_bankName, m_notes})
            w->setEnabled(false);
    return page;
}

QWidget *ClientDialog::buildAgreement()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_termsTitle = new QLabel(page);
    m_termsTitle->setObjectName(QStringLiteral("termsTitle"));
    m_termsTitle->setTextFormat(Qt::PlainText);
    m_termsTitle->setWordWrap(true);
    layout->addWidget(m_termsTitle);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    auto *terms = new QWidget(scroll);
    m_termsForm = new QFormLayout(terms);
    scroll->setWidget(terms);
    layout->addWidget(scroll, 1);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    m_newVersion = new QPushButton(tr("&New version from date…"), page);
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    bar->addWidget(m_newVersion);
    layout->addLayout(bar);
    connect(m_newVersion, &QPushButton::clicked, this, &ClientDialog::newVersion);
    return page;
}

QWidget *ClientDialog::buildHistory()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Every version of the terms. Versions are never changed; a "
                                    "change is a new version from a date."),
                                 page));
    m_history = new AgreementHistoryModel(this);
    m_historyTable = new DataTable(page);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_history);
    m_historyTable->setStretchColumn(int(AgreementHistoryModel::Column::Changes));
    layout->addWidget(m_historyTable, 2);
    m_changes = new QLabel(page);
    m_changes->setObjectName(QStringLiteral("versionChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_changes);
    layout->addWidget(scroll, 1);
    connect(m_historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showChanges(current.row()); });
    return page;
}

void ClientDialog::loadDetails()
{
    m_code->setText(m_client.code);
    m_name->setText(m_client.name);
    m_status->setCurrentIndex(m_status->findData(clientStatusName(m_client.status)));
    m_currency->setText(m_client.currency.code());
    m_address->setPlainText(m_client.address);
    m_contact->setText(m_client.contactName);
    m_email->setText(m_client.contactEmail);
    m_phone->setText(m_client.contactPhone);
    m_taxNumber->setText(m_client.taxNumber);
    m_bankAccount->setText(Iban::format(m_client.bankAccount));
    m_bankName->setText(m_client.bankName);
    m_notes->setPlainText(m_client.notes);
    try {
        m_funds->setText(ClientService(*m_context.db)
                             .fundsEmployed(m_client.id, m_context.today())
                             .toLocaleString() +
                         QLatin1Char(' ') + m_client.currency.code());
    } catch (const Error &e) {
        showError(e);
    }
}

void ClientDialog::loadTerms()
{
    while (m_termsForm->rowCount() > 0)
        m_termsForm->removeRow(0);
    const bool manager = m_context.session.has(Role::Manager);
    m_newVersion->setEnabled(manager && m_client.id != 0);
    if (!manager)
        m_newVersion->setToolTip(tr("Only managers set agreements."));
    else if (m_client.id == 0)
        m_newVersion->setToolTip(tr("Save the client first."));
    else
        m_newVersion->setToolTip(tr("Add a version of the terms from a date; older versions "
                                    "stay as they were."));
    if (m_client.id == 0) {
        m_termsTitle->setText(tr("Save the new client first; then a manager sets its terms here."));
        m_history->setHistory({}, m_client.currency);
        return;
    }
    try {
        AgreementService agreements(*m_context.db);
        const QDate now = m_context.today();
        const std::optional<Agreement> terms = agreements.inForce(m_client.id, now);
        const QList<Agreement> versions = agreements.history(m_client.id);
        if (terms) {
            m_termsTitle->setText(
                tr("Terms in force on %1 (version from %2, by %3):")
                    .arg(QLocale().toString(now, QLocale::ShortFormat),
                         QLocale().toString(terms->effectiveFrom, QLocale::ShortFormat),
                         terms->createdBy));
            for (const AgreementTerm &t : AgreementService::describe(*terms, m_client.currency)) {
                if (t.key == QLatin1String("from"))
                    continue;
                auto *value = new QLabel(t.text);
                value->setObjectName(QStringLiteral("term-") + t.key);
                value->setTextInteractionFlags(Qt::TextSelectableByMouse);
                value->setWordWrap(true);
                m_termsForm->addRow(t.title + QLatin1Char(':'), value);
            }
        } else if (!versions.isEmpty()) {
            m_termsTitle->setText(
                tr("No terms are in force yet; the first version starts on %1.")
                    .arg(QLocale().toString(versions.first().effectiveFrom, QLocale::ShortFormat)));
        } else {
            m_termsTitle->setText(tr("This client has no agreement yet."));
        }
        m_history->setHistory(versions, m_client.currency);
        m_historyTable->fitColumns();
        if (!versions.isEmpty())
            m_historyTable->selectRow(int(versions.size()) - 1);
    } catch (const Error &e) {
        showError(e);
    }
}

void ClientDialog::showChanges(int row)
{
    if (row < 0 || row >= m_history->rowCount()) {
        m_changes->clear();
        return;
    }
    const Agreement &v = m_history->version(row);
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Version from %1, created by %2")
                                .arg(QLocale().toString(v.effectiveFrom, QLocale::ShortFormat),
                                     v.createdBy.toHtmlEscaped()));
    const QList<TermChange> changes = m_history->changesAt(row);
    if (changes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing changed."));
    } else {
        html += QStringLiteral("<table>");
        for (const TermChange &c : changes) {
            html += row == 0 ? QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                                   .arg(c.title.toHtmlEscaped(), c.after.toHtmlEscaped())
                             : QStringLiteral("<tr><td>%1</td><td>%2 → %3</td></tr>")
                                   .arg(c.title.toHtmlEscaped(), c.before.toHtmlEscaped(),
                                        c.after.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_changes->setText(html);
}

void ClientDialog::updateIbanFeedback()
{
    const QString text = m_bankAccount->text();
    const Iban::Status status = Iban::check(text);
    switch (status) {
    case Iban::Status::NotIban:
        m_ibanFeedback->setStyleSheet(QString());
        m_ibanFeedback->setText(text.trimmed().isEmpty() ? QString()
                                                         : tr("Not an IBAN: kept as written."));
        break;
    case Iban::Status::Valid:
        m_ibanFeedback->setStyleSheet(QStringLiteral("color: #1b5e20"));
        m_ibanFeedback->setText(tr("✓ A valid IBAN of %1.").arg(Iban::compact(text).left(2)));
        break;
    default:
        m_ibanFeedback->setStyleSheet(alertStyleSheet());
        m_ibanFeedback->setText(Iban::problem(text, status));
        break;
    }
}

void ClientDialog::showError(const Error &error)
{
    m_error->showMessage(error.message());
    const QHash<QString, QWidget *> fields = {
        {QStringLiteral("code"), m_code},     {QStringLiteral("name"), m_name},
        {QStringLiteral("status"), m_status}, {QStringLiteral("currency"), m_currency},
        {QStringLiteral("e-mail"), m_email},  {QStringLiteral("bank account"), m_bankAccount},
    };
    if (QWidget *w = fields.value(error.field())) {
        m_tabs->setCurrentIndex(0);
        w->setFocus();
    }
}

void ClientDialog::accept()
{
    if (!m_canEdit) {
        QDialog::accept();
        return;
    }
    Client c = m_client;
    c.code = m_code->text();
    c.name = m_name->text();
    c.status = parseClientStatus(m_status->currentData().toString());
    c.currency = Currency(m_currency->text());
    c.address = m_address->toPlainText();
    c.contactName = m_contact->text();
    c.contactEmail = m_email->text();
    c.contactPhone = m_phone->text();
    c.taxNumber = m_taxNumber->text();
    c.bankAccount = m_bankAccount->text();
    c.bankName = m_bankName->text();
    c.notes = m_notes->toPlainText();
    try {
        if (!m_currency->text().trimmed().isEmpty() && !c.currency.isValid())
            throw Error(
                Error::Kind::Validation,
                tr("currency: \"%1\" is not a three-letter currency code.").arg(m_currency->text()),
                QStringLiteral("currency"));
        ClientService clients(*m_context.db);
        if (c.id == 0)
            c.id = clients.add(m_context.session, c);
        else
            clients.update(m_context.session, c);
        m_client = clients.get(c.id);
    } catch (const Error &e) {
        showError(e);
        return;
    }
    QDialog::accept();
}

void ClientDialog::newVersion()
{
    if (m_client.id == 0)
        return;
    AgreementDialog dialog(m_context, m_client, this);
    if (dialog.exec() == QDialog::Accepted) {
        loadTerms();
        m_tabs->setCurrentIndex(1);
    }
}

} // namespace FactorDesk
