#include "insolvencydialog.h"

#include "chargebackservice.h"
#include "clock.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

InsolvencyDialog::InsolvencyDialog(const AppContext &context, const QString &debtorCode,
                                   const QString &debtorName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_code(debtorCode)
    , m_date(new QDateEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_result(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_mark(m_buttons->addButton(tr("&Mark insolvent"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("insolvencyDialog"));
    setWindowTitle(tr("Mark debtor insolvent"));
    auto *intro = new QLabel(
        tr("<p><b>%1</b> — %2</p><p>From the date of its insolvency, the debtor's "
           "credit-approved invoices of clients without recourse become the factor's credit "
           "losses when they are posted; disputes and what is over the approval go back to the "
           "client.</p>")
            .arg(debtorCode.toHtmlEscaped(), debtorName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setMaximumDate(context.today());
    m_date->setDate(context.today());
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setText(tr("&I confirm that %1 is insolvent").arg(debtorCode));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_mark->setObjectName(QStringLiteral("mark"));
    m_mark->setEnabled(false);
    m_mark->setDefault(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Insolvent &since:"), m_date);
    form->addRow(QString(), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_date, m_confirm);
    setMinimumWidth(420);

    const bool may = context.session.has(Role::Manager);
    if (!may) {
        m_confirm->setEnabled(false);
        m_error->showMessage(tr("Only managers mark debtors insolvent."));
    }
    connect(m_confirm, &QCheckBox::toggled, this,
            [this](bool on) { m_mark->setEnabled(on && !m_done); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InsolvencyDialog::mark);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool InsolvencyDialog::mark()
{
    if (!m_confirm->isChecked() || m_done)
        return false;
    m_error->clearMessage();
    try {
        ChargebackService(*m_context.db).markInsolvent(m_context.session, m_code, m_date->date());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return false;
    }
    m_done = true;
    m_result->setText(tr("%1 is insolvent since %2. Post its credit losses from the Collections "
                         "view (Post credit losses…).")
                          .arg(m_code, LocaleFormat::date(m_date->date())));
    m_result->show();
    m_date->setEnabled(false);
    m_confirm->setEnabled(false);
    m_mark->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("&Close"));
    close->setDefault(true);
    close->setFocus();
    emit marked();
    return true;
}

} // namespace FactorDesk
