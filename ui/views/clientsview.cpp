#include "clientsview.h"

#include "businesscalendar.h"
#include "buybackpaymentdialog.h"
#include "clientdialog.h"
#include "clientservice.h"
#include "clienttablemodel.h"
#include "clock.h"
#include "datatable.h"
#include "error.h"
#include "feeworkingdialog.h"
#include "mainwindow.h"
#include "reservedialog.h"
#include "statementdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

ClientsView::ClientsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ClientTableModel(*context.db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new DataTable(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("&New client…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_interest(new QPushButton(tr("&Interest…"), this))
    , m_buyback(new QPushButton(tr("Buy-&back payment…"), this))
    , m_statementButton(new QPushButton(tr("&Statement…"), this))
    , m_statement(new QAction(tr("&Statement…"), this))
    , m_reserve(new QPushButton(tr("&Reserve…"), this))
    , m_reserveAction(new QAction(tr("&Reserve…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Clients</h2>"), this));

    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addClient"));
    m_open->setObjectName(QStringLiteral("openClient"));
    m_add->setEnabled(context.session.hasAny(Roles(Role::Clerk) | Role::Manager));
    m_add->setToolTip(tr("Add a client (clerks and managers)"));
    bar->addWidget(m_search, 2);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_open);
    m_interest->setObjectName(QStringLiteral("clientInterest"));
    m_interest->setToolTip(tr("The selected client's interest for a month, day by day: funds "
                              "employed, base rate, margin, rate and daily amount"));
    bar->addWidget(m_interest);
    bar->addWidget(m_buyback);
    m_buyback->setObjectName(QStringLiteral("buybackPayment"));
    {
        const bool may = context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
        m_buyback->setEnabled(may);
        m_buyback->setToolTip(may ? tr("Record the client's cash paying back what was charged "
                                       "back to it")
                                  : tr("Clerks and managers record buy-back payments"));
    }
    bar->addWidget(m_statementButton);
    m_statementButton->setObjectName(QStringLiteral("clientStatement"));
    m_statement->setObjectName(QStringLiteral("actionClientStatement"));
    m_statement->setToolTip(tr("The client's statement for a period: print or save as PDF"));
    m_reserve->setObjectName(QStringLiteral("clientReserve"));
    m_reserve->setToolTip(tr("The client's reserve: releasable amount, release and settlement "
                             "statement"));
    bar->addWidget(m_reserve);
    layout->addLayout(bar);

    // Filtering and sorting happen in the proxy: a factoring house has tens or hundreds of
    // clients, so the whole list is held and searched as you type.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ClientTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(int(ClientTableModel::Column::Code));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ClientTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setTitle(tr("Clients"));
    m_table->setLayoutKey(QStringLiteral("clients"));
    m_table->setModel(m_proxy);
    m_table->setStretchColumn(int(ClientTableModel::Column::Name));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ClientTableModel::Column::Code), Qt::AscendingOrder);
    layout->addWidget(m_table, 1);
    m_count->setObjectName(QStringLiteral("clientCount"));
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_table, &QTableView::doubleClicked, this, &ClientsView::openClient);
    connect(m_add, &QPushButton::clicked, this, &ClientsView::addClient);
    connect(m_open, &QPushButton::clicked, this, &ClientsView::openClient);
    connect(m_interest, &QPushButton::clicked, this, &ClientsView::showInterest);
    connect(m_buyback, &QPushButton::clicked, this, &ClientsView::recordBuyback);
    connect(m_statementButton, &QPushButton::clicked, m_statement, &QAction::trigger);
    connect(m_statement, &QAction::triggered, this, &ClientsView::showStatement);
    // The context menu of a client: open it or print its statement.
    auto *openAction = new QAction(tr("&Open…"), this);
    connect(openAction, &QAction::triggered, this, &ClientsView::openClient);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(openAction);
    m_table->addAction(m_statement);
    connect(m_reserve, &QPushButton::clicked, this, &ClientsView::openReserve);
    m_reserveAction->setObjectName(QStringLiteral("actionClientReserve"));
    connect(m_reserveAction, &QAction::triggered, this, &ClientsView::openReserve);
    m_table->addAction(m_reserveAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = selectedId() != 0;
        m_open->setEnabled(any);
        m_interest->setEnabled(any);
        m_statementButton->setEnabled(any);
        m_statement->setEnabled(any);
        m_reserve->setEnabled(any);
        m_reserveAction->setEnabled(any);
    });
    m_open->setEnabled(false);
    m_interest->setEnabled(false);
    m_statementButton->setEnabled(false);
    m_statement->setEnabled(false);
    m_reserve->setEnabled(false);
    m_reserveAction->setEnabled(false);
    refresh();
}

void ClientsView::refresh()
{
    const qint64 keep = selectedId();
    try {
        m_model->refresh(m_context.today());
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    m_table->fitColumns();
    if (keep) {
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            selectClient(m_model->overview(row).client.code);
    }
    updateCount();
}

bool ClientsView::selectClient(const QString &code)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data().toString().compare(code, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(r);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

qint64 ClientsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ClientTableModel::ClientIdRole).toLongLong();
}

void ClientsView::updateCount()
{
    if (m_proxy->rowCount() == m_model->rowCount())
        m_count->setText(tr("Clients: %1").arg(m_model->rowCount()));
    else
        m_count->setText(
            tr("Clients: %1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ClientsView::addClient()
{
    ClientDialog dialog(m_context, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectClient(dialog.client().code);
}

void ClientsView::showInterest()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString code =
        m_proxy->index(rows.first().row(), int(ClientTableModel::Column::Code)).data().toString();
    try {
        auto *dialog = FeeWorkingDialog::forInterest(m_context, code,
                                                     BusinessCalendar(*m_context.db).today(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void ClientsView::openClient()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    ClientDialog dialog(m_context, id, this);
    dialog.exec();
    // Details or terms may have changed even when the dialog was closed with Cancel (a new
    // agreement version is saved at once).
    refresh();
}

void ClientsView::recordBuyback()
{
    QString code;
    if (const qint64 id = selectedId()) {
        try {
            code = ClientService(*m_context.db).get(id).code;
        } catch (const Error &) {
            // The dialog lets the user pick the client.
        }
    }
    auto *dialog = new BuybackPaymentDialog(m_context, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ClientsView::refresh);
    dialog->open();
}

void ClientsView::showStatement()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    StatementDialog dialog(m_context, id, this);
    dialog.exec();
}

void ClientsView::openReserve()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    try {
        ReserveDialog dialog(m_context, id, this);
        dialog.exec();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    refresh(); // a release changes the funds employed
}

} // namespace FactorDesk
