#include "checkspage.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "error.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "scheduledialog.h"
#include "schedulelinemodel.h"
#include "wizardlinetable.h"
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

ChecksPage::ChecksPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(wizardLineTable(this, wizard->lineModel(), "checks"))
    , m_override(new QPushButton(tr("&Override…"), this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Checks"));
    setSubTitle(tr("Every line with the result of each check. Ineligible lines get no advance "
                   "unless a manager overrides them with a written reason."));
    using C = ScheduleLineModel::Column;
    for (C c : {C::Advance, C::Commission, C::Reserve})
        m_table->setColumnHidden(int(c), true);
    m_override->setObjectName(QStringLiteral("override"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_override);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_override, &QPushButton::clicked, this, &ChecksPage::askOverride);
}

void ChecksPage::initializePage()
{
    m_wizard->runPreview();
    m_table->resizeColumnsToContents();
    m_override->setVisible(m_wizard->isManager());
    updateSummary();
}

bool ChecksPage::overrideLine(int row, const QString &reason, QString *why)
{
    ScheduleLineModel *model = m_wizard->lineModel();
    if (!m_wizard->isManager() || row < 0 || row >= model->rowCount()) {
        if (why)
            *why = tr("Only a manager can override a line.");
        return false;
    }
    const ScheduleLine &line = model->line(row);
    for (const CheckResult &c : line.checks) {
        if (c.isRefusal()) {
            if (why)
                *why = tr("Invoice %1 cannot be overridden: %2")
                           .arg(line.invoiceNo, checkText(c, Currency(line.currency)));
            return false;
        }
    }
    if (!line.hasIneligibleCheck() && !reason.trimmed().isEmpty()) {
        if (why)
            *why = tr("Invoice %1 is eligible already.").arg(line.invoiceNo);
        return false;
    }
    model->setOverride(row, reason);
    m_wizard->reprice(); // checks and prices the lines again, as approving will
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    updateSummary();
    return true;
}

void ChecksPage::askOverride()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        QMessageBox::information(this, tr("Override"), tr("Select the line to override first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Override"),
        tr("Why should invoice %1 be bought in full? (kept with the line; empty: no override)")
            .arg(m_wizard->lineModel()->line(row).invoiceNo),
        QLineEdit::Normal, m_wizard->lineModel()->pendingOverride(row), &ok);
    if (!ok)
        return;
    QString why;
    if (!overrideLine(row, reason, &why))
        QMessageBox::warning(this, tr("Override"), why);
}

void ChecksPage::updateSummary()
{
    const auto &lines = m_wizard->lineModel()->lines();
    int ineligible = 0;
    int warnings = 0;
    for (const ScheduleLine &l : lines) {
        const int s = ScheduleLineModel::severity(l);
        if (s == 3 && m_wizard->lineModel()->pendingOverrides().value(l.invoiceNo).isEmpty())
            ++ineligible;
        else if (s == 2)
            ++warnings;
    }
    const QLocale locale;
    QString text =
        tr("%1 lines: %2 eligible in full, %3 not (in part or whole), %4 with "
           "warnings; %5 overridden.")
            .arg(locale.toString(lines.size()),
                 locale.toString(lines.size() - ineligible - warnings), locale.toString(ineligible),
                 locale.toString(warnings), locale.toString(m_wizard->overrides().size()));
    if (!m_wizard->isManager())
        text += QLatin1Char(' ') + tr("A manager can override ineligible lines when approving.");
    m_summary->setText(text);
}

} // namespace FactorDesk
