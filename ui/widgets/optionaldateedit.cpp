#include "optionaldateedit.h"

#include "clock.h"
#include "localeformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace FactorDesk {

OptionalDateEdit::OptionalDateEdit(const QString &label, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(label, this))
    , m_edit(new QDateEdit(today(), this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(LocaleFormat::dateFormat());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emit dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    if (date.isValid()) {
        m_edit->setDate(date);
        m_check->setChecked(true);
    } else {
        m_check->setChecked(false);
    }
}

void OptionalDateEdit::setOfferedDate(QDate date)
{
    if (date.isValid() && !m_check->isChecked())
        m_edit->setDate(date);
}

bool OptionalDateEdit::isChecked() const
{
    return m_check->isChecked();
}

} // namespace FactorDesk
