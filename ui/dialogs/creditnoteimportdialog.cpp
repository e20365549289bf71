#include "creditnoteimportdialog.h"

#include "clientservice.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMultiHash>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {
enum Column {
    LineColumn,
    ClientColumn,
    InvoiceColumn,
    AmountColumn,
    DateColumn,
    ReferenceColumn,
    ProblemColumn,
    ColumnCount
};
} // namespace

CreditNoteImportDialog::CreditNoteImportDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_check(new QPushButton(tr("C&heck"), this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("creditNoteImportDialog"));
    setWindowTitle(tr("Import credit notes"));
    m_client->setObjectName(QStringLiteral("client"));
    m_client->addItem(tr("Named in the file (client column)"), QString());
    try {
        for (const Client &c : ClientService(*context.db).list())
            m_client->addItem(tr("%1 — %2").arg(c.code, c.name), c.code);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("A CSV file: invoice_no, amount, date, reference"));
    m_file->setMinimumWidth(360);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAutoDefault(false);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setAutoDefault(false);
    m_check->setToolTip(tr("Read the file and check every line against the books (nothing is "
                           "stored)"));
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Check the file first; it is imported whole or not at all"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_check);
    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_file);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Client"), tr("Invoice"), tr("Amount"),
                                          tr("Date"), tr("Reference"), tr("Problem")});
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c : {int(LineColumn), int(AmountColumn)})
        m_preview->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    // The problem (a text column) takes the spare width; the others keep their contents'.
    m_preview->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_client, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_check);
    setTabOrder(m_check, m_preview);
    resize(820, 460);

    const bool may = context.session.hasAny(Roles(Role::Clerk) | Role::Manager);
    if (!may) {
        m_check->setEnabled(false);
        m_error->showMessage(tr("Only clerks and managers enter credit notes."));
    }
    connect(m_browse, &QPushButton::clicked, this, &CreditNoteImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &CreditNoteImportDialog::checkFile);
    // Enter in the file field checks it; once checked, Enter (the default button) imports.
    connect(m_file, &QLineEdit::returnPressed, this, &CreditNoteImportDialog::checkFile);
    connect(m_file, &QLineEdit::textChanged, this, &CreditNoteImportDialog::invalidate);
    connect(m_client, &QComboBox::currentIndexChanged, this, &CreditNoteImportDialog::invalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreditNoteImportDialog::importFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CreditNoteImportDialog::clientCode() const
{
    return m_client->currentData().toString();
}

void CreditNoteImportDialog::invalidate()
{
    m_checked = false;
    m_import->setEnabled(false);
    m_import->setDefault(false);
}

void CreditNoteImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Credit notes file"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    checkFile();
}

bool CreditNoteImportDialog::checkFile()
{
    invalidate();
    m_error->clearMessage();
    m_summary->clear();
    m_preview->setRowCount(0);
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_error->showMessage(tr("Choose the credit notes file."));
        m_file->setFocus();
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showMessage(
            tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    CreditNoteImportCheck check;
    try {
        check =
            CreditNoteService(*m_context.db)
                .check(m_context.session, clientCode(), file.readAll(), QFileInfo(path).fileName());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return false;
    }
    QMultiHash<int, CreditNoteCsv::Issue> issues;
    for (const CreditNoteCsv::Issue &i : std::as_const(check.issues))
        issues.insert(i.line, i);
    const QLocale locale;
    m_preview->setRowCount(int(check.lines.size()));
    for (int r = 0; r < check.lines.size(); ++r) {
        const CreditNoteCsvRow &row = check.lines.at(r);
        QStringList problems;
        for (const CreditNoteCsv::Issue &i : issues.values(row.line))
            problems.prepend(tr("%1: %2").arg(i.field, i.reason));
        const QStringList cells{locale.toString(row.line),
                                row.client.isEmpty() ? clientCode() : row.client,
                                row.invoiceNo,
                                row.amount,
                                row.date.isValid() ? LocaleFormat::date(row.date) : QString(),
                                row.reference,
                                problems.join(QStringLiteral("; "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == LineColumn || c == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!problems.isEmpty())
                item->setForeground(alertColor());
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (!check.ok()) {
        m_summary->setText(tr("%n line(s) refused; nothing can be imported until the file is "
                              "corrected.",
                              nullptr, int(check.issues.size())));
        return false;
    }
    m_checked = true;
    m_summary->setText(tr("%n credit note(s), every line correct: Import takes them all.", nullptr,
                          int(check.lines.size())));
    m_import->setEnabled(true);
    m_import->setDefault(true);
    m_import->setFocus();
    return true;
}

bool CreditNoteImportDialog::importFile()
{
    if (!m_checked && !checkFile())
        return false;
    try {
        m_ids = CreditNoteService(*m_context.db)
                    .importCsv(m_context.session, clientCode(),
                               QDir::fromNativeSeparators(m_file->text().trimmed()));
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        invalidate();
        return false;
    }
    m_summary->setText(tr("%n credit note(s) imported.", nullptr, int(m_ids.size())));
    m_import->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    m_client->setEnabled(false);
    m_file->setEnabled(false);
    m_browse->setEnabled(false);
    m_check->setEnabled(false);
    emit imported(int(m_ids.size()));
    return true;
}

} // namespace FactorDesk
