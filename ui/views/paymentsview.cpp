#include "paymentsview.h"

#include "businesscalendar.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "iban.h"
#include "localeformat.h"
#include "paymentrundialog.h"
#include "paymentsmodel.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

QString totalsText(const QList<Money> &totals)
{
    QStringList parts;
    for (Money m : totals)
        parts << QStringLiteral("%1 %2").arg(m.toLocaleString(), m.currency().code());
    return parts.join(QStringLiteral(", "));
}

QList<Money> totalsOf(const QList<ClientPayment> &payments)
{
    QList<Money> out;
    for (const ClientPayment &p : payments) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](Money m) { return m.currency() == p.amount.currency(); });
        if (it == out.end())
            out << p.amount;
        else
            *it += p.amount;
    }
    return out;
}

DataTable *paymentTable(QWidget *parent, QSortFilterProxyModel *sorted, PaymentsModel *model,
                        const QString &name, const QString &title)
{
    auto *table = new DataTable(parent);
    sorted->setSourceModel(model);
    sorted->setSortRole(PaymentsModel::RawRole);
    table->setObjectName(name);
    table->setModel(sorted);
    table->setStretchColumn(int(PaymentsModel::Column::Name));
    table->setTitle(title);
    table->setLayoutKey(name);
    table->setSortingEnabled(true);
    table->sortByColumn(int(PaymentsModel::Column::DueDate), Qt::AscendingOrder);
    return table;
}

} // namespace

PaymentsView::PaymentsView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_due(new PaymentsModel(this))
    , m_sent(new PaymentsModel(this))
    , m_runs(new QStandardItemModel(this))
    , m_dueSorted(new QSortFilterProxyModel(this))
    , m_sentSorted(new QSortFilterProxyModel(this))
    , m_message(new ErrorLabel(this))
    , m_result(new QLabel(this))
    , m_dueTotal(new QLabel(this))
    , m_run(new QAction(tr("&Run payments…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<h2>Payments to clients</h2>"), this));
    top->addStretch(1);
    auto *runButton = new QPushButton(m_run->text(), this);
    runButton->setObjectName(QStringLiteral("runButton"));
    top->addWidget(runButton);
    layout->addLayout(top);
    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_run->setObjectName(QStringLiteral("actionRunPayments"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_run);
    connect(m_run, &QAction::triggered, this, &PaymentsView::runPaymentsDialog);
    connect(runButton, &QPushButton::clicked, m_run, &QAction::trigger);
    runButton->setEnabled(m_context.session.has(Role::Manager) || m_context.session.isSystem());
    m_run->setEnabled(runButton->isEnabled());
    if (!runButton->isEnabled())
        runButton->setToolTip(tr("Only managers run payments to clients."));

    auto *duePage = new QWidget(this);
    auto *dueLayout = new QVBoxLayout(duePage);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_dueTable =
        paymentTable(duePage, m_dueSorted, m_due, QStringLiteral("dueTable"), tr("Payments due"));
    m_dueTable->setTotalsRow(true);
    dueLayout->addWidget(m_dueTable, 1);
    m_dueTotal->setObjectName(QStringLiteral("dueTotal"));
    dueLayout->addWidget(m_dueTotal);
    m_tabs->addTab(duePage, tr("&Due"));

    m_sentTable =
        paymentTable(this, m_sentSorted, m_sent, QStringLiteral("sentTable"), tr("Payments sent"));
    m_tabs->addTab(m_sentTable, tr("&Sent and executed"));

    m_runsTable = new DataTable(this);
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setModel(m_runs);
    m_runsTable->setTitle(tr("Payment runs"));
    m_tabs->addTab(m_runsTable, tr("Payment &runs"));
    m_tabs->setObjectName(QStringLiteral("paymentTabs"));
    layout->addWidget(m_tabs, 1);
    refresh();
}

void PaymentsView::refresh()
{
    QList<ClientPayment> due;
    QList<ClientPayment> sent;
    QList<PaymentRun> runs;
    try {
        PaymentService payments(*m_context.db);
        due = payments.list(PaymentStatus::Due);
        sent = payments.list(PaymentStatus::Sent) + payments.list(PaymentStatus::Executed);
        runs = payments.runs();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_due->setPayments(due);
    m_sent->setPayments(sent);
    m_dueTable->fitColumns();
    m_sentTable->fitColumns();
    int invalid = 0;
    for (const ClientPayment &p : std::as_const(due))
        invalid += Iban::check(p.account) == Iban::Status::Valid ? 0 : 1;
    QString total =
        due.isEmpty()
            ? tr("No payment is due.")
            : tr("%n payment(s) due, %1.", nullptr, int(due.size())).arg(totalsText(totalsOf(due)));
    if (invalid)
        total += QLatin1Char(' ') + tr("%n of them to an account that is not a valid IBAN: a "
                                       "run refuses until the client's account is corrected.",
                                       nullptr, invalid);
    m_dueTotal->setText(total);

    m_runs->clear();
    m_runs->setHorizontalHeaderLabels({tr("Message id"), tr("Date"), tr("Version"), tr("Payments"),
                                       tr("Total"), tr("File"), tr("By")});
    for (const PaymentRun &r : std::as_const(runs)) {
        QList<QStandardItem *> row{new QStandardItem(r.messageId),
                                   new QStandardItem(LocaleFormat::date(r.date)),
                                   new QStandardItem(r.version),
                                   new QStandardItem(QString::number(r.count)),
                                   new QStandardItem(totalsText(r.totals)),
                                   new QStandardItem(r.fileName),
                                   new QStandardItem(r.createdBy)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_runs->appendRow(row);
    }
    m_runsTable->fitColumns();
}

void PaymentsView::runPaymentsDialog()
{
    if (!m_run->isEnabled())
        return;
    const QList<ClientPayment> due = m_due->payments();
    if (due.isEmpty()) {
        m_message->showMessage(tr("No payment to a client is due; there is nothing to send."));
        return;
    }
    const QString summary =
        tr("%n payment(s) due, %1, are sent in one pain.001 credit-transfer file for the bank "
           "and posted (payments due to clients to bank).",
           nullptr, int(due.size()))
            .arg(totalsText(totalsOf(due)));
    PaymentRunDialog dialog(BusinessCalendar(*m_context.db).today(), summary, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runPayments(dialog.path(), dialog.date(), dialog.version());
}

bool PaymentsView::runPayments(const QString &path, QDate date, const QString &version)
{
    m_message->clearMessage();
    m_result->hide();
    try {
        const PaymentRunResult r =
            PaymentService(*m_context.db).run(m_context.session, path, date, version);
        m_result->setText(tr("Sent %n payment(s), %1, in %2 (%3) to %4. Give the file to the "
                             "bank; its next statement closes them as executed.",
                             nullptr, r.run.count)
                              .arg(totalsText(r.run.totals), r.run.messageId, r.run.version,
                                   QDir::toNativeSeparators(path)));
        m_result->show();
        refresh();
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        refresh();
        return false;
    }
}

} // namespace FactorDesk
