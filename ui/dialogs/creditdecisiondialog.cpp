#include "creditdecisiondialog.h"

#include "books.h"
#include "clock.h"
#include "debtorservice.h"
#include "error.h"
#include "errorlabel.h"
#include "limitrequestdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace FactorDesk {

CreditDecisionDialog::CreditDecisionDialog(const AppContext &context, qint64 requestId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_decision(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_review(new QDateEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("creditDecisionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    Money exposure;
    try {
        m_request = CreditService(*context.db).find(requestId);
        exposure = DebtorService(*context.db).exposure(m_request.debtorId);
    } catch (const Error &e) {
        m_error->setText(e.message());
    }
    const Money limit = [&]() -> Money {
        try {
            return DebtorService(*context.db).creditLimit(m_request.debtorId);
        } catch (const Error &) {
            return Money::fromMinor(0, Books::currency(*context.db));
        }
    }();
    setWindowTitle(tr("Decide credit request %1").arg(m_request.id));
    form->addRow(tr("Debtor:"), new QLabel(QStringLiteral("%1 — %2").arg(m_request.debtorCode,
                                                                         m_request.debtorName),
                                           this));
    if (!m_request.clientCode.isEmpty())
        form->addRow(tr("Sub-limit for client:"), new QLabel(m_request.clientCode, this));
    form->addRow(tr("Requested:"), new QLabel(m_request.requestedAmount.toLocaleString(), this));
    form->addRow(tr("Requested by:"), new QLabel(m_request.requestedBy, this));
    auto *reason = new QLabel(m_request.reason, this);
    reason->setWordWrap(true);
    form->addRow(tr("Reason given:"), reason);
    form->addRow(tr("Current limit:"), new QLabel(limit.toLocaleString(), this));
    form->addRow(tr("Exposure:"), new QLabel(exposure.toLocaleString(), this));

    m_decision->setObjectName(QStringLiteral("decision"));
    for (Decision d : {Decision::Approve, Decision::Partial, Decision::Decline, Decision::Hold})
        m_decision->addItem(decisionTitle(d), int(d));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("the lower amount granted"));
    m_review->setObjectName(QStringLiteral("reviewDate"));
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(
        QLocale()
            .dateFormat(QLocale::ShortFormat)
            .replace(QRegularExpression(QStringLiteral("\\by+\\b")), QStringLiteral("yyyy")));
    m_review->setDate(m_context.today().addYears(1));
    m_reason->setObjectName(QStringLiteral("reason"));
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Amount granted:"), m_amount);
    form->addRow(tr("Re&view date:"), m_review);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_error->setVisible(!m_error->text().isEmpty());
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Decide"));
    layout->addWidget(m_buttons);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &CreditDecisionDialog::updateFields);
    // Four eyes, said before the analyst fills anything in: their own request is another's.
    if (m_request.id != 0 && m_request.requestedById == context.session.userId()) {
        const QString why = tr("Four eyes: another analyst decides a request you made.");
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_decision, m_amount, m_review, m_reason,
                                              m_buttons->button(QDialogButtonBox::Ok)}) {
            w->setEnabled(false);
            w->setToolTip(why);
        }
        m_error->showMessage(why);
        m_ownRequest = true;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void CreditDecisionDialog::setDecision(Decision d)
{
    m_decision->setCurrentIndex(m_decision->findData(int(d)));
}

void CreditDecisionDialog::updateFields()
{
    const auto d = Decision(m_decision->currentData().toInt());
    m_amount->setEnabled(!m_ownRequest && d == Decision::Partial);
    m_review->setEnabled(!m_ownRequest && (d == Decision::Approve || d == Decision::Partial));
}

void CreditDecisionDialog::accept()
{
    CreditDecision decision;
    decision.decision = Decision(m_decision->currentData().toInt());
    decision.reason = m_reason->text();
    if (decision.decision == Decision::Approve || decision.decision == Decision::Partial)
        decision.reviewDate = m_review->date();
    if (decision.decision == Decision::Partial) {
        const Currency currency = Books::currency(*m_context.db);
        const auto amount = parseAmountInput(m_amount->text(), currency);
        if (!amount) {
            m_error->showMessage(
                m_amount->text().trimmed().isEmpty()
                    ? tr("amount: approving in part needs the lower amount granted.")
                    : tr("amount: \"%1\" is not an amount.").arg(m_amount->text()));
            m_amount->setFocus();
            return;
        }
        decision.amount = Money::fromMinor(*amount, currency);
    }
    try {
        CreditService(*m_context.db).decide(m_context.session, m_request.id, decision);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
