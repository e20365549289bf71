#include "creditview.h"

#include "clock.h"
#include "creditdecisiondialog.h"
#include "creditqueuemodel.h"
#include "datatable.h"
#include "debtordialog.h"
#include "debtorservice.h"
#include "error.h"
#include "limitrequestdialog.h"
#include "mainwindow.h"
#include "overlimitdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

CreditView::CreditView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CreditQueueModel(*context.db, this))
    , m_table(new DataTable(this))
    , m_summary(new QLabel(this))
    , m_decide(new QPushButton(tr("&Decide…"), this))
    , m_renew(new QPushButton(tr("Put up for &renewal…"), this))
    , m_open(new QPushButton(tr("&Open debtor…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Credit</h2>"), this));
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    m_decide->setObjectName(QStringLiteral("decide"));
    m_renew->setObjectName(QStringLiteral("renew"));
    m_open->setObjectName(QStringLiteral("openDebtor"));
    m_decide->setToolTip(tr("Decide the selected request (analysts; never your own request)"));
    m_renew->setToolTip(tr("Ask for the limit again so that another analyst reviews it"));
    buttons->addWidget(m_decide);
    buttons->addWidget(m_renew);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_table->setObjectName(QStringLiteral("creditQueue"));
    m_table->setTitle(tr("Credit queue"));
    m_table->setLayoutKey(QStringLiteral("credit"));
    m_table->setModel(m_model);
    m_table->setStretchColumn(int(CreditQueueModel::Column::Reason));
    m_table->setItemDelegate(new OverLimitDelegate(CreditQueueModel::OverLimitRole, m_table));
    layout->addWidget(m_table, 1);

    connect(m_decide, &QPushButton::clicked, this, &CreditView::decide);
    connect(m_renew, &QPushButton::clicked, this, &CreditView::renew);
    connect(m_open, &QPushButton::clicked, this, &CreditView::openDebtor);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && m_model->itemAt(row).requestId && m_decide->isEnabled())
            decide();
        else
            openDebtor();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreditView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CreditView::updateButtons);
    refresh();
}

void CreditView::refresh()
{
    try {
        m_model->reload(m_context.today());
        // The queue is short: let every column show its words, the reason takes the rest.
        m_table->fitColumns();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    int open = 0, review = 0, declined = 0, trend = 0;
    for (const CreditQueueItem &it : m_model->items()) {
        if (it.kind == CreditQueueItem::Kind::ReviewDue)
            ++review;
        else if (it.kind == CreditQueueItem::Kind::Declined)
            ++declined;
        else if (it.kind == CreditQueueItem::Kind::PaymentTrend)
            ++trend;
        else
            ++open;
    }
    QString summary = tr("Open requests: %1 · Limits due for review: %2 · Declined in the last "
                         "30 days: %3")
                          .arg(open)
                          .arg(review)
                          .arg(declined);
    if (trend)
        summary += tr(" · Days to pay or dilution rising: %1").arg(trend);
    m_summary->setText(summary);
    updateButtons();
}

int CreditView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool CreditView::selectRequest(qint64 requestId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->itemAt(r).requestId == requestId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void CreditView::updateButtons()
{
    const int row = currentRow();
    const CreditQueueItem it = row >= 0 ? m_model->itemAt(row) : CreditQueueItem();
    const bool open = row >= 0 && (it.kind == CreditQueueItem::Kind::Pending ||
                                   it.kind == CreditQueueItem::Kind::Hold);
    m_decide->setEnabled(open && m_context.session.has(Role::Analyst));
    m_renew->setEnabled(row >= 0 && it.kind == CreditQueueItem::Kind::ReviewDue &&
                        m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst));
    m_open->setEnabled(row >= 0);
}

void CreditView::decide()
{
    const int row = currentRow();
    if (row < 0 || !m_model->itemAt(row).requestId)
        return;
    auto *dialog = new CreditDecisionDialog(m_context, m_model->itemAt(row).requestId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CreditView::refresh);
    dialog->open();
}

void CreditView::renew()
{
    const int row = currentRow();
    if (row < 0)
        return;
    try {
        const Debtor d = DebtorService(*m_context.db).find(m_model->itemAt(row).debtorId);
        auto *dialog = new LimitRequestDialog(m_context, d, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->reasonEdit()->setText(tr("Annual review of the limit"));
        connect(dialog, &QDialog::accepted, this, &CreditView::refresh);
        dialog->open();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void CreditView::openDebtor()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new DebtorDialog(m_context, m_model->itemAt(row).debtorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CreditView::refresh);
    dialog->open();
}

} // namespace FactorDesk
