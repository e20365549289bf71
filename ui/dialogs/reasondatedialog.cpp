#include "reasondatedialog.h"

#include "clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

ReasonDateDialog::ReasonDateDialog(const QString &title, const QString &question, QDate earliest,
                                   QDate today, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("reasonDateDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(question, this);
    text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    const QDate now = today.isValid() ? today : FactorDesk::today();
    if (earliest.isValid())
        m_date->setMinimumDate(earliest);
    m_date->setDate(earliest.isValid() && now < earliest ? earliest : now);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ReasonDateDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDate ReasonDateDialog::date() const
{
    return m_date->date();
}

} // namespace FactorDesk
