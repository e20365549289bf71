#include "recorddialogs.h"

#include "auditlog.h"
#include "businesscalendar.h"
#include "clientservice.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "feeworkingdialog.h"
#include "invoiceactiondialog.h"
#include "journaltablemodel.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "scheduledialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

DataTable *newJournalTable(QAbstractItemModel *model, const QString &title, QWidget *parent)
{
    auto *t = new DataTable(parent);
    t->setObjectName(QStringLiteral("journalLines"));
    t->setTitle(title);
    t->setModel(model);
    t->setStretchColumn(int(JournalTableModel::Column::Memo));
    t->setTotalsRow(true);
    t->fitColumns();
    return t;
}

} // namespace

// ---- JournalLinesDialog ----

JournalLinesDialog::JournalLinesDialog(const AppContext &context, const QString &title,
                                       const QString &intro, const JournalFilter &filter,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new JournalTableModel(*context.db, this))
{
    setObjectName(QStringLiteral("journalLinesDialog"));
    setWindowTitle(title);
    resize(1000, 480);
    auto *error = new ErrorLabel(this);
    try {
        m_model->setFilter(filter);
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
    } catch (const Error &e) {
        error->showMessage(e.message());
    }
    m_table = newJournalTable(m_model, title, this);
    m_table->setSubtitle(intro);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(error);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

JournalLinesDialog *JournalLinesDialog::forEntry(const AppContext &context, qint64 entryId,
                                                 QWidget *parent)
{
    JournalFilter filter;
    filter.entryId = entryId;
    QString intro = tr("The lines of journal entry %1.").arg(QLocale().toString(entryId));
    try {
        const JournalEntry e = JournalService(*context.db).entry(entryId);
        intro = tr("Journal entry %1 of %2: %3")
                    .arg(QLocale().toString(entryId), LocaleFormat::date(e.date), e.memo);
    } catch (const Error &) {
        // The table below says what is there.
    }
    return new JournalLinesDialog(context, tr("Journal entry %1").arg(entryId), intro, filter,
                                  parent);
}

JournalLinesDialog *JournalLinesDialog::forAccount(const AppContext &context,
                                                   const QString &account, const QString &name,
                                                   QDate asOf, QWidget *parent)
{
    JournalFilter filter;
    filter.account = account;
    filter.to = asOf;
    return new JournalLinesDialog(context, tr("Account %1 %2").arg(account, name),
                                  tr("Every line posted to account %1 (%2) up to %3.")
                                      .arg(account, name, LocaleFormat::date(asOf)),
                                  filter, parent);
}

// ---- InvoiceDialog ----

InvoiceDialog::InvoiceDialog(const AppContext &context, const InvoicePageRow &invoice,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_invoice(invoice)
    , m_auditModel(new QStandardItemModel(this))
    , m_openSchedule(new QPushButton(tr("Open &schedule…"), this))
    , m_fees(new QPushButton(tr("&Fees…"), this))
{
    setObjectName(QStringLiteral("invoiceDialog"));
    setWindowTitle(tr("Invoice %1").arg(invoice.invoiceNo));
    resize(1000, 640);
    const QLocale locale;
    const int decimals = Currency(invoice.currency).decimals();
    const auto money = [&](qint64 minor) {
        return invoice.currency + QLatin1Char(' ') + Money::localized(minor, locale, decimals);
    };
    auto *error = new ErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice:"), selectable(invoice.invoiceNo, this));
    form->addRow(tr("Client:"), selectable(invoice.clientName, this));
    form->addRow(tr("Debtor:"), selectable(invoice.debtorName, this));
    form->addRow(tr("Dated / due:"),
                 selectable(tr("%1 / %2").arg(LocaleFormat::date(invoice.invoiceDate),
                                              LocaleFormat::date(invoice.dueDate)),
                            this));
    form->addRow(tr("Face value:"), selectable(money(invoice.amount), this));
    form->addRow(tr("Open balance:"), selectable(money(invoice.openBalance), this));
    form->addRow(
        tr("Schedule:"),
        selectable(tr("%1, line %2").arg(invoice.scheduleNumber, locale.toString(invoice.lineNo)),
                   this));

    // The journal lines of this invoice: those of its client that name it.
    auto *journal = new JournalTableModel(*context.db, this);
    auto *onlyThis = new QSortFilterProxyModel(this);
    onlyThis->setSourceModel(journal);
    onlyThis->setFilterKeyColumn(int(JournalTableModel::Column::Invoice));
    onlyThis->setFilterFixedString(invoice.invoiceNo);
    try {
        JournalFilter filter;
        m_clientCode = ClientService(*context.db).get(invoice.clientId).code;
        filter.clientCode = m_clientCode;
        journal->setFilter(filter);
        while (journal->canFetchMore({}))
            journal->fetchMore({});
    } catch (const Error &e) {
        error->showMessage(e.message());
    }
    m_journal =
        newJournalTable(onlyThis, tr("Journal lines of invoice %1").arg(invoice.invoiceNo), this);

    // What was done to its schedule (and to it): the audit records.
    m_auditModel->setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Action"), tr("Record")});
    try {
        AuditFilter filter;
        filter.entity = QStringLiteral("schedule");
        filter.text = invoice.scheduleNumber;
        for (const AuditRecord &r : AuditLog(*context.db).list(context.session, filter)) {
            if (r.entityId != invoice.scheduleNumber)
                continue;
            m_auditModel->appendRow({new QStandardItem(LocaleFormat::timestamp(r.at)),
                                     new QStandardItem(r.username), new QStandardItem(r.action),
                                     new QStandardItem(r.after)});
        }
    } catch (const Error &e) {
        // Clerks may not read the audit log: say so instead of the records.
        error->showMessage(e.message());
    }
    m_audit = new DataTable(this);
    m_audit->setObjectName(QStringLiteral("audit"));
    m_audit->setTitle(tr("Audit of schedule %1").arg(invoice.scheduleNumber));
    m_audit->setModel(m_auditModel);
    m_audit->setStretchColumn(3);
    m_audit->fitColumns();

    m_openSchedule->setObjectName(QStringLiteral("openSchedule"));
    m_openSchedule->setEnabled(invoice.scheduleId != 0);
    connect(m_openSchedule, &QPushButton::clicked, this, [this] {
        auto *dialog = new ScheduleDialog(m_context, m_invoice.scheduleId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // What a clerk or manager does to a bought invoice still open: each disabled, saying why,
    // where it cannot be done.
    const bool open = invoice.status == QLatin1String("open") && invoice.openBalance > 0;
    using Act = InvoiceActionDialog::Act;
    for (const auto &[act, name] :
         {std::pair{Act::CreditNote, "creditNote"}, std::pair{Act::Dispute, "dispute"},
          std::pair{Act::Chargeback, "chargeback"}}) {
        auto *b = new QPushButton(InvoiceActionDialog::title(act), this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        const QString refusal = InvoiceActionDialog::refusal(act, context.session);
        b->setEnabled(open && refusal.isEmpty() && !m_clientCode.isEmpty());
        b->setToolTip(
            !refusal.isEmpty() ? refusal
            : !open            ? tr("Invoice %1 is not open (%2).")
                          .arg(invoice.invoiceNo, InvoicePageQuery::statusTitle(invoice.status))
                    : QString());
        connect(b, &QPushButton::clicked, this, [this, act = act] {
            const InvoiceActionDialog::Invoice inv{
                m_clientCode, m_invoice.invoiceNo,
                Money::fromMinor(m_invoice.openBalance, Currency(m_invoice.currency))};
            auto *dialog = new InvoiceActionDialog(m_context, act, inv,
                                                   BusinessCalendar(*m_context.db).today(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &InvoiceActionDialog::recorded, this, [this] {
                emit changed();
                accept(); // what it shows is no longer the invoice as it is
            });
            dialog->open();
        });
        buttons->addButton(b, QDialogButtonBox::ActionRole);
        m_acts.append(b);
    }
    buttons->addButton(m_openSchedule, QDialogButtonBox::ActionRole);
    // The working of the invoice's discount fees (docs/domain.md §10), printable.
    m_fees->setObjectName(QStringLiteral("fees"));
    m_fees->setAutoDefault(false);
    m_fees->setEnabled(!m_clientCode.isEmpty());
    m_fees->setToolTip(tr("The discount fee on each amount collected: days, tier, dates, amount"));
    connect(m_fees, &QPushButton::clicked, this, [this] {
        try {
            auto *dialog =
                FeeWorkingDialog::forInvoice(m_context, m_clientCode, m_invoice.invoiceNo, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        } catch (const Error &e) {
            MainWindow::showError(this, e);
        }
    });
    buttons->addButton(m_fees, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(new QLabel(tr("<b>Journal lines</b>"), this));
    layout->addWidget(m_journal, 1);
    layout->addWidget(new QLabel(tr("<b>History of its schedule</b>"), this));
    layout->addWidget(m_audit, 1);
    layout->addWidget(buttons);
}

// ---- OrderApprovalDetailDialog ----

OrderApprovalDetailDialog::OrderApprovalDetailDialog(const OrderApproval &a, QWidget *parent)
    : QDialog(parent)
    , m_copy(new QPushButton(tr("&Copy code"), this))
{
    setObjectName(QStringLiteral("orderApprovalDetail"));
    setWindowTitle(tr("Order approval %1").arg(a.id));
    const auto date = [](QDate d) { return LocaleFormat::date(d); };
    auto *form = new QFormLayout;
    form->addRow(tr("Client:"), selectable(a.clientCode, this));
    form->addRow(tr("Debtor:"), selectable(tr("%1 — %2").arg(a.debtorCode, a.debtorName), this));
    form->addRow(tr("Order:"), selectable(a.orderRef, this));
    form->addRow(tr("Amount requested:"), selectable(a.amount.toLocaleString(), this));
    form->addRow(tr("Ship date:"), selectable(date(a.shipDate), this));
    form->addRow(
        tr("Requested by:"),
        selectable(tr("%1 on %2").arg(a.requestedBy, LocaleFormat::timestamp(a.requestedAt)),
                   this));
    form->addRow(tr("Status:"), selectable(requestStatusTitle(a.status), this));
    if (a.approvedAmount)
        form->addRow(tr("Amount approved:"), selectable(a.approvedAmount->toLocaleString(), this));
    auto *code = selectable(a.approvalCode, this);
    code->setObjectName(QStringLiteral("code"));
    if (!a.approvalCode.isEmpty())
        form->addRow(tr("Approval code:"), code);
    if (a.expiryDate.isValid())
        form->addRow(tr("Valid until:"), selectable(date(a.expiryDate), this));
    if (a.shipFrom.isValid())
        form->addRow(tr("Ship window:"),
                     selectable(tr("%1 to %2").arg(date(a.shipFrom), date(a.shipTo)), this));
    if (!a.decidedBy.isEmpty())
        form->addRow(
            tr("Decided by:"),
            selectable(tr("%1 on %2").arg(a.decidedBy, LocaleFormat::timestamp(a.decidedAt)),
                       this));
    if (!a.decisionReason.isEmpty())
        form->addRow(tr("Reason:"), selectable(a.decisionReason, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_copy->setVisible(!a.approvalCode.isEmpty());
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    const QString text = a.approvalCode;
    connect(m_copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace FactorDesk
