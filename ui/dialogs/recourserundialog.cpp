#include "recourserundialog.h"

#include "chargebackservice.h"
#include "clock.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {
QString amount(const Money &m)
{
    return RecourseRunDialog::tr("%1 %2").arg(m.toLocaleString(), m.currency().code());
}
} // namespace

RecourseRunDialog::RecourseRunDialog(const AppContext &context, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_date(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_run(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    const bool overdue = mode == Mode::ChargeBackOverdue;
    setObjectName(overdue ? QStringLiteral("chargebackOverdueDialog")
                          : QStringLiteral("creditLossDialog"));
    setWindowTitle(overdue ? tr("Charge back overdue invoices") : tr("Post credit losses"));
    auto *intro = new QLabel(
        overdue ? tr("Invoices of clients with recourse still unpaid after their recourse date "
                     "(due date + the agreement's recourse days). Charging back takes the "
                     "client's reserve first and puts the rest on the recourse receivable.")
                : tr("Credit-approved invoices of debtors insolvent on or before the date become "
                     "the factor's credit losses (clients without recourse); what is disputed or "
                     "over the approval is charged back to the client."),
        this);
    intro->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("asOf"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setMaximumDate(context.today());
    m_date->setDate(context.today());
    m_table->setObjectName(QStringLiteral("rows"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (overdue) {
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderLabels({tr("Client"), tr("Invoice"), tr("Debtor"), tr("Due"),
                                            tr("Recourse ended"), tr("Open")});
    } else {
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels(
            {tr("Client"), tr("Invoice"), tr("Credit loss"), tr("Charged back")});
    }
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_run->setText(overdue ? tr("Charge &back") : tr("&Post credit losses"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&As of:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(overdue ? 760 : 600, 420);

    const bool may = context.session.has(Role::Manager);
    if (!may) {
        m_run->setEnabled(false);
        m_run->setToolTip(overdue ? tr("Only managers charge invoices back")
                                  : tr("Only managers post credit losses"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecourseRunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (overdue) {
        connect(m_date, &QDateEdit::dateChanged, this, &RecourseRunDialog::preview);
        preview();
    } else {
        m_table->hide();
        m_summary->setText(tr("Nothing is posted until you press Post credit losses."));
    }
}

void RecourseRunDialog::setRows(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (rightAligned.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    for (int c : rightAligned)
        m_table->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->resizeColumnsToContents();
}

void RecourseRunDialog::preview()
{
    if (m_mode != Mode::ChargeBackOverdue || m_done)
        return;
    m_error->clearMessage();
    QList<RecourseDue> due;
    try {
        due = ChargebackService(*m_context.db).dueForRecourse(m_date->date());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    QList<QStringList> rows;
    for (const RecourseDue &d : std::as_const(due))
        rows.append({d.clientCode, d.invoiceNo, d.debtorCode, LocaleFormat::date(d.dueDate),
                     LocaleFormat::date(d.recourseDate), amount(d.openBalance)});
    setRows(rows, {5});
    m_due = int(due.size());
    m_summary->setText(due.isEmpty()
                           ? tr("No invoice is past its recourse period.")
                           : tr("%n invoice(s) past the recourse period.", nullptr, m_due));
    m_run->setText(m_due ? tr("Charge &back %n invoice(s)", nullptr, m_due) : tr("Charge &back"));
    if (m_context.session.has(Role::Manager)) {
        m_run->setEnabled(m_due > 0);
        m_run->setToolTip(m_due ? QString() : tr("Nothing to charge back"));
    }
}

bool RecourseRunDialog::run()
{
    if (m_done || !m_run->isEnabled())
        return false;
    m_error->clearMessage();
    ChargebackService service(*m_context.db);
    try {
        if (m_mode == Mode::ChargeBackOverdue) {
            const int n = service.chargeBackOverdue(m_context.session, m_date->date());
            finish(tr("%n invoice(s) charged back.", nullptr, n));
        } else {
            const QList<CreditLossResult> results =
                service.postCreditLosses(m_context.session, m_date->date());
            QList<QStringList> rows;
            for (const CreditLossResult &r : results)
                rows.append({r.clientCode, r.invoiceNo, amount(r.loss), amount(r.chargeback)});
            setRows(rows, {2, 3});
            m_table->show();
            finish(results.isEmpty()
                       ? tr("No invoice of an insolvent debtor was left open: nothing posted.")
                       : tr("%n invoice(s) of insolvent debtors posted.", nullptr,
                            int(results.size())));
        }
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return false;
    }
    return true;
}

void RecourseRunDialog::finish(const QString &message)
{
    m_done = true;
    m_summary->setText(message);
    m_date->setEnabled(false);
    m_run->hide();
    QPushButton *close = m_buttons->button(QDialogButtonBox::Cancel);
    close->setText(tr("&Close"));
    close->setDefault(true);
    close->setFocus();
    emit done();
}

} // namespace FactorDesk
