#include "settingsview.h"

#include "books.h"
#include "error.h"
#include "errorlabel.h"
#include "factorprofileservice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

SettingsView::SettingsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_currency(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_bankName(new QLineEdit(this))
    , m_bankAccount(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("<h2>Settings</h2>"), this);
    auto *group = new QGroupBox(tr("The factor, as printed on advices and letters"), this);
    auto *form = new QFormLayout(group);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_bankAccount->setPlaceholderText(tr("IBAN or account number"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Bank:"), m_bankName);
    form->addRow(tr("Bank a&ccount:"), m_bankAccount);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Book currency:"), m_currency);
    group->setMaximumWidth(640);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(group);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    refresh();
}

void SettingsView::refresh()
{
    const FactorProfile p = FactorProfileService(*m_context.db).profile();
    m_name->setText(p.name);
    m_address->setPlainText(p.address);
    m_bankName->setText(p.bankName);
    m_bankAccount->setText(p.bankAccount);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_currency->setText(Books::currency(*m_context.db).code());
    m_status->clear();
}

bool SettingsView::save()
{
    FactorProfile p;
    p.name = m_name->text();
    p.address = m_address->toPlainText();
    p.bankName = m_bankName->text();
    p.bankAccount = m_bankAccount->text();
    p.email = m_email->text();
    p.phone = m_phone->text();
    QStringList warnings;
    try {
        warnings = FactorProfileService(*m_context.db).setProfile(m_context.session, p);
    } catch (const Error &e) {
        m_status->setStyleSheet(alertStyleSheet());
        m_status->setText(e.message());
        return false;
    }
    refresh();
    m_status->setStyleSheet(warnings.isEmpty() ? QString() : alertStyleSheet());
    m_status->setText(warnings.isEmpty() ? tr("Saved.")
                                         : tr("Saved. %1").arg(warnings.join(QLatin1Char(' '))));
    return true;
}

} // namespace FactorDesk
