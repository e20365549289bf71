#include "paymentrundialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FactorDesk {

PaymentRunDialog::PaymentRunDialog(QDate date, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_date(new QDateEdit(date, this))
    , m_version(new QComboBox(this))
    , m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Run payments"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Execution date:"), m_date);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->addItem(tr("pain.001.001.03 (most banks)"), QStringLiteral("03"));
    m_version->addItem(tr("pain.001.001.09"), QStringLiteral("09"));
    form->addRow(tr("&Version:"), m_version);
    auto *fileRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("path"));
    fileRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Send payments"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &PaymentRunDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &PaymentRunDialog::updateOk);
    updateOk();
}

QDate PaymentRunDialog::date() const
{
    return m_date->date();
}

QString PaymentRunDialog::version() const
{
    return m_version->currentData().toString();
}

QString PaymentRunDialog::path() const
{
    return m_path->text().trimmed();
}

void PaymentRunDialog::browse()
{
    const QString suggested =
        m_path->text().isEmpty()
            ? QDir::home().filePath(QStringLiteral("payments-%1.xml")
                                        .arg(m_date->date().toString(QStringLiteral("yyyyMMdd"))))
            : m_path->text();
    const QString file = QFileDialog::getSaveFileName(this, tr("Payment file"), suggested,
                                                      tr("pain.001 files (*.xml)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void PaymentRunDialog::updateOk()
{
    m_ok->setEnabled(!path().isEmpty());
}

} // namespace FactorDesk
