#include "trialbalanceview.h"

#include "clock.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "ledger.h"
#include "ledgerexport.h"
#include "ledgerexportdialog.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "recorddialogs.h"
#include "trialbalancemodel.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

TrialBalanceView::TrialBalanceView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_asOf(new QDateEdit(context.today(), this))
    , m_table(new DataTable(this))
    , m_totals(new QLabel(this))
    , m_model(new TrialBalanceModel(*context.db, this))
    , m_exportAction(new QAction(tr("E&xport trial balance…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Trial balance</h2>"), this));

    auto *filters = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(LocaleFormat::dateFormat());
    auto *todayButton = new QPushButton(tr("&Today"), this);
    filters->addWidget(asOfLabel);
    filters->addWidget(m_asOf);
    filters->addWidget(todayButton);
    filters->addStretch(1);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportTrialBalance"));
    exportButton->setToolTip(tr("Save the balances as of the date shown as an Excel workbook "
                                "or CSV for the accountant, with totals"));
    filters->addWidget(exportButton);
    m_exportAction->setObjectName(QStringLiteral("actionExportTrialBalance"));
    m_exportAction->setToolTip(exportButton->toolTip());
    addAction(m_exportAction);
    connect(exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_exportAction, &QAction::triggered, this, &TrialBalanceView::exportFile);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("trialBalanceTable"));
    m_table->setTitle(tr("Trial balance"));
    m_table->setLayoutKey(QStringLiteral("trial-balance"));
    m_table->setModel(m_model);
    // An account opens its lines up to the date shown.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto cell = [&](TrialBalanceModel::Column c) {
            return m_model->index(index.row(), int(c)).data().toString();
        };
        auto *dialog = JournalLinesDialog::forAccount(
            m_context, cell(TrialBalanceModel::Column::Account),
            cell(TrialBalanceModel::Column::Name), m_asOf->date(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_table->setStretchColumn(int(TrialBalanceModel::Column::Name));
    m_table->setTotalsRow(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_table->horizontalHeader();
    const int amountWidth =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000.00")) + 24;
    header->resizeSection(int(TrialBalanceModel::Column::Account), 90);
    header->resizeSection(int(TrialBalanceModel::Column::Type), 110);
    header->resizeSection(int(TrialBalanceModel::Column::Debit), amountWidth);
    header->resizeSection(int(TrialBalanceModel::Column::Credit), amountWidth);
    layout->addWidget(m_table, 1);

    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    connect(m_asOf, &QDateEdit::dateChanged, this, &TrialBalanceView::refresh);
    connect(todayButton, &QPushButton::clicked, this,
            [this] { m_asOf->setDate(m_context.today()); });
}

int TrialBalanceView::exportTo(const QString &path) const
{
    return LedgerExport::exportTrialBalance(JournalService(*m_context.db), m_model->asOf(),
                                            m_model->currency(), path);
}

void TrialBalanceView::exportFile()
{
    exportLedgerWithDialog(this, tr("Export trial balance"),
                           tr("trial balance %1").arg(isoDate(m_model->asOf())),
                           [this](const QString &path) { return exportTo(path); });
}

QString TrialBalanceView::totalsText() const
{
    return m_totals->text();
}

void TrialBalanceView::refresh()
{
    try {
        m_model->setAsOf(m_asOf->date());
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    const Currency currency = m_model->currency();
    const QLocale locale;
    const qint64 debit = m_model->totalDebit();
    const qint64 credit = m_model->totalCredit();
    const QString debitText = Money::localized(debit, locale, currency.decimals());
    const QString creditText = Money::localized(credit, locale, currency.decimals());
    if (debit == credit) {
        m_totals->setStyleSheet(QString());
        m_totals->setText(
            tr("<b>Total debits %1 %3 = total credits %2 %3</b> as of %4: the "
               "books balance.")
                .arg(debitText, creditText, currency.code(), LocaleFormat::date(m_model->asOf())));
    } else {
        m_totals->setStyleSheet(alertStyleSheet());
        m_totals->setText(
            tr("<b>Total debits %1 %3 ≠ total credits %2 %3</b>: the books are out of balance by "
               "%4 %3.")
                .arg(debitText, creditText, currency.code(),
                     Money::fromMinor(debit > credit ? debit : credit, currency)
                         .
                         operator-(Money::fromMinor(debit > credit ? credit : debit, currency))
                         .toLocaleString(locale)));
    }
}

} // namespace FactorDesk
