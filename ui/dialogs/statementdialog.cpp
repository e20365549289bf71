#include "statementdialog.h"

#include "businesscalendar.h"
#include "clientstatementreport.h"
#include "clock.h"
#include "error.h"
#include "mainwindow.h"
#include "statementquery.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <tuple>

namespace FactorDesk {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name, QDate date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// The month before the business date.
std::pair<QDate, QDate> previousMonth(Database &db)
{
    const QDate today = BusinessCalendar(db).today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    return {first, first.addMonths(1).addDays(-1)};
}

} // namespace

StatementDialog::StatementDialog(const AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Client statement"));
    const auto [from, to] = previousMonth(*context.db);
    m_from = dateEdit(this, QStringLiteral("statementFrom"), from);
    m_to = dateEdit(this, QStringLiteral("statementTo"), to);
    m_asOf = dateEdit(this, QStringLiteral("statementAsOf"), to);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statementSummary"));
    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("statementPreview"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("statementPrint"));
    m_save = new QPushButton(tr("Save &PDF…"), this);
    m_save->setObjectName(QStringLiteral("statementSavePdf"));

    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("From"), this));
    form->addWidget(m_from);
    form->addWidget(new QLabel(tr("to"), this));
    form->addWidget(m_to);
    form->addSpacing(16);
    form->addWidget(new QLabel(tr("As of"), this));
    form->addWidget(m_asOf);
    form->addStretch(1);
    form->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 760);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &StatementDialog::print);
    connect(m_save, &QPushButton::clicked, this, &StatementDialog::saveAs);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &StatementDialog::paintOn);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::dateChanged, this, &StatementDialog::reload);
    // The "as of" follows the end of the period until the user sets it.
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_asOf->date() < d || m_asOf->date() == m_statement.to)
            m_asOf->setDate(d);
    });
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    reload();
}

void StatementDialog::reload()
{
    try {
        m_statement = StatementQuery(*m_context.db)
                          .statement(m_clientId, m_from->date(), m_to->date(), m_asOf->date());
        m_summary->setText(
            tr("%n movement(s), %1 open invoice(s)", nullptr, int(m_statement.movements.size()))
                .arg(m_statement.openInvoices.size()));
        m_print->setEnabled(true);
        m_save->setEnabled(true);
    } catch (const Error &e) {
        m_statement = ClientStatement();
        m_summary->setText(e.message());
        m_print->setEnabled(false);
        m_save->setEnabled(false);
    }
    m_preview->updatePreview();
}

void StatementDialog::paintOn(QPrinter *printer)
{
    if (m_statement.clientId == 0)
        return;
    printer->setDocName(ClientStatementReport::suggestedFileName(m_statement));
    m_pages =
        ClientStatementReport::paint(m_statement, PurchaseAdvice::factor(*m_context.db), *printer);
}

void StatementDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

bool StatementDialog::savePdf(const QString &path)
{
    try {
        ClientStatementReport::writePdf(m_statement, PurchaseAdvice::factor(*m_context.db), path);
        return true;
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
}

void StatementDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save statement"),
        QDir::home().filePath(ClientStatementReport::suggestedFileName(m_statement)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

int StatementDialog::runBatch(QWidget *parent, const AppContext &context, QString folder,
                              QDate from, QDate to)
{
    const bool interactive = folder.isEmpty();
    if (!from.isValid() || !to.isValid())
        std::tie(from, to) = previousMonth(*context.db);
    if (interactive) {
        bool ok = false;
        const QString month = QInputDialog::getText(
            parent, tr("Batch statements"),
            tr("The month of the statements of every active client (YYYY-MM):"), QLineEdit::Normal,
            from.toString(QStringLiteral("yyyy-MM")), &ok);
        if (!ok)
            return 0;
        const QDate first = QDate::fromString(month.trimmed() + QStringLiteral("-01"),
                                              QStringLiteral("yyyy-MM-dd"));
        if (!first.isValid()) {
            QMessageBox::warning(parent, tr("Batch statements"),
                                 tr("\"%1\" is not a month: write YYYY-MM.").arg(month));
            return 0;
        }
        from = first;
        to = first.addMonths(1).addDays(-1);
        folder = QFileDialog::getExistingDirectory(
            parent, tr("Batch statements: choose the folder for the PDF files"), QDir::homePath());
        if (folder.isEmpty())
            return 0;
    }
    QProgressDialog progress(tr("Writing the statements…"), tr("Cancel"), 0, 1, parent);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    int written = 0;
    bool cancelled = false;
    try {
        written = ClientStatementReport::writeBatch(
            *context.db, from, to, to, folder, [&](int done, int total, const QString &code) {
                progress.setMaximum(total);
                progress.setValue(done);
                if (!code.isEmpty())
                    progress.setLabelText(tr("Statement %1 of %2: %3 (%4 to %5)")
                                              .arg(done + 1)
                                              .arg(total)
                                              .arg(code, isoDate(from), isoDate(to)));
                QCoreApplication::processEvents();
                cancelled = progress.wasCanceled();
                return !cancelled;
            });
    } catch (const Error &e) {
        MainWindow::showError(parent, e);
        return written;
    }
    progress.close();
    if (!interactive)
        return written;
    QMessageBox::information(parent, tr("Batch statements"),
                             cancelled
                                 ? tr("Cancelled: %n statement(s) written to %1.", nullptr, written)
                                       .arg(QDir::toNativeSeparators(folder))
                                 : tr("%n statement(s) written to %1.", nullptr, written)
                                       .arg(QDir::toNativeSeparators(folder)));
    return written;
}

} // namespace FactorDesk
