#include "cashpostingview.h"

#include "applycashdialog.h"
#include "debtorservice.h"
#include "error.h"
#include "localeformat.h"
#include "paymentsmodel.h"
#include "receiptapplicationsmodel.h"
#include "receiptdialog.h"
#include "receiptimportdialog.h"
#include "receiptsmodel.h"
#include "shortpaymentdialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace FactorDesk {

CashPostingView::CashPostingView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QComboBox(this))
    , m_debtor(new QComboBox(this))
    , m_table(new DataTable(this))
    , m_partsTable(new DataTable(this))
    , m_detail(new QLabel(this))
    , m_count(new QLabel(this))
    , m_message(new ErrorLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_model(new ReceiptsModel(this))
    , m_parts(new ReceiptApplicationsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_paymentsOut(new PaymentsModel(this))
    , m_paymentsOutTable(new DataTable(this))
{
    setObjectName(QStringLiteral("cashPostingView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<h2>Cash posting</h2>"), this));
    top->addStretch(1);
    top->addLayout(m_buttons);
    layout->addLayout(top);

    m_import = addAct(QStringLiteral("importBankFile"), tr("&Import bank file…"),
                      {QKeySequence(Qt::CTRL | Qt::Key_I)}, &CashPostingView::importBankFile);
    m_new = addAct(QStringLiteral("newReceipt"), tr("&New receipt…"), {QKeySequence::New},
                   &CashPostingView::newReceipt);
    m_confirm =
        addAct(QStringLiteral("confirmSuggestion"), tr("&Confirm suggestion"),
               {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
               &CashPostingView::confirmSelected);
    m_apply =
        addAct(QStringLiteral("applyCash"), tr("&Apply…"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, &CashPostingView::applySelected);
    m_short = addAct(QStringLiteral("shortPayment"), tr("&Short payment…"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                     &CashPostingView::shortPaymentSelected);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    for (QAction *a : {m_confirm, m_apply, m_short})
        m_table->addAction(a);

    auto *filters = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("All"), QString());
    for (ReceiptStatus s : {ReceiptStatus::Suggested, ReceiptStatus::Unapplied,
                            ReceiptStatus::Applied, ReceiptStatus::Reversed})
        m_status->addItem(receiptStatusTitle(s), receiptStatusName(s));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    m_debtor->setObjectName(QStringLiteral("debtor"));
    m_debtor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *debtorLabel = new QLabel(tr("&Debtor:"), this);
    debtorLabel->setBuddy(m_debtor);
    filters->addWidget(debtorLabel);
    filters->addWidget(m_debtor);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReceiptsModel::RawRole);
    m_table->setObjectName(QStringLiteral("receiptTable"));
    m_table->setModel(m_sorted);
    m_table->setStretchColumn(int(ReceiptsModel::Column::References));
    m_table->setTitle(tr("Receipts"));
    m_table->setLayoutKey(QStringLiteral("receipts"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ReceiptsModel::Column::Date), Qt::DescendingOrder);

    auto *detailBox = new QGroupBox(tr("Selected receipt"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detail);
    m_partsTable->setObjectName(QStringLiteral("applicationTable"));
    m_partsTable->setModel(m_parts);
    m_partsTable->setStretchColumn(int(ReceiptApplicationsModel::Column::Rule));
    m_partsTable->setTitle(tr("Receipt applications"));
    detailLayout->addWidget(m_partsTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("cashSplitter"));
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    // Money out beside money in: the payments to clients that payment runs sent, executed once
    // a bank file shows them leaving the account.
    auto *outSorted = new QSortFilterProxyModel(this);
    outSorted->setSourceModel(m_paymentsOut);
    outSorted->setSortRole(PaymentsModel::RawRole);
    m_paymentsOutTable->setObjectName(QStringLiteral("paymentsOutTable"));
    m_paymentsOutTable->setModel(outSorted);
    m_paymentsOutTable->setStretchColumn(int(PaymentsModel::Column::Name));
    m_paymentsOutTable->setTitle(tr("Payments out"));
    m_paymentsOutTable->setSortingEnabled(true);
    m_paymentsOutTable->sortByColumn(int(PaymentsModel::Column::DueDate), Qt::DescendingOrder);
    m_tabs->setObjectName(QStringLiteral("cashTabs"));
    m_tabs->addTab(split, tr("Receipts"));
    m_tabs->addTab(m_paymentsOutTable, tr("Payments out"));
    layout->addWidget(m_tabs, 1);
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CashPostingView::reload);
    connect(m_debtor, &QComboBox::currentIndexChanged, this, &CashPostingView::reload);
    connect(m_table, &QTableView::activated, this, &CashPostingView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CashPostingView::showDetail);
    setTabOrder(m_status, m_debtor);
    setTabOrder(m_debtor, m_table);
    setTabOrder(m_table, m_partsTable);
    loadDebtors();
    reload();
}

QAction *CashPostingView::addAct(const QString &name, const QString &text,
                                 const QList<QKeySequence> &keys, void (CashPostingView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    addReceiptAction(action);
    return action;
}

void CashPostingView::addReceiptAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    const auto sync = [action, button] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        // A disabled button still says why (Qt shows tooltips of disabled widgets).
        button->setToolTip(action->toolTip());
        button->setVisible(action->isVisible());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    if (!actions().contains(action)) {
        addAction(action);
        m_table->addAction(action);
    }
    m_buttons->addWidget(button);
    m_actionButtons.append({action, button});
}

QPushButton *CashPostingView::buttonFor(QAction *action) const
{
    for (const auto &[a, b] : m_actionButtons)
        if (a == action)
            return b;
    return nullptr;
}

bool CashPostingView::mayPost() const
{
    return m_context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
}

void CashPostingView::loadDebtors()
{
    const qint64 current = m_debtor->currentData().toLongLong();
    const QSignalBlocker block(m_debtor);
    m_debtor->clear();
    m_debtor->addItem(tr("All debtors"), qint64(0));
    try {
        for (const DebtorSummary &d : DebtorService(*m_context.db).list(DebtorFilter{}))
            m_debtor->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.id);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_debtor->setCurrentIndex(qMax(0, m_debtor->findData(current)));
}

void CashPostingView::refresh()
{
    loadDebtors();
    reload();
}

void CashPostingView::reload()
{
    const auto selected = selectedReceipt();
    ReceiptFilter filter;
    filter.status = parseReceiptStatus(m_status->currentData().toString());
    filter.debtorId = m_debtor->currentData().toLongLong();
    QList<Receipt> receipts;
    try {
        receipts = ReceiptService(*m_context.db).list(filter);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_model->setReceipts(receipts);
    QList<ClientPayment> out;
    try {
        const PaymentService payments(*m_context.db);
        out = payments.list(PaymentStatus::Sent) + payments.list(PaymentStatus::Executed);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_paymentsOut->setPayments(out);
    m_paymentsOutTable->fitColumns();
    Money left;
    bool oneCurrency = true;
    for (const Receipt &r : std::as_const(receipts)) {
        if (!left.currency().isNone() && left.currency() != r.amount.currency())
            oneCurrency = false;
        else if (r.status != ReceiptStatus::Reversed)
            left += r.unapplied();
    }
    const QString count = tr("%n receipt(s).", nullptr, int(receipts.size()));
    m_count->setText(oneCurrency && !receipts.isEmpty()
                         ? tr("%1 Unapplied cash among them: %2 %3.")
                               .arg(count, left.toLocaleString(), left.currency().code())
                         : count);
    m_table->fitColumns();
    m_shownId = -1;
    if (!selected || !selectReceipt(selected->id)) {
        if (m_sorted->rowCount() > 0)
            m_table->setCurrentIndex(m_sorted->index(0, 0));
        showDetail();
    }
}

std::optional<Receipt> CashPostingView::selectedReceipt() const
{
    return m_current;
}

bool CashPostingView::selectReceipt(qint64 receiptId)
{
    const int row = m_model->rowOf(receiptId);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showDetail();
    return true;
}

void CashPostingView::showDetail()
{
    // The list holds no applications: the current receipt is read whole.
    m_current.reset();
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    if (index.isValid()) {
        try {
            m_current = ReceiptService(*m_context.db).get(m_model->receipt(index.row()).id);
        } catch (const Error &e) {
            m_message->showMessage(e.message());
            m_current = m_model->receipt(index.row());
        }
    }
    const auto &r = m_current;
    if (!r) {
        m_detail->setText(tr("No receipt selected."));
        m_parts->setApplications({});
    } else {
        QString from = r->remitterName.toHtmlEscaped();
        if (!r->remitterAccount.isEmpty())
            from += QStringLiteral(" (%1)").arg(r->remitterAccount.toHtmlEscaped());
        QString text = tr("<b>Receipt %1</b> of <b>%2 %3</b>, value date %4, %5")
                           .arg(r->id)
                           .arg(r->amount.toLocaleString(), r->amount.currency().code(),
                                LocaleFormat::date(r->valueDate),
                                ReceiptsModel::sourceTitle(*r).toHtmlEscaped());
        if (!from.trimmed().isEmpty())
            text += tr(", from %1").arg(from);
        text += QStringLiteral("<br>");
        text += r->debtorCode.isEmpty() ? tr("Debtor not known: the cash waits for a clerk.")
                                        : tr("Debtor %1.").arg(r->debtorCode.toHtmlEscaped());
        if (!r->references.isEmpty())
            text +=
                QLatin1Char(' ') +
                tr("References: %1.").arg(r->references.join(QStringLiteral("; ")).toHtmlEscaped());
        text += QStringLiteral("<br>") + tr("Applied <b>%1</b>, left <b>%2</b> — %3.")
                                             .arg(r->applied.toLocaleString(),
                                                  r->unapplied().toLocaleString(),
                                                  receiptStatusTitle(r->status).toLower());
        if (r->status == ReceiptStatus::Suggested && mayPost())
            text += QLatin1Char(' ') + tr("Ctrl+Enter confirms the suggestion.");
        m_detail->setText(text);
        m_parts->setApplications(r->applications);
    }
    m_partsTable->fitColumns();
    updateActions();
    const qint64 id = r ? r->id : 0;
    if (id != m_shownId) {
        m_shownId = id;
        emit currentReceiptChanged(id);
    }
}

void CashPostingView::updateActions()
{
    const bool post = mayPost();
    const auto r = selectedReceipt();
    const QString readOnly = tr("Clerks and managers post receipts; you may read them.");
    const auto keys = [](QAction *a) {
        return a->shortcut().isEmpty()
                   ? QString()
                   : QStringLiteral(" (%1)").arg(a->shortcut().toString(QKeySequence::NativeText));
    };
    m_import->setEnabled(post);
    m_import->setToolTip(post ? tr("Read a camt.053, camt.054 or receipts CSV file and match "
                                   "its credits") +
                                    keys(m_import)
                              : readOnly);
    m_new->setEnabled(post);
    m_new->setToolTip(post ? tr("Type in a cheque or transfer; Enter posts it and starts the "
                                "next") +
                                 keys(m_new)
                           : readOnly);
    const bool suggested = r && r->status == ReceiptStatus::Suggested;
    m_confirm->setEnabled(post && suggested);
    m_confirm->setToolTip(!post ? readOnly
                          : !r  ? tr("Select a receipt first")
                          : suggested
                              ? tr("Apply the suggested invoices as shown below") + keys(m_confirm)
                              : tr("The selected receipt has no suggestion waiting"));
    const bool open = r && r->status != ReceiptStatus::Reversed && r->unapplied().isPositive();
    m_apply->setEnabled(post && open);
    m_apply->setToolTip(!post  ? readOnly
                        : !r   ? tr("Select a receipt first")
                        : open ? tr("Split what is left over the debtor's open invoices") +
                                     keys(m_apply)
                               : tr("Nothing is left to apply on the selected receipt"));
    const bool applied = r && r->status != ReceiptStatus::Reversed &&
                         std::any_of(r->applications.cbegin(), r->applications.cend(),
                                     [](const ReceiptApplication &a) { return !a.suggested; });
    m_short->setEnabled(post && applied);
    m_short->setToolTip(!post     ? readOnly
                        : !r      ? tr("Select a receipt first")
                        : applied ? tr("Say why an invoice of this receipt was paid short: still "
                                       "owed, a deduction or dispute, or a credit note") +
                                        keys(m_short)
                                  : tr("The selected receipt is not applied to an invoice yet"));
}

void CashPostingView::importBankFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import bank file"), QString(),
        tr("Bank files (*.xml *.camt *.053 *.054 *.csv);;All files (*)"));
    if (!path.isEmpty())
        importBankFile(path);
}

bool CashPostingView::importBankFile(const QString &path)
{
    if (!mayPost())
        return false;
    m_message->clearMessage();
    const QString name = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Reading %1…").arg(name), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import bank file"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.show();
    QCoreApplication::processEvents();
    bool cancelled = false;
    ReceiptImportResult result;
    try {
        result =
            ReceiptService(*m_context.db)
                .importFile(m_context.session, path, false, [&](int done, int total) {
                    progress.setMaximum(qMax(total, 1));
                    progress.setValue(done);
                    progress.setLabelText(
                        tr("Matching movement %1 of %2 of %3…").arg(done).arg(total).arg(name));
                    QCoreApplication::processEvents();
                    cancelled = progress.wasCanceled();
                    return !cancelled;
                });
    } catch (const Error &e) {
        progress.close();
        m_message->showMessage(
            cancelled ? tr("The import of %1 was cancelled; nothing was stored.").arg(name)
                      : e.message());
        reload();
        return false;
    }
    progress.close();
    refresh();
    if (!result.receiptIds.isEmpty())
        selectReceipt(result.receiptIds.first());
    auto *summary = new ReceiptImportDialog(name, result, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
    return true;
}

void CashPostingView::newReceipt()
{
    if (!mayPost())
        return;
    auto *dialog = new ReceiptDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReceiptDialog::posted, this, [this](qint64 id) {
        reload();
        selectReceipt(id);
    });
    dialog->open();
}

void CashPostingView::confirmSelected()
{
    const auto r = selectedReceipt();
    if (!r || !m_confirm->isEnabled())
        return;
    m_message->clearMessage();
    try {
        ReceiptService(*m_context.db).confirm(m_context.session, r->id);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
    selectReceipt(r->id);
}

void CashPostingView::applySelected()
{
    const auto r = selectedReceipt();
    if (!r || !m_apply->isEnabled())
        return;
    m_message->clearMessage();
    auto *dialog = new ApplyCashDialog(m_context, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplyCashDialog::applied, this, [this](qint64 id) {
        reload();
        selectReceipt(id);
    });
    dialog->open();
}

void CashPostingView::shortPaymentSelected()
{
    const auto r = selectedReceipt();
    if (!r || !m_short->isEnabled())
        return;
    m_message->clearMessage();
    auto *dialog = new ShortPaymentDialog(m_context, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = r->id;
    connect(dialog, &ShortPaymentDialog::recorded, this, [this, id] {
        reload();
        selectReceipt(id);
    });
    dialog->open();
}

void CashPostingView::openSelected()
{
    if (m_apply->isEnabled())
        applySelected();
    else
        m_partsTable->setFocus();
}

} // namespace FactorDesk
