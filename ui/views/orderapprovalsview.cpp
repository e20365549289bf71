#include "orderapprovalsview.h"

#include "clientfilter.h"
#include "datatable.h"
#include "debtorservice.h"
#include "error.h"
#include "mainwindow.h"
#include "orderapprovalmodel.h"
#include "orderdialogs.h"
#include "recorddialogs.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

OrderApprovalsView::OrderApprovalsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OrderApprovalModel(*context.db, this))
    , m_client(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_table(new DataTable(this))
    , m_request(new QPushButton(tr("&Request…"), this))
    , m_decide(new QPushButton(tr("&Decide…"), this))
    , m_export(new QPushButton(tr("&Export for client…"), this))
    , m_import(new QPushButton(tr("&Import requests…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Order approvals</h2>"), this));
    auto *bar = new QHBoxLayout;
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (RequestStatus s : {RequestStatus::Pending, RequestStatus::Hold, RequestStatus::Approved,
                            RequestStatus::Partial, RequestStatus::Declined})
        m_status->addItem(requestStatusTitle(s), requestStatusName(s));
    m_request->setObjectName(QStringLiteral("requestOrder"));
    m_decide->setObjectName(QStringLiteral("decideOrder"));
    m_export->setObjectName(QStringLiteral("exportOrders"));
    m_import->setObjectName(QStringLiteral("importOrders"));
    const bool canRequest = context.session.hasAny(Roles(Role::Clerk) | Role::Analyst);
    m_request->setEnabled(canRequest);
    m_import->setEnabled(canRequest);
    if (!canRequest) {
        const QString why = tr("Only clerks and analysts enter requests for clients.");
        m_request->setToolTip(why);
        m_import->setToolTip(why);
    }
    bar->addWidget(new QLabel(tr("Client:"), this));
    bar->addWidget(m_client, 1);
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_request);
    bar->addWidget(m_decide);
    bar->addWidget(m_export);
    bar->addWidget(m_import);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("orderApprovals"));
    m_table->setTitle(tr("Order approvals"));
    m_table->setLayoutKey(QStringLiteral("order-approvals"));
    m_table->setModel(m_model);
    m_table->setStretchColumn(int(OrderApprovalModel::Column::Debtor));
    layout->addWidget(m_table, 1);

    connect(m_client, &QComboBox::currentIndexChanged, this, &OrderApprovalsView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrderApprovalsView::applyFilter);
    connect(m_request, &QPushButton::clicked, this, &OrderApprovalsView::requestApproval);
    connect(m_decide, &QPushButton::clicked, this, &OrderApprovalsView::decide);
    connect(m_export, &QPushButton::clicked, this, &OrderApprovalsView::exportDecisions);
    connect(m_import, &QPushButton::clicked, this, &OrderApprovalsView::importRequests);
    connect(m_table, &QTableView::doubleClicked, this, &OrderApprovalsView::openApproval);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderApprovalsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrderApprovalsView::updateButtons);
    refresh();
}

void OrderApprovalsView::refresh()
{
    try {
        fillClientFilter(m_client, *m_context.db);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    applyFilter();
}

void OrderApprovalsView::applyFilter()
{
    OrderFilter f;
    f.clientId = m_client->currentData().toLongLong();
    const QString status = m_status->currentData().toString();
    try {
        if (!status.isEmpty())
            f.status = parseRequestStatus(status);
        m_model->setFilter(f);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    updateButtons();
}

void OrderApprovalsView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool open = !rows.isEmpty() && isOpen(m_model->approvalAt(rows.first().row()).status);
    const bool analyst = m_context.session.has(Role::Analyst);
    m_decide->setEnabled(open && analyst);
    m_decide->setToolTip(!analyst ? tr("Only an analyst decides order approvals.")
                         : !open  ? tr("Select a pending or held request to decide.")
                                  : tr("Decide the selected request"));
    m_export->setEnabled(m_client->currentData().toLongLong() != 0);
    m_export->setToolTip(m_export->isEnabled() ? tr("Write this client's decisions to a CSV file")
                                               : tr("Choose a client first"));
}

bool OrderApprovalsView::selectApproval(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void OrderApprovalsView::requestApproval()
{
    auto *dialog = new OrderRequestDialog(m_context, m_client->currentData().toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->requestId();
        refresh();
        selectApproval(id);
    });
    dialog->open();
}

void OrderApprovalsView::decide()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_decide->isEnabled())
        return;
    const qint64 id = m_model->approvalAt(rows.first().row()).id;
    auto *dialog = new OrderDecisionDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        const OrderApproval decided = dialog->result();
        refresh();
        selectApproval(id);
        if (!decided.approvalCode.isEmpty()) {
            auto *code = new ApprovalCodeDialog(decided, this);
            code->setAttribute(Qt::WA_DeleteOnClose);
            code->open();
        }
    });
    dialog->open();
}

void OrderApprovalsView::openApproval()
{
    // What the analyst can decide opens the decision; anything else its detail.
    if (m_decide->isEnabled()) {
        decide();
        return;
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto *dialog = new OrderApprovalDetailDialog(m_model->approvalAt(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderApprovalsView::exportDecisions()
{
    const QString code = m_client->currentText().section(QStringLiteral(" — "), 0, 0);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export order decisions"),
                                                      tr("order-approvals-%1.csv").arg(code),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

bool OrderApprovalsView::exportTo(const QString &fileName)
{
    const qint64 client = m_client->currentData().toLongLong();
    if (!client) {
        QMessageBox::information(this, tr("Export order decisions"), tr("Choose a client first."));
        return false;
    }
    try {
        OrderApprovalService(*m_context.db).exportDecisions(m_context.session, client, fileName);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
    return true;
}

void OrderApprovalsView::importRequests()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import order approval requests"),
                                                      QString(), tr("CSV files (*.csv *.txt)"));
    if (!file.isEmpty())
        importFrom(file);
}

void OrderApprovalsView::importFrom(const QString &fileName)
{
    auto *dialog = new OrderImportDialog(m_context, fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &OrderApprovalsView::refresh);
    dialog->open();
}

} // namespace FactorDesk
