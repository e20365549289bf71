#include "applycashdialog.h"

#include "debtorservice.h"
#include "error.h"
#include "invoicequery.h"
#include "localeformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FactorDesk {

ApplyCashDialog::ApplyCashDialog(const AppContext &context, const Receipt &receipt, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_receipt(receipt)
    , m_debtor(new QComboBox(this))
    , m_grid(new QTableWidget(this))
    , m_total(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply receipt %1").arg(receipt.id));
    setObjectName(QStringLiteral("applyCashDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QString from =
        receipt.remitterAccount.isEmpty()
            ? receipt.remitterName
            : tr("%1 (%2)").arg(receipt.remitterName, receipt.remitterAccount).trimmed();
    form->addRow(tr("Receipt:"), new QLabel(tr("%1 %2, value date %3")
                                                .arg(receipt.amount.toLocaleString(),
                                                     receipt.amount.currency().code(),
                                                     LocaleFormat::date(receipt.valueDate)),
                                            this));
    if (!from.isEmpty())
        form->addRow(tr("From:"), new QLabel(from, this));
    if (!receipt.references.isEmpty())
        form->addRow(tr("References:"),
                     new QLabel(receipt.references.join(QStringLiteral("; ")), this));
    m_debtor->setObjectName(QStringLiteral("debtor"));
    m_debtor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Debtor:"), m_debtor);
    layout->addLayout(form);

    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setColumnCount(ApplyColumn + 1);
    m_grid->setHorizontalHeaderLabels({tr("Invoice"), tr("Client"), tr("Invoice date"),
                                       tr("Due date"), tr("Open balance"), tr("Apply")});
    m_grid->horizontalHeaderItem(OpenColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grid->horizontalHeaderItem(ApplyColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setFocusPolicy(Qt::NoFocus);
    // Tab goes from amount to amount, not from cell to cell.
    m_grid->setTabKeyNavigation(false);
    m_grid->setMinimumWidth(640);
    layout->addWidget(m_grid, 1);
    m_total->setObjectName(QStringLiteral("total"));
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplyCashDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadDebtors();
    loadInvoices();
    connect(m_debtor, &QComboBox::currentIndexChanged, this, &ApplyCashDialog::loadInvoices);
    resize(sizeHint().width() + 40, 420);
}

void ApplyCashDialog::loadDebtors()
{
    try {
        for (const DebtorSummary &d : DebtorService(*m_context.db).list(DebtorFilter{}))
            m_debtor->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.id);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    const int at = m_debtor->findData(m_receipt.debtorId);
    if (m_receipt.debtorId && at >= 0) {
        m_debtor->setCurrentIndex(at);
        // Cash known to be a debtor's stays that debtor's.
        m_debtor->setEnabled(false);
    } else {
        m_debtor->insertItem(0, tr("(choose the debtor who paid)"), qint64(0));
        m_debtor->setCurrentIndex(0);
    }
}

void ApplyCashDialog::loadInvoices()
{
    m_lines.clear();
    m_grid->setRowCount(0);
    const qint64 debtorId = m_debtor->currentData().toLongLong();
    QList<InvoiceRow> rows;
    if (debtorId) {
        InvoiceFilter filter;
        filter.debtorId = debtorId;
        filter.status = QStringLiteral("open");
        try {
            rows = InvoiceQuery(*m_context.db).rows(filter, InvoiceSort::InvoiceDate);
        } catch (const Error &e) {
            m_error->showMessage(e.message());
        }
    }
    const Currency currency = m_receipt.amount.currency();
    const QLocale locale;
    QWidget *previous = m_debtor;
    for (const InvoiceRow &r : std::as_const(rows)) {
        if (Currency(r.currency) != currency)
            continue;
        const int row = m_grid->rowCount();
        m_grid->insertRow(row);
        const Money open = Money::fromMinor(r.openBalance, currency);
        m_lines.append({r.invoiceNo, open});
        const auto cell = [&](int column, const QString &text, bool right = false) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->setItem(row, column, item);
        };
        cell(InvoiceColumn, r.invoiceNo);
        cell(ClientColumn, r.clientCode);
        cell(DateColumn, LocaleFormat::date(r.invoiceDate));
        cell(DueColumn, LocaleFormat::date(r.dueDate));
        cell(OpenColumn, open.toLocaleString(locale), true);
        auto *edit = new QLineEdit(m_grid);
        edit->setObjectName(QStringLiteral("apply_%1").arg(r.invoiceNo));
        edit->setAlignment(Qt::AlignRight);
        edit->setFrame(false);
        edit->setAccessibleName(tr("Amount on %1").arg(r.invoiceNo));
        for (const ReceiptApplication &a : std::as_const(m_receipt.applications))
            if (a.suggested && a.invoiceNo == r.invoiceNo)
                edit->setText(a.amount.toLocaleString(locale));
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &ApplyCashDialog::updateTotal);
        // What was typed is shown back as the locale writes amounts ("1000" → "1,000.00").
        connect(edit, &QLineEdit::editingFinished, edit, [edit, currency] {
            if (const auto m = Money::parseLocale(edit->text().trimmed(), QLocale(), currency))
                edit->setText(m->toLocaleString());
        });
        m_grid->setCellWidget(row, ApplyColumn, edit);
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_buttons);
    m_grid->resizeColumnsToContents();
    m_grid->setColumnWidth(ApplyColumn, qMax(m_grid->columnWidth(OpenColumn), 130));
    // The client takes the spare width; the amounts stay next to each other.
    m_grid->horizontalHeader()->setSectionResizeMode(ClientColumn, QHeaderView::Stretch);
    if (m_lines.isEmpty())
        m_error->showMessage(debtorId
                                 ? tr("The debtor has no open invoices in %1.").arg(currency.code())
                                 : QString());
    else
        m_error->clearMessage();
    updateTotal();
    if (QLineEdit *first = amountEdit(0))
        first->setFocus();
}

QLineEdit *ApplyCashDialog::amountEdit(int row) const
{
    if (row < 0 || row >= m_grid->rowCount())
        return nullptr;
    return qobject_cast<QLineEdit *>(m_grid->cellWidget(row, ApplyColumn));
}

int ApplyCashDialog::rowOf(const QString &invoiceNo) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).invoiceNo == invoiceNo)
            return i;
    return -1;
}

std::optional<Money> ApplyCashDialog::amountAt(int row, bool *ok) const
{
    *ok = true;
    const QLineEdit *edit = amountEdit(row);
    const QString text = edit ? edit->text().trimmed() : QString();
    if (text.isEmpty())
        return std::nullopt;
    const auto m = Money::parseLocale(text, QLocale(), m_receipt.amount.currency());
    *ok = m.has_value();
    return m;
}

Money ApplyCashDialog::typedTotal(int skipRow) const
{
    Money total = Money::fromMinor(0, m_receipt.amount.currency());
    for (int i = 0; i < m_lines.size(); ++i) {
        bool ok = true;
        if (i == skipRow)
            continue;
        if (const auto m = amountAt(i, &ok))
            total += *m;
    }
    return total;
}

void ApplyCashDialog::updateTotal()
{
    const Money total = typedTotal();
    const Money left = m_receipt.unapplied() - total;
    m_total->setText(tr("Applying %1 of %2 unapplied; %3 left.")
                         .arg(total.toLocaleString(), m_receipt.unapplied().toLocaleString(),
                              left.toLocaleString()));
    m_total->setStyleSheet(left.isNegative() ? alertStyleSheet() : QString());
}

bool ApplyCashDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_lines.size(); ++row) {
            QLineEdit *edit = amountEdit(row);
            if (edit != watched)
                continue;
            // The last amount of a split defaults to what is left, up to what is open.
            const Money others = typedTotal(row);
            const Money left = m_receipt.unapplied() - others;
            if (edit->text().trimmed().isEmpty() && !others.isZero() && left.isPositive()) {
                const Money offer = left > m_lines.at(row).open ? m_lines.at(row).open : left;
                edit->setText(offer.toLocaleString());
            }
            edit->selectAll();
            m_grid->scrollToItem(m_grid->item(row, InvoiceColumn));
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApplyCashDialog::accept()
{
    m_error->clearMessage();
    QList<QPair<QString, std::optional<Money>>> parts;
    Money total = Money::fromMinor(0, m_receipt.amount.currency());
    for (int row = 0; row < m_lines.size(); ++row) {
        bool ok = true;
        const auto m = amountAt(row, &ok);
        const Line &line = m_lines.at(row);
        QLineEdit *edit = amountEdit(row);
        const auto refuse = [&](const QString &message) {
            m_error->showMessage(message);
            edit->setFocus();
            edit->selectAll();
        };
        if (!ok) {
            refuse(tr("%1: \"%2\" is not an amount as you write numbers (for example %3).")
                       .arg(line.invoiceNo, edit->text().trimmed(),
                            Money::fromMinor(123456, line.open.currency()).toLocaleString()));
            return;
        }
        if (!m || m->isZero())
            continue;
        if (m->isNegative()) {
            refuse(tr("%1: an amount applied is more than zero.").arg(line.invoiceNo));
            return;
        }
        if (*m > line.open) {
            refuse(tr("%1: %2 is more than its open balance of %3.")
                       .arg(line.invoiceNo, m->toLocaleString(), line.open.toLocaleString()));
            return;
        }
        total += *m;
        parts.append({line.invoiceNo, *m});
    }
    if (parts.isEmpty()) {
        m_error->showMessage(tr("Type the amount to apply on at least one invoice."));
        if (QLineEdit *first = amountEdit(0))
            first->setFocus();
        return;
    }
    if (total > m_receipt.unapplied()) {
        m_error->showMessage(
            tr("%1 is more than the %2 left on this receipt.")
                .arg(total.toLocaleString(), m_receipt.unapplied().toLocaleString()));
        return;
    }
    try {
        ReceiptService(*m_context.db).apply(m_context.session, m_receipt.id, parts);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    emit applied(m_receipt.id);
    QDialog::accept();
}

} // namespace FactorDesk
