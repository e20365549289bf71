#include "invoicespage.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "datecelldelegate.h"
#include "error.h"
#include "importerrormodel.h"
#include "invoiceentrymodel.h"
#include "invoicegridview.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "money.h"
#include "purchasewizard.h"
#include "purchasewizardpages.h"
#include "scheduledialog.h"
#include "schedulelinemodel.h"
#include <QAbstractProxyModel>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

using Grid = InvoiceEntryModel;

} // namespace

InvoicesPage::InvoicesPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_grid(new InvoiceGridView(this))
    , m_gridModel(new InvoiceEntryModel(this))
    , m_add(new QPushButton(tr("&Add line"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_clearFile(new QPushButton(tr("&Type lines instead"), this))
    , m_fileLabel(new QLabel(this))
    , m_errors(new QTableView(this))
    , m_errorModel(new ImportErrorModel(this))
    , m_keepGood(new QCheckBox(this))
    , m_createDebtor(new QPushButton(tr("&Create debtor…"), this))
    , m_summary(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setTitle(tr("Invoices"));
    setSubTitle(tr("Type the invoices, or import the client's CSV file (columns invoice_no, "
                   "debtor, invoice_date, due_date or terms_days, amount; optional currency, "
                   "approval_code, po)."));
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setModel(m_gridModel);
    // The debtor takes the spare width; the short columns are sized for what is typed in them.
    m_grid->horizontalHeader()->setStretchLastSection(false);
    m_grid->horizontalHeader()->setSectionResizeMode(Grid::Debtor, QHeaderView::Stretch);
    const QFontMetrics fm = m_grid->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        m_grid->setColumnWidth(column, fm.horizontalAdvance(sample) + 24);
    };
    fit(Grid::Invoice, QStringLiteral("INV-2025-00000"));
    // The date cells type like the CSV and open a calendar (DateCellDelegate); their editor
    // has room for its calendar button.
    fit(Grid::InvoiceDate, QStringLiteral("0000-00-00 [##]"));
    fit(Grid::DueDate, QStringLiteral("0000-00-00 [##]"));
    auto *dates = new DateCellDelegate(m_grid);
    m_grid->setItemDelegateForColumn(Grid::InvoiceDate, dates);
    m_grid->setItemDelegateForColumn(Grid::DueDate, dates);
    fit(Grid::Amount, QStringLiteral("000,000,000.00"));
    fit(Grid::Approval, QStringLiteral("APR-00000"));
    fit(Grid::Po, QStringLiteral("PO-000000"));
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->setToolTip(tr("Dates as YYYY-MM-DD, amounts as plain decimals (1234.50)."));
    m_add->setObjectName(QStringLiteral("addLine"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_clearFile->setObjectName(QStringLiteral("clearFile"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setModel(m_errorModel);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setMaximumHeight(170);
    m_keepGood->setObjectName(QStringLiteral("keepGood"));
    m_createDebtor->setObjectName(QStringLiteral("createDebtor"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(16);
    buttons->addWidget(m_import);
    buttons->addWidget(m_clearFile);
    buttons->addWidget(m_fileLabel, 1);
    auto *problems = new QHBoxLayout;
    problems->addWidget(m_keepGood);
    problems->addStretch(1);
    problems->addWidget(m_createDebtor);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_grid, 2);
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_errors, 1);
    layout->addLayout(problems);
    layout->addWidget(m_summary);

    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &InvoicesPage::gridEdited);
    const auto typed = [this] {
        if (!m_filling)
            m_typing->start();
    };
    connect(m_gridModel, &QAbstractItemModel::dataChanged, this,
            [typed](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::EditRole))
                    typed();
            });
    connect(m_gridModel, &QAbstractItemModel::rowsInserted, this, typed);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_gridModel->rowCount();
        if (m_gridModel->insertRows(row, 1)) {
            m_grid->setCurrentIndex(m_gridModel->index(row, Grid::Invoice));
            m_grid->setFocus();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_grid->currentIndex().row();
        if (row >= 0 && m_gridModel->removeRows(row, 1))
            gridEdited();
    });
    connect(m_import, &QPushButton::clicked, this, &InvoicesPage::chooseFile);
    connect(m_clearFile, &QPushButton::clicked, this, [this] {
        m_wizard->clearFile();
        showInput();
    });
    connect(m_keepGood, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setKeepGoodLines(on);
        emit completeChanged();
    });
    connect(m_createDebtor, &QPushButton::clicked, this, &InvoicesPage::createDebtor);
    connect(m_wizard, &PurchaseWizard::inputChanged, this, &InvoicesPage::showValidation);
}

void InvoicesPage::initializePage()
{
    showInput();
}

void InvoicesPage::showInput()
{
    m_filling = true;
    const QList<ScheduleInputLine> &input = m_wizard->input();
    const bool file = m_wizard->isFileInput();
    // A file may hold 100,000 lines: the grid shows the start of it, read-only.
    const int shown = file ? int(qMin<qsizetype>(input.size(), 500)) : int(input.size());
    QList<InvoiceEntryModel::Row> rows;
    rows.reserve(shown);
    for (int r = 0; r < shown; ++r) {
        const ScheduleInputLine &l = input.at(r);
        InvoiceEntryModel::Row row;
        row.cells = {l.invoiceNo,
                     l.debtor,
                     l.invoiceDate,
                     l.dueDate.isEmpty() && !l.termsDays.isEmpty() ? tr("+%1 days").arg(l.termsDays)
                                                                   : l.dueDate,
                     l.amount,
                     l.approvalCode,
                     l.po};
        // Row labels are the file's line numbers (which the problems below refer to).
        row.sourceLine = l.sourceLine;
        rows.append(row);
    }
    m_gridModel->setReadOnly(false);
    m_gridModel->setRows(rows);
    m_gridModel->setReadOnly(file);
    m_filling = false;
    m_grid->setEditTriggers(file ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!file);
    m_remove->setEnabled(!file);
    m_clearFile->setVisible(file);
    m_fileLabel->setText(
        file ? tr("%1: %n line(s)", nullptr, int(input.size())).arg(m_wizard->sourceFile())
             : QString());
    if (file)
        m_grid->resizeColumnsToContents();
    showValidation();
}

void InvoicesPage::gridEdited()
{
    if (m_wizard->isFileInput())
        return;
    m_typing->stop();
    QList<ScheduleInputLine> input;
    for (int r = 0; r < m_gridModel->rowCount(); ++r) {
        const auto cell = [&](int c) { return m_gridModel->cell(r, c).trimmed(); };
        ScheduleInputLine l;
        l.invoiceNo = cell(Grid::Invoice);
        l.debtor = cell(Grid::Debtor);
        l.invoiceDate = cell(Grid::InvoiceDate);
        // "+30" (or the "+30 days" the grid shows for a file's terms) is a term in days, as
        // the CSV import's terms_days column is.
        static const QRegularExpression terms(QStringLiteral("^\\+\\s*(\\d+)(\\D*)$"));
        const QString due = cell(Grid::DueDate);
        if (const auto m = terms.match(due); m.hasMatch())
            l.termsDays = m.captured(1);
        else
            l.dueDate = due;
        // Amounts are typed in the user's locale; what parses strictly there goes on as a
        // plain decimal, anything else as typed so that the checks name it.
        l.amount = cell(Grid::Amount);
        if (const auto amount =
                Money::parseLocale(l.amount, locale(), Currency(m_wizard->currency())))
            l.amount = amount->toPlainString();
        l.approvalCode = cell(Grid::Approval);
        l.po = cell(Grid::Po);
        bool blank = true;
        for (int c = 0; c < Grid::Count; ++c)
            blank = blank && cell(c).isEmpty();
        if (!blank)
            input.append(l);
    }
    m_wizard->setInput(input);
}

void InvoicesPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a schedule"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool InvoicesPage::importFile(const QString &path)
{
    if (!m_wizard->importCsv(path))
        return false;
    showInput();
    return true;
}

void InvoicesPage::createDebtor()
{
    const QStringList unknown = m_wizard->unknownDebtors();
    if (unknown.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Create debtor"));
    auto *code = new QComboBox(&dialog);
    code->addItems(unknown);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("debtorName"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("These debtor codes are not known to the factor. Add one; it then "
                               "needs a credit decision by an analyst."),
                            &dialog));
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name:"), name);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const QString message = m_wizard->createDebtor(code->currentText(), name->text());
        QMessageBox::information(this, tr("Debtor added"), message);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void InvoicesPage::showValidation()
{
    const QList<ImportError> &errors = m_wizard->errors();
    m_errorModel->setErrors(errors);
    const QLocale locale;
    // Tint the rows that have problems.
    QSet<int> badLines;
    for (const ImportError &e : errors)
        badLines.insert(e.line);
    const QList<ScheduleInputLine> &input = m_wizard->input();
    QSet<int> badRows;
    for (int r = 0; r < m_gridModel->rowCount() && r < input.size(); ++r) {
        const int key = input.at(r).sourceLine > 0 ? input.at(r).sourceLine : r + 1;
        if (badLines.contains(key))
            badRows.insert(r);
    }
    m_gridModel->setTintedRows(badRows, QBrush(QColor(0xfd, 0xe2, 0xe1)));
    m_errors->resizeColumnToContents(0);
    m_errors->resizeColumnToContents(1);
    const int total = int(m_wizard->input().size());
    const int good = m_wizard->goodLineCount();
    const int bad = total - good;
    m_keepGood->setText(tr("Import only the good lines (%1 of %2)")
                            .arg(locale.toString(good), locale.toString(total)));
    m_keepGood->setEnabled(!errors.isEmpty() && good > 0);
    if (errors.isEmpty() && m_keepGood->isChecked())
        m_keepGood->setChecked(false);
    m_createDebtor->setEnabled(!m_wizard->unknownDebtors().isEmpty());
    if (total == 0)
        m_summary->setText(tr("No invoices yet."));
    else if (errors.isEmpty())
        m_summary->setText(tr("%n line(s), all readable.", nullptr, total));
    else
        m_summary->setText(tr("%1 of %2 lines have problems. A schedule with bad lines is not "
                              "imported unless you keep only the good lines.")
                               .arg(locale.toString(bad), locale.toString(total)));
    emit completeChanged();
}

bool InvoicesPage::validatePage()
{
    if (m_typing->isActive())
        gridEdited();
    return isComplete();
}

bool InvoicesPage::isComplete() const
{
    if (m_wizard->goodLineCount() == 0)
        return false;
    return m_wizard->errors().isEmpty() || m_wizard->keepGoodLines();
}

} // namespace FactorDesk
