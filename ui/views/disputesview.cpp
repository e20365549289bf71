#include "disputesview.h"

#include "datatable.h"
#include "disputeservice.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"
#include "session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

enum Column {
    InvoiceColumn,
    ClientColumn,
    DebtorColumn,
    AmountColumn,
    ReasonColumn,
    NoteColumn,
    OpenedColumn,
    StatusColumn,
    ColumnCount
};

QString statusTitle(DisputeStatus s)
{
    switch (s) {
    case DisputeStatus::Open:
        return DisputesView::tr("Open");
    case DisputeStatus::Paid:
        return DisputesView::tr("Paid");
    case DisputeStatus::Credited:
        return DisputesView::tr("Credited");
    case DisputeStatus::ChargedBack:
        return DisputesView::tr("Charged back");
    }
    return {};
}

QString reasonTitle(const QString &code)
{
    const auto r = DisputeReasons::find(code);
    return r ? r->title : code;
}

} // namespace

DisputesView::DisputesView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_openOnly(new QCheckBox(tr("&Open disputes only"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new DataTable(this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("disputesView"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setChecked(true);
    m_model->setHorizontalHeaderLabels({tr("Invoice"), tr("Client"), tr("Debtor"), tr("Amount"),
                                        tr("Reason"), tr("Note"), tr("Opened"), tr("Status")});
    m_model->horizontalHeaderItem(AmountColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setObjectName(QStringLiteral("disputes"));
    m_table->setModel(m_model);
    m_table->setTitle(tr("Disputes"));
    m_table->setStretchColumn(NoteColumn);
    m_table->setLayoutKey(QStringLiteral("disputes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *title = new QLabel(tr("<h2>Disputes</h2>"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_openOnly);
    auto *buttons = new QHBoxLayout;
    for (const auto &[resolution, text, name] :
         {std::tuple{DisputeResolution::Paid, tr("Resolve: &paid"), "paid"},
          std::tuple{DisputeResolution::Credited, tr("Resolve: &credited"), "credited"},
          std::tuple{DisputeResolution::ChargedBack, tr("Resolve: c&harged back…"),
                     "chargedBack"}}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, r = resolution] { askResolve(r); });
        buttons->addWidget(b);
        m_resolve.append(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_openOnly, &QCheckBox::toggled, this, &DisputesView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisputesView::updateButtons);
    refresh();
}

void DisputesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DisputesView::refresh()
{
    const qint64 current = currentId();
    m_model->removeRows(0, m_model->rowCount());
    try {
        m_disputes = DisputeService(*m_context.db).list(m_openOnly->isChecked());
    } catch (const Error &e) {
        m_disputes.clear();
        m_message->showMessage(e.message());
    }
    const QLocale locale;
    for (const Dispute &d : std::as_const(m_disputes)) {
        auto *amount = new QStandardItem(
            tr("%1 %2").arg(d.amount.toLocaleString(locale), d.amount.currency().code()));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *invoice = new QStandardItem(d.invoiceNo);
        invoice->setData(d.id, Qt::UserRole);
        const QString note =
            d.resolutionNote.isEmpty() ? d.note : tr("%1 — %2").arg(d.note, d.resolutionNote);
        m_model->appendRow(
            {invoice, new QStandardItem(d.clientCode), new QStandardItem(d.debtorCode), amount,
             new QStandardItem(reasonTitle(d.reasonCode)), new QStandardItem(note),
             new QStandardItem(tr("%1 by %2").arg(LocaleFormat::date(d.openedOn), d.openedBy)),
             new QStandardItem(statusTitle(d.status))});
    }
    m_table->fitColumns();
    if (!current || !selectDispute(current))
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

qint64 DisputesView::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->index(i.row(), InvoiceColumn).data(Qt::UserRole).toLongLong() : 0;
}

bool DisputesView::selectDispute(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, InvoiceColumn).data(Qt::UserRole).toLongLong() == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    return false;
}

void DisputesView::updateButtons()
{
    const qint64 id = currentId();
    const Dispute *d = nullptr;
    for (const Dispute &x : std::as_const(m_disputes))
        if (x.id == id)
            d = &x;
    const Session &who = m_context.session;
    const bool mayResolve = who.has(Role::Clerk) || who.has(Role::Manager);
    for (int i = 0; i < m_resolve.size(); ++i) {
        const bool chargeback = i == 2;
        const QString why =
            !d                                      ? tr("Select a dispute first")
            : d->status != DisputeStatus::Open      ? tr("This dispute is resolved already")
            : chargeback && !who.has(Role::Manager) ? tr("Only managers charge disputes back")
            : !mayResolve                           ? tr("Clerks and managers resolve disputes")
                                                    : QString();
        m_resolve[i]->setEnabled(why.isEmpty());
        m_resolve[i]->setToolTip(why);
    }
}

bool DisputesView::resolveSelected(DisputeResolution resolution, const QString &note)
{
    m_message->clearMessage();
    const qint64 id = currentId();
    if (!id)
        return false;
    try {
        DisputeService(*m_context.db).resolve(m_context.session, id, resolution, note);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
    refresh();
    return true;
}

void DisputesView::askResolve(DisputeResolution resolution)
{
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Resolve dispute"), tr("Note (what was agreed):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        resolveSelected(resolution, note.trimmed());
}

} // namespace FactorDesk
