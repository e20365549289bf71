#include "schedulesview.h"

#include "clientfilter.h"
#include "clientservice.h"
#include "datatable.h"
#include "error.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "purchasewizard.h"
#include "scheduledialog.h"
#include "schedulequery.h"
#include "scheduletablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

SchedulesView::SchedulesView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_from(new OptionalDateEdit(tr("From"), this))
    , m_to(new OptionalDateEdit(tr("To"), this))
    , m_table(new DataTable(this))
    , m_count(new QLabel(this))
    , m_model(new ScheduleTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    // Turned on, the date filters offer the books' business date.
    m_from->setOfferedDate(m_context.today());
    m_to->setOfferedDate(m_context.today());
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<h2>Schedules</h2>"), this));
    top->addStretch(1);
    auto *newPurchase = new QPushButton(tr("&New purchase…"), this);
    newPurchase->setObjectName(QStringLiteral("newPurchase"));
    // Visible to every role; disabled, saying why, for those who cannot buy.
    const bool canBuy = context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
    newPurchase->setEnabled(canBuy);
    newPurchase->setToolTip(canBuy ? tr("Enter a client's schedule of invoices")
                                   : tr("Only clerks and managers enter purchases."));
    auto *open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("open"));
    top->addWidget(open);
    top->addWidget(newPurchase);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_client->setObjectName(QStringLiteral("client"));
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_client);
    filters->addWidget(clientLabel);
    filters->addWidget(m_client);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("All"), QString());
    for (ScheduleStatus s :
         {ScheduleStatus::Draft, ScheduleStatus::Submitted, ScheduleStatus::Approved,
          ScheduleStatus::Funded, ScheduleStatus::Rejected})
        m_status->addItem(scheduleStatusTitle(s), scheduleStatusName(s));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ScheduleTableModel::RawRole);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setModel(m_sorted);
    m_table->setStretchColumn(int(ScheduleTableModel::Column::Client));
    m_table->setTotalsRow(true);
    m_table->setTitle(tr("Schedules"));
    m_table->setLayoutKey(QStringLiteral("schedules"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ScheduleTableModel::Column::Date), Qt::DescendingOrder);
    layout->addWidget(m_table, 1);
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);

    connect(m_client, &QComboBox::currentIndexChanged, this, &SchedulesView::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SchedulesView::reload);
    connect(m_from, &OptionalDateEdit::dateChanged, this, &SchedulesView::reload);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &SchedulesView::reload);
    connect(m_table, &QTableView::activated, this, &SchedulesView::openSelected);
    connect(open, &QPushButton::clicked, this, &SchedulesView::openSelected);
    connect(newPurchase, &QPushButton::clicked, this, &SchedulesView::newPurchase);
    loadClients();
    reload();
}

void SchedulesView::loadClients()
{
    try {
        fillClientFilter(m_client, *m_context.db);
    } catch (const Error &e) {
        m_count->setText(e.message());
    }
}

void SchedulesView::refresh()
{
    loadClients();
    reload();
}

void SchedulesView::reload()
{
    ScheduleFilter filter;
    filter.clientId = m_client->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    filter.from = m_from->date();
    filter.to = m_to->date();
    try {
        m_model->setSchedules(ScheduleQuery(*m_context.db).list(filter));
        m_count->setText(tr("%n schedule(s).", nullptr, m_model->rowCount()));
    } catch (const Error &e) {
        m_model->setSchedules({});
        m_count->setText(e.message());
    }
    m_table->fitColumns();
}

void SchedulesView::newPurchase()
{
    PurchaseWizard wizard(m_context, this);
    connect(&wizard, &PurchaseWizard::posted, this, &SchedulesView::reload);
    wizard.exec();
    reload();
}

void SchedulesView::openSelected()
{
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    openSchedule(m_model->schedule(index.row()).id);
}

void SchedulesView::openSchedule(qint64 scheduleId)
{
    ScheduleDialog dialog(m_context, scheduleId, this);
    dialog.exec();
    reload();
}

} // namespace FactorDesk
