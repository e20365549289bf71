#include "collectionsview.h"

#include "clientfilter.h"
#include "clock.h"
#include "collectionnotedialog.h"
#include "collectionnotemodel.h"
#include "creditnoteimportdialog.h"
#include "datatable.h"
#include "debtorservice.h"
#include "error.h"
#include "mainwindow.h"
#include "overlimitdelegate.h"
#include "recourserundialog.h"
#include "worklistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace FactorDesk {

CollectionsView::CollectionsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new WorklistModel(*context.db, this))
    , m_notesModel(new CollectionNoteModel(*context.db, this))
    , m_client(new QComboBox(this))
    , m_debtor(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_notes(new DataTable(this))
    , m_summary(new QLabel(this))
    , m_notesTitle(new QLabel(this))
    , m_addNote(new QPushButton(tr("Add &note…"), this))
    , m_importCreditNotes(new QPushButton(tr("Import &credit notes…"), this))
    , m_chargeBackOverdue(new QPushButton(tr("Charge &back overdue…"), this))
    , m_creditLosses(new QPushButton(tr("Post credit &losses…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Collections</h2>"), this));

    auto *bar = new QHBoxLayout;
    m_client->setObjectName(QStringLiteral("worklistClient"));
    m_debtor->setObjectName(QStringLiteral("worklistDebtor"));
    m_debtor->setPlaceholderText(tr("Debtor code"));
    m_debtor->setClearButtonEnabled(true);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    m_addNote->setToolTip(tr("Write a note on the selected debtor or invoice (Insert)"));
    m_addNote->setEnabled(
        context.session.hasAny(Roles(Role::Clerk) | Role::Analyst | Role::Manager));
    auto *clientLabel = new QLabel(tr("C&lient:"), this);
    clientLabel->setBuddy(m_client);
    bar->addWidget(clientLabel);
    bar->addWidget(m_client);
    auto *debtorLabel = new QLabel(tr("&Debtor:"), this);
    debtorLabel->setBuddy(m_debtor);
    bar->addWidget(debtorLabel);
    bar->addWidget(m_debtor);
    bar->addStretch(1);
    bar->addWidget(m_addNote);
    layout->addLayout(bar);

    auto *acts = new QHBoxLayout;
    const bool clerkOrManager = context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
    const bool manager = context.session.has(Role::Manager);
    m_importCreditNotes->setObjectName(QStringLiteral("importCreditNotes"));
    m_importCreditNotes->setEnabled(clerkOrManager);
    m_importCreditNotes->setToolTip(clerkOrManager
                                        ? tr("Import a client's credit notes from a CSV file")
                                        : tr("Clerks and managers enter credit notes"));
    m_chargeBackOverdue->setObjectName(QStringLiteral("chargeBackOverdue"));
    m_chargeBackOverdue->setEnabled(manager);
    m_chargeBackOverdue->setToolTip(
        manager ? tr("List the invoices past their recourse period and charge them back")
                : tr("Only managers charge invoices back"));
    m_creditLosses->setObjectName(QStringLiteral("postCreditLosses"));
    m_creditLosses->setEnabled(manager);
    m_creditLosses->setToolTip(manager
                                   ? tr("Post the credit losses on invoices of insolvent debtors")
                                   : tr("Only managers post credit losses"));
    acts->addWidget(m_importCreditNotes);
    acts->addStretch(1);
    acts->addWidget(m_chargeBackOverdue);
    acts->addWidget(m_creditLosses);
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree->setObjectName(QStringLiteral("worklist"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setItemDelegate(new OverLimitDelegate(WorklistModel::FollowUpDueRole, m_tree));
    m_tree->header()->setStretchLastSection(true);
    split->addWidget(m_tree);

    auto *notesBox = new QWidget(split);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notesTitle->setObjectName(QStringLiteral("notesTitle"));
    notesLayout->addWidget(m_notesTitle);
    m_notes->setObjectName(QStringLiteral("notesHistory"));
    m_notes->setTitle(tr("Collection notes"));
    m_notes->setLayoutKey(QStringLiteral("collection-notes"));
    m_notes->setModel(m_notesModel);
    m_notes->setStretchColumn(int(CollectionNoteModel::Column::Text));
    notesLayout->addWidget(m_notes, 1);
    split->addWidget(notesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addLayout(acts);

    // Insert anywhere in the view, like a clerk's "new line".
    auto *noteAction = new QAction(tr("Add note…"), this);
    noteAction->setObjectName(QStringLiteral("addNoteAction"));
    noteAction->setShortcut(QKeySequence(Qt::Key_Insert));
    noteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(noteAction);
    connect(noteAction, &QAction::triggered, this, [this] {
        if (m_addNote->isEnabled())
            addNote();
    });

    connect(m_addNote, &QPushButton::clicked, this, &CollectionsView::addNote);
    connect(m_importCreditNotes, &QPushButton::clicked, this, &CollectionsView::importCreditNotes);
    connect(m_chargeBackOverdue, &QPushButton::clicked, this, &CollectionsView::chargeBackOverdue);
    connect(m_creditLosses, &QPushButton::clicked, this, &CollectionsView::postCreditLosses);
    connect(m_client, &QComboBox::currentIndexChanged, this, &CollectionsView::applyFilter);
    connect(m_debtor, &QLineEdit::returnPressed, this, &CollectionsView::applyFilter);
    connect(m_debtor, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            applyFilter();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectionsView::showNotes);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollectionsView::showNotes);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (m_addNote->isEnabled())
            addNote();
    });
    refresh();
}

QTableView *CollectionsView::notesTable() const
{
    return m_notes;
}

void CollectionsView::refresh()
{
    try {
        fillClientFilter(m_client, *m_context.db);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    applyFilter();
}

void CollectionsView::applyFilter()
{
    const QString selected = m_tree->currentIndex().data(WorklistModel::DebtorCodeRole).toString();
    WorklistFilter f;
    f.clientId = m_client->currentData().toLongLong();
    try {
        const QString code = m_debtor->text().trimmed();
        if (!code.isEmpty()) {
            const auto d = DebtorService(*m_context.db).findByCode(code);
            // An unknown code shows nothing rather than everything.
            f.debtorId = d ? d->id : -1;
        }
        m_model->reload(f);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    int due = 0;
    for (const WorklistDebtor &d : m_model->debtors())
        due += d.followUpDue ? 1 : 0;
    m_summary->setText(
        tr("%n debtor(s) with overdue invoices", nullptr, int(m_model->debtors().size())) +
        QStringLiteral(" · ") + tr("%n follow-up(s) due", nullptr, due));
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
    if (selected.isEmpty() || !selectDebtor(selected)) {
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
    }
}

bool CollectionsView::selectDebtor(const QString &code)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (i.data(WorklistModel::DebtorCodeRole).toString().compare(code, Qt::CaseInsensitive) ==
            0) {
            m_tree->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

qint64 CollectionsView::currentDebtorId() const
{
    return m_tree->currentIndex().data(WorklistModel::DebtorIdRole).toLongLong();
}

qint64 CollectionsView::currentInvoiceId() const
{
    return m_tree->currentIndex().data(WorklistModel::InvoiceIdRole).toLongLong();
}

void CollectionsView::showNotes()
{
    const qint64 debtorId = currentDebtorId();
    if (debtorId == m_notesModel->debtorId() && debtorId)
        return;
    try {
        m_notesModel->reload(debtorId);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    const QString code = m_tree->currentIndex().data(WorklistModel::DebtorCodeRole).toString();
    m_notesTitle->setText(code.isEmpty() ? tr("Notes") : tr("Notes on %1").arg(code));
    m_notes->fitColumns();
}

void CollectionsView::addNote()
{
    const qint64 debtorId = currentDebtorId();
    if (!debtorId)
        return;
    const int row = m_model->rowOfDebtor(debtorId);
    const WorklistDebtor d = m_model->debtors().value(row);
    QList<CollectionNoteDialog::InvoiceChoice> choices;
    for (const WorklistInvoice &i : d.invoices)
        choices.append({i.invoiceId, tr("%1 (%2, %n day(s) overdue)", nullptr, i.daysOverdue)
                                         .arg(i.invoiceNo, i.clientCode)});
    auto *dialog = new CollectionNoteDialog(m_context, debtorId, d.debtorCode, choices,
                                            currentInvoiceId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString code = d.debtorCode;
    connect(dialog, &QDialog::accepted, this, [this, code] {
        m_notesModel->reload(0); // read the history again even when the debtor stays selected
        applyFilter();
        selectDebtor(code);
    });
    dialog->open();
}

void CollectionsView::importCreditNotes()
{
    auto *dialog = new CreditNoteImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CollectionsView::applyFilter);
    dialog->open();
}

void CollectionsView::chargeBackOverdue()
{
    auto *dialog =
        new RecourseRunDialog(m_context, RecourseRunDialog::Mode::ChargeBackOverdue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CollectionsView::applyFilter);
    dialog->open();
}

void CollectionsView::postCreditLosses()
{
    auto *dialog =
        new RecourseRunDialog(m_context, RecourseRunDialog::Mode::PostCreditLosses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CollectionsView::applyFilter);
    dialog->open();
}

} // namespace FactorDesk
