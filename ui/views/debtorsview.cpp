#include "debtorsview.h"

#include "datatable.h"
#include "debtordialog.h"
#include "debtortablemodel.h"
#include "error.h"
#include "insolvencydialog.h"
#include "mainwindow.h"
#include "overlimitdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

DebtorsView::DebtorsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new DebtorTableModel(*context.db, this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new DataTable(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("&New debtor…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_insolvent(new QPushButton(tr("Mark &insolvent…"), this))
    , m_searchTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Debtors</h2>"), this));

    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("debtorSearch"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("debtorStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (DebtorStatus s : {DebtorStatus::Active, DebtorStatus::Blocked, DebtorStatus::Insolvent})
        m_status->addItem(debtorStatusTitle(s), debtorStatusName(s));
    m_add->setObjectName(QStringLiteral("addDebtor"));
    m_open->setObjectName(QStringLiteral("openDebtor"));
    m_add->setEnabled(context.session.hasAny(Roles(Role::Clerk) | Role::Manager));
    m_add->setToolTip(tr("Add a debtor (clerks and managers)"));
    bar->addWidget(m_search, 2);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_open);
    bar->addWidget(m_insolvent);
    m_insolvent->setObjectName(QStringLiteral("markInsolvent"));
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("debtorsTable"));
    m_table->setTitle(tr("Debtors"));
    m_table->setLayoutKey(QStringLiteral("debtors"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new OverLimitDelegate(DebtorTableModel::OverLimitRole, m_table));
    // The name takes the spare width; the short columns keep theirs.
    m_table->setStretchColumn(int(DebtorTableModel::Column::Name));
    m_table->horizontalHeader()->resizeSection(int(DebtorTableModel::Column::ReviewDate), 120);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_count->setObjectName(QStringLiteral("debtorCount"));
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DebtorsView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &DebtorsView::applySearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString s = m_status->currentData().toString();
        try {
            m_model->setStatusFilter(s.isEmpty() ? std::nullopt
                                                 : std::optional(parseDebtorStatus(s)));
        } catch (const Error &e) {
            MainWindow::showError(this, e);
        }
        updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, &DebtorsView::addDebtor);
    connect(m_open, &QPushButton::clicked, this, &DebtorsView::openDebtor);
    connect(m_table, &QTableView::doubleClicked, this, &DebtorsView::openDebtor);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DebtorsView::updateCount);
    connect(m_insolvent, &QPushButton::clicked, this, &DebtorsView::markInsolvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DebtorsView::updateInsolventButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DebtorsView::updateInsolventButton);
    updateInsolventButton();
    updateCount();
}

void DebtorsView::applySearch()
{
    m_searchTimer->stop();
    try {
        m_model->setFilterText(m_search->text());
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    updateCount();
}

void DebtorsView::refresh()
{
    const qint64 current = selectedId();
    try {
        m_model->reload();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    if (current) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void DebtorsView::updateCount()
{
    try {
        m_count->setText(tr("%n debtor(s)", nullptr, int(m_model->totalCount())));
    } catch (const Error &) {
        m_count->clear();
    }
    m_open->setEnabled(m_model->rowCount() > 0);
}

qint64 DebtorsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->debtorAt(rows.first().row()).id;
}

bool DebtorsView::selectDebtor(const QString &code)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->debtorAt(r).code.compare(code, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void DebtorsView::addDebtor()
{
    auto *dialog = new DebtorDialog(m_context, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        selectDebtor(dialog->debtor().code);
    });
    dialog->open();
}

void DebtorsView::openDebtor()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    auto *dialog = new DebtorDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &DebtorsView::refresh);
    dialog->open();
}

void DebtorsView::updateInsolventButton()
{
    const qint64 id = selectedId();
    const DebtorSummary d = id ? m_model->debtorAt(m_model->rowOf(id)) : DebtorSummary();
    const QString why =
        !m_context.session.has(Role::Manager) ? tr("Only managers mark debtors insolvent")
        : !id                                 ? tr("Select a debtor first")
        : d.status == DebtorStatus::Insolvent ? tr("%1 is insolvent already").arg(d.code)
                                              : QString();
    m_insolvent->setEnabled(why.isEmpty());
    m_insolvent->setToolTip(why.isEmpty() ? tr("Mark the selected debtor insolvent since a date")
                                          : why);
}

void DebtorsView::markInsolvent()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const DebtorSummary d = m_model->debtorAt(m_model->rowOf(id));
    auto *dialog = new InsolvencyDialog(m_context, d.code, d.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &DebtorsView::refresh);
    dialog->open();
}

} // namespace FactorDesk
