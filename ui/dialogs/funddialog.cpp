#include "funddialog.h"

#include "clock.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

FundDialog::FundDialog(const AppContext &context, const Schedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_schedule(schedule)
    , m_date(new QDateEdit(this))
    , m_net(new QLabel(this))
    , m_paymentDate(new QLabel(this))
    , m_before(new QLabel(this))
    , m_after(new QLabel(this))
    , m_over(new ErrorLabel(this))
    , m_reasonLabel(new QLabel(tr("Override &reason:"), this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fundDialog"));
    setWindowTitle(tr("Fund schedule %1").arg(schedule.number));
    setMinimumWidth(480);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setMinimumDate(schedule.date);
    m_date->setDate(std::max(m_context.today(), schedule.date));
    for (auto [l, name] : {std::pair<QLabel *, const char *>{m_net, "net"},
                           {m_paymentDate, "paymentDate"},
                           {m_before, "availableBefore"},
                           {m_after, "availableAfter"}}) {
        l->setObjectName(QString::fromLatin1(name));
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_over->setObjectName(QStringLiteral("overAvailability"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("why it may be funded beyond the availability"));
    m_reasonLabel->setBuddy(m_reason);
    auto *intro = new QLabel(tr("Funding buys the invoices of %1 (%2), posts the purchase to "
                                "the journal and records the payment to the client.")
                                 .arg(schedule.clientName, schedule.clientCode),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Funding date:"), m_date);
    form->addRow(tr("Net payment to the client:"), m_net);
    form->addRow(tr("Payment date:"), m_paymentDate);
    form->addRow(tr("Availability before:"), m_before);
    form->addRow(tr("Availability after:"), m_after);
    form->addRow(m_reasonLabel, m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fund"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_over);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_linesRefused = false; // checked again on the new date
        updatePreview();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &FundDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString FundDialog::valueText(const QString &key) const
{
    const auto *l = findChild<QLabel *>(key);
    if (!l)
        return {};
    QString text = l->text();
    return text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
}

void FundDialog::updatePreview()
{
    m_error->clearMessage();
    try {
        m_preview = ScheduleFundingService(*m_context.db)
                        .preview(m_context.session, m_schedule.id, m_date->date());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    const QLocale locale;
    const int decimals = Currency(m_schedule.currency).decimals();
    const auto money = [&](Money v) {
        return m_schedule.currency + QLatin1Char(' ') +
               Money::localized(v.minor(), locale, decimals);
    };
    const FundingPreview &p = m_preview;
    m_net->setText(QStringLiteral("<b>%1</b>").arg(money(p.totals.netPayment)));
    m_paymentDate->setText(LocaleFormat::date(p.totals.paymentDate));
    m_before->setText(money(p.before.available));
    m_after->setText(money(p.after.available));
    m_before->setStyleSheet(p.before.available.isNegative() ? alertStyleSheet() : QString());
    const bool over = p.overAvailability.isPositive();
    // The commission a purchase earns lowers the availability but is not advanced: only a
    // funding that goes over it is in the alert colour (Pricing::overAvailability).
    m_after->setStyleSheet(over ? alertStyleSheet() : QString());
    m_over->showMessage(
        over ? tr("This funding takes the client %1 over its availability (the over-advance "
                  "line included). A manager's override with a reason is needed.")
                   .arg(money(p.overAvailability))
             : QString());
    m_reasonLabel->setVisible(over || m_linesRefused);
    m_reason->setVisible(over || m_linesRefused);
    updateOk();
}

void FundDialog::updateOk()
{
    const bool needsReason = m_preview.overAvailability.isPositive() || m_linesRefused;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!needsReason || !m_reason->text().trimmed().isEmpty());
}

void FundDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    FundingOptions options;
    if (m_preview.overAvailability.isPositive())
        options.availabilityOverrideReason = reason;
    FundingOverride lines;
    if (m_linesRefused)
        lines.reason = reason;
    try {
        m_result = ScheduleFundingService(*m_context.db)
                       .fund(m_context.session, m_schedule.id, m_date->date(), lines, options);
    } catch (const Error &e) {
        // Lines that no longer fit (the books moved since the approval): a manager may fund
        // them anyway with a reason, given in the same field.
        if (e.kind() == Error::Kind::Conflict && e.field() == QLatin1String("override") &&
            !m_linesRefused && m_context.session.has(Role::Manager)) {
            m_linesRefused = true;
            m_reason->setPlaceholderText(tr("why they may be funded anyway"));
            updatePreview();
            m_error->showMessage(e.message());
            m_reason->setFocus();
            return;
        }
        m_error->showMessage(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace FactorDesk
