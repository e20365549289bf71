#include "orderdialogs.h"

#include "books.h"
#include "clientservice.h"
#include "clock.h"
#include "debtorservice.h"
#include "error.h"
#include "errorlabel.h"
#include "limitrequestdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

QString dateFormat()
{
    return QLocale()
        .dateFormat(QLocale::ShortFormat)
        .replace(QRegularExpression(QStringLiteral("\\by+\\b")), QStringLiteral("yyyy"));
}

} // namespace

// ---- OrderRequestDialog ----

OrderRequestDialog::OrderRequestDialog(const AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_debtor(new QLineEdit(this))
    , m_ref(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_ship(new QDateEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Request an order approval"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_client->setObjectName(QStringLiteral("client"));
    try {
        for (const auto &c : DebtorService(*context.db).clientChoices())
            m_client->addItem(c.second, c.first);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    if (clientId)
        m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
    m_debtor->setObjectName(QStringLiteral("debtor"));
    m_debtor->setPlaceholderText(tr("debtor code"));
    m_ref->setObjectName(QStringLiteral("ref"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_ship->setObjectName(QStringLiteral("shipDate"));
    m_ship->setCalendarPopup(true);
    m_ship->setDisplayFormat(dateFormat());
    m_ship->setDate(m_context.today().addDays(7));
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Debtor:"), m_debtor);
    form->addRow(tr("&Order reference:"), m_ref);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Ship date:"), m_ship);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OrderRequestDialog::accept()
{
    try {
        const auto debtor = DebtorService(*m_context.db).findByCode(m_debtor->text());
        if (!debtor)
            throw Error(
                Error::Kind::NotFound,
                tr("debtor: there is no debtor with the code \"%1\".").arg(m_debtor->text()),
                QStringLiteral("debtor"));
        const qint64 clientId = m_client->currentData().toLongLong();
        // The order is in the client's currency, so its decimals read the amount.
        const Currency currency = ClientService(*m_context.db).get(clientId).currency;
        const auto amount = parseAmountInput(m_amount->text(), currency);
        if (!amount)
            throw Error(Error::Kind::Validation,
                        tr("amount: \"%1\" is not an amount.").arg(m_amount->text()),
                        QStringLiteral("amount"));
        m_id = OrderApprovalService(*m_context.db)
                   .request(m_context.session, clientId, debtor->id,
                            Money::fromMinor(*amount, currency), m_ship->date(), m_ref->text());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

// ---- OrderDecisionDialog ----

OrderDecisionDialog::OrderDecisionDialog(const AppContext &context, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_decision(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    try {
        m_request = OrderApprovalService(*context.db).find(id);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    setWindowTitle(tr("Decide order approval %1").arg(m_request.id));
    form->addRow(tr("Client:"), new QLabel(m_request.clientCode, this));
    form->addRow(tr("Debtor:"), new QLabel(QStringLiteral("%1 — %2").arg(m_request.debtorCode,
                                                                         m_request.debtorName),
                                           this));
    form->addRow(tr("Order:"), new QLabel(m_request.orderRef, this));
    form->addRow(tr("Amount:"), new QLabel(m_request.amount.toLocaleString(), this));
    form->addRow(tr("Ship date:"),
                 new QLabel(QLocale().toString(m_request.shipDate, QLocale::ShortFormat), this));
    form->addRow(tr("Requested by:"), new QLabel(m_request.requestedBy, this));
    m_decision->setObjectName(QStringLiteral("decision"));
    for (Decision d : {Decision::Approve, Decision::Partial, Decision::Decline, Decision::Hold})
        m_decision->addItem(decisionTitle(d), int(d));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, 365);
    m_days->setValue(OrderApprovalService::DefaultValidDays);
    m_days->setSuffix(tr(" days"));
    m_reason->setObjectName(QStringLiteral("reason"));
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Amount approved:"), m_amount);
    form->addRow(tr("&Valid for:"), m_days);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Decide"));
    layout->addWidget(m_buttons);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &OrderDecisionDialog::updateFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void OrderDecisionDialog::setDecision(Decision d)
{
    m_decision->setCurrentIndex(m_decision->findData(int(d)));
}

void OrderDecisionDialog::updateFields()
{
    const auto d = Decision(m_decision->currentData().toInt());
    m_amount->setEnabled(d == Decision::Partial);
    m_days->setEnabled(d == Decision::Approve || d == Decision::Partial);
}

void OrderDecisionDialog::accept()
{
    OrderDecision decision;
    decision.decision = Decision(m_decision->currentData().toInt());
    decision.validDays = m_days->value();
    decision.reason = m_reason->text();
    try {
        if (decision.decision == Decision::Partial) {
            const Currency currency = m_request.amount.currency();
            const auto amount = parseAmountInput(m_amount->text(), currency);
            if (!amount)
                throw Error(Error::Kind::Validation,
                            tr("amount: approving in part needs the lower amount approved."),
                            QStringLiteral("amount"));
            decision.amount = Money::fromMinor(*amount, currency);
        }
        m_result =
            OrderApprovalService(*m_context.db).decide(m_context.session, m_request.id, decision);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

// ---- ApprovalCodeDialog ----

ApprovalCodeDialog::ApprovalCodeDialog(const OrderApproval &approval, QWidget *parent)
    : QDialog(parent)
    , m_code(approval.approvalCode)
    , m_copy(new QPushButton(tr("&Copy code"), this))
{
    setObjectName(QStringLiteral("approvalCodeDialog"));
    setWindowTitle(tr("Approval code"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Order %1 of %2 for %3 is %4. Give the client this approval code:")
                       .arg(approval.orderRef, approval.debtorCode,
                            approval.approvedAmount.value_or(approval.amount).toLocaleString(),
                            requestStatusTitle(approval.status).toLower()),
                   this));
    auto *code = new QLabel(m_code, this);
    code->setObjectName(QStringLiteral("code"));
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = code->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    code->setFont(big);
    code->setAlignment(Qt::AlignCenter);
    layout->addWidget(code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setObjectName(QStringLiteral("copyCode"));
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_code);
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// ---- OrderImportDialog ----

OrderImportDialog::OrderImportDialog(const AppContext &context, const QString &fileName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_fileName(fileName)
    , m_summary(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_error(new ErrorLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_importGood(new QPushButton(tr("Import &good lines only"), this))
{
    const QString name = QFileInfo(fileName).fileName();
    setWindowTitle(tr("Import order approval requests from %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_import->setObjectName(QStringLiteral("import"));
    m_importGood->setObjectName(QStringLiteral("importGood"));
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_importGood, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &OrderImportDialog::importAll);
    connect(m_importGood, &QPushButton::clicked, this, &OrderImportDialog::importGood);
    try {
        m_preview = OrderApprovalService(*context.db).previewImport(fileName);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        m_import->setEnabled(false);
        m_importGood->setEnabled(false);
        return;
    }
    for (const ImportIssue &i : m_preview.issues)
        m_issues->addItem(i.column.isEmpty()
                              ? tr("Line %1: %2").arg(i.line).arg(i.message)
                              : tr("Line %1, %2: %3").arg(i.line).arg(i.column, i.message));
    m_summary->setText(m_preview.issues.isEmpty()
                           ? tr("%1: requests %2, all good.").arg(name).arg(m_preview.goodLines)
                           : tr("%1: lines %2, good %3, problems %4 (listed below). A file with "
                                "problems is imported only if you choose to skip the bad lines.")
                                 .arg(name)
                                 .arg(m_preview.dataLines)
                                 .arg(m_preview.goodLines)
                                 .arg(m_preview.issues.size()));
    m_issues->setVisible(!m_preview.issues.isEmpty());
    m_import->setEnabled(m_preview.issues.isEmpty() && m_preview.goodLines > 0);
    m_importGood->setEnabled(!m_preview.issues.isEmpty() && m_preview.goodLines > 0);
    m_importGood->setVisible(!m_preview.issues.isEmpty());
}

void OrderImportDialog::importAll()
{
    run(false);
}

void OrderImportDialog::importGood()
{
    run(true);
}

void OrderImportDialog::run(bool skipBad)
{
    try {
        m_result = OrderApprovalService(*m_context.db)
                       .importRequests(m_context.session, m_fileName, skipBad);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    accept();
}

} // namespace FactorDesk
