#include "journalview.h"

#include "books.h"
#include "clientservice.h"
#include "clock.h"
#include "datatable.h"
#include "error.h"
#include "itemroles.h"
#include "journaltablemodel.h"
#include "ledgerexport.h"
#include "ledgerexportdialog.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "optionaldateedit.h"
#include "reasondatedialog.h"
#include "recorddialogs.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

JournalView::JournalView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new OptionalDateEdit(tr("From"), this))
    , m_to(new OptionalDateEdit(tr("To"), this))
    , m_account(new QComboBox(this))
    , m_client(new QLineEdit(this))
    , m_table(new DataTable(this))
    , m_totals(new QLabel(this))
    , m_reverse(new QPushButton(tr("&Reverse entry…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_exportAction(new QAction(tr("E&xport journal…"), this))
    , m_model(new JournalTableModel(*context.db, this))
{
    // Turned on, the date filters offer the books' business date.
    m_from->setOfferedDate(m_context.today());
    m_to->setOfferedDate(m_context.today());
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>Journal</h2>"), this);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_account->addItem(tr("All accounts"), QString());
    filters->addWidget(accountLabel);
    filters->addWidget(m_account);
    filters->addSpacing(12);
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_client);
    m_client->setObjectName(QStringLiteral("client"));
    m_client->setPlaceholderText(tr("client code"));
    m_client->setClearButtonEnabled(true);
    m_client->setMaximumWidth(160);
    filters->addWidget(clientLabel);
    filters->addWidget(m_client);
    filters->addSpacing(12);
    auto *clear = new QPushButton(tr("&Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    filters->addWidget(clear);
    filters->addStretch(1);
    m_reverse->setObjectName(QStringLiteral("reverseEntry"));
    m_reverse->setVisible(m_context.session.has(Role::Manager));
    filters->addWidget(m_reverse);
    m_export->setObjectName(QStringLiteral("exportJournal"));
    m_export->setToolTip(tr("Save the lines shown (period, account, client) as an Excel "
                            "workbook or CSV for the accountant, with totals"));
    filters->addWidget(m_export);
    m_exportAction->setObjectName(QStringLiteral("actionExportJournal"));
    m_exportAction->setToolTip(m_export->toolTip());
    addAction(m_exportAction);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setTitle(tr("Journal"));
    m_table->setLayoutKey(QStringLiteral("journal"));
    m_table->setModel(m_model);
    m_table->setStretchColumn(int(JournalTableModel::Column::Memo));
    m_table->setTotalsRow(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_table, 1);

    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    connect(m_from, &OptionalDateEdit::dateChanged, this, &JournalView::refresh);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &JournalView::refresh);
    connect(m_account, &QComboBox::currentIndexChanged, this, &JournalView::refresh);
    connect(m_client, &QLineEdit::editingFinished, this, &JournalView::refresh);
    connect(clear, &QPushButton::clicked, this, &JournalView::clearFilters);
    // The client filter completes client codes as you type.
    QStringList clients;
    try {
        for (const Client &c : ClientService(*context.db).list())
            clients << c.code;
    } catch (const Error &) {
        clients.clear();
    }
    auto *completer = new QCompleter(clients, m_client);
    completer->setObjectName(QStringLiteral("clientCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_client->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &JournalView::refresh);
    // A line opens its entry.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 entry = m_model->index(index.row(), int(JournalTableModel::Column::Entry))
                                 .data(ItemRoles::ExportRole)
                                 .toLongLong();
        if (entry == 0)
            return;
        auto *dialog = JournalLinesDialog::forEntry(m_context, entry, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_reverse, &QPushButton::clicked, this, &JournalView::askReverse);
    connect(m_export, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_exportAction, &QAction::triggered, this, &JournalView::exportFile);
}

JournalFilter JournalView::filter() const
{
    JournalFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.account = m_account->currentData().toString();
    filter.clientCode = m_client->text().trimmed();
    return filter;
}

int JournalView::exportTo(const QString &path) const
{
    return LedgerExport::exportJournal(JournalService(*m_context.db), filter(), path);
}

void JournalView::exportFile()
{
    const JournalFilter f = filter();
    QString base = tr("journal");
    if (f.from.isValid() || f.to.isValid())
        base += QLatin1Char(' ') + (f.from.isValid() ? isoDate(f.from) : QString()) +
                QStringLiteral("..") + (f.to.isValid() ? isoDate(f.to) : QString());
    exportLedgerWithDialog(this, tr("Export journal"), base,
                           [this](const QString &path) { return exportTo(path); });
}

void JournalView::askReverse()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Reverse entry"),
                                 tr("Select a line of the entry to reverse first."));
        return;
    }
    const JournalRow row = m_model->journalRow(current.row());
    ReasonDateDialog ask(tr("Reverse entry"),
                         tr("Post the reversal of journal entry %1 of %2?")
                             .arg(row.entryId)
                             .arg(LocaleFormat::date(row.date)),
                         row.date, m_context.today(), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    try {
        JournalService(*m_context.db)
            .reverse(m_context.session, row.entryId, ask.date(), ask.reason());
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    refresh();
}

void JournalView::loadAccounts()
{
    if (m_account->count() > 1)
        return;
    const QSignalBlocker block(m_account);
    for (const Account &a : JournalService(*m_context.db).accounts())
        m_account->addItem(tr("%1 %2").arg(a.code, a.name), a.code);
}

void JournalView::clearFilters()
{
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        const QSignalBlocker b3(m_account);
        const QSignalBlocker b4(m_client);
        m_from->setDate({});
        m_to->setDate({});
        m_account->setCurrentIndex(0);
        m_client->clear();
    }
    refresh();
}

QString JournalView::totalsText() const
{
    return m_totals->text();
}

void JournalView::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    try {
        loadAccounts();
        const JournalFilter filter = this->filter();
        m_model->setFilter(filter);
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            m_table->fitColumns();
            // Amount columns must fit large sums even when the first page holds small ones.
            const int amountWidth =
                m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000,000,000.00")) + 16;
            for (auto column :
                 {JournalTableModel::Column::Debit, JournalTableModel::Column::Credit})
                m_table->setColumnWidth(int(column),
                                        qMax(m_table->columnWidth(int(column)), amountWidth));
        }
        const auto [debit, credit] = JournalService(*m_context.db).totals(filter);
        const Currency currency = Books::currency(*m_context.db);
        const QLocale locale;
        m_totals->setText(
            tr("%Ln line(s) · debits %1 %3 · credits %2 %3", nullptr, int(m_model->matchingRows()))
                .arg(Money::localized(debit, locale, currency.decimals()),
                     Money::localized(credit, locale, currency.decimals()), currency.code()));
    } catch (const Error &e) {
        m_refreshing = false;
        MainWindow::showError(this, e);
        return;
    }
    m_refreshing = false;
}

} // namespace FactorDesk
