#include "feeworkingdialog.h"

#include "clock.h"
#include "datatable.h"
#include "error.h"
#include "feeworking.h"
#include "interestworkingmodel.h"
#include "invoicefeesmodel.h"
#include "mainwindow.h"
#include "purchaseadvice.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace FactorDesk {

FeeWorkingDialog::FeeWorkingDialog(const AppContext &context, const QString &clientCode,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clientCode(clientCode)
    , m_table(new DataTable(this))
    , m_summary(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save P&DF…"), this))
{}

FeeWorkingDialog *FeeWorkingDialog::forInvoice(const AppContext &context, const QString &clientCode,
                                               const QString &invoiceNo, QWidget *parent)
{
    const InvoiceFees fees = FeesQuery(*context.db).invoiceFees(clientCode, invoiceNo);
    auto *d = new FeeWorkingDialog(context, fees.client, parent);
    d->setObjectName(QStringLiteral("invoiceFeesDialog"));
    d->m_fees = new InvoiceFeesModel(d);
    d->m_fees->setFees(fees);
    d->setWindowTitle(tr("Fees of invoice %1").arg(fees.invoiceNo));
    const QLocale locale;
    auto *facts = new QLabel(tr("<b>Invoice %1</b> of %2 · face value %3 %4 · bought %5")
                                 .arg(fees.invoiceNo.toHtmlEscaped(), fees.client.toHtmlEscaped(),
                                      fees.face.toLocaleString(locale), fees.face.currency().code(),
                                      locale.toString(fees.purchased, QLocale::ShortFormat)),
                             d);
    facts->setObjectName(QStringLiteral("facts"));
    d->m_table->setModel(d->m_fees);
    d->m_table->setTitle(FeeWorking::invoiceTitle(fees));
    d->m_table->setStretchColumn(int(InvoiceFeesModel::Column::Tier));
    d->m_summary->setText(
        fees.collections.isEmpty()
            ? tr("Nothing has been collected or charged back on this invoice yet: no discount "
                 "fee is due.")
            : tr("Discount fees: <b>%1 %2</b> on %n amount(s) collected or charged back, each "
                 "rounded once.",
                 nullptr, int(fees.collections.size()))
                  .arg(fees.total.toLocaleString(locale), fees.total.currency().code()));
    d->build(facts);
    return d;
}

FeeWorkingDialog *FeeWorkingDialog::forInterest(const AppContext &context,
                                                const QString &clientCode, QDate month,
                                                QWidget *parent)
{
    auto *d = new FeeWorkingDialog(context, clientCode, parent);
    d->setObjectName(QStringLiteral("interestDialog"));
    d->m_interest = new InterestWorkingModel(d);
    d->m_month = new QDateEdit(d);
    d->m_month->setObjectName(QStringLiteral("month"));
    d->m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    d->m_month->setCalendarPopup(true);
    d->m_month->setDate(QDate(month.year(), month.month(), 1));
    auto *top = new QWidget(d);
    auto *row = new QHBoxLayout(top);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Interest of <b>%1</b> for the &month:").arg(clientCode), top);
    label->setBuddy(d->m_month);
    row->addWidget(label);
    row->addWidget(d->m_month);
    row->addStretch(1);
    d->m_table->setModel(d->m_interest);
    d->m_table->setStretchColumn(-1);
    try {
        d->loadInterest(); // an unknown client is refused before the dialog opens
    } catch (...) {
        delete d;
        throw;
    }
    connect(d->m_month, &QDateEdit::dateChanged, d, [d] {
        try {
            d->loadInterest();
        } catch (const Error &e) {
            MainWindow::showError(d, e);
        }
    });
    d->build(top);
    return d;
}

void FeeWorkingDialog::loadInterest()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    const InterestMonth m = FeesQuery(*m_context.db).interestMonth(m_clientCode, month);
    m_interest->setMonth(m);
    m_clientCode = m.client;
    setWindowTitle(tr("Interest of %1, %2").arg(m.client, FeeWorking::monthText(m.month)));
    m_table->setTitle(FeeWorking::interestTitle(m));
    m_table->fitColumns();
    const QLocale locale;
    m_summary->setText(
        tr("Interest for %1: <b>%2 %3</b> (the exact sum of the days %4, rounded once)%5.")
            .arg(FeeWorking::monthText(m.month), m.working.total.toLocaleString(locale),
                 m.working.total.currency().code(), m.working.exactTotal.toExactString(),
                 m.postedEntryId ? tr(", posted in journal entry %1").arg(m.postedEntryId)
                                 : tr(", not posted yet")));
}

void FeeWorkingDialog::build(QWidget *top)
{
    m_table->setObjectName(QStringLiteral("workingTable"));
    m_table->fitColumns();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_print->setObjectName(QStringLiteral("print"));
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print->setAutoDefault(false);
    m_pdf->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &FeeWorkingDialog::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &FeeWorkingDialog::askSavePdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // Wide enough for a two-tier text ("1.5 % for the first 30 days + 2 × 0.5 % per further 10
    // days") to show whole beside the amounts.
    resize(m_interest ? 820 : 1140, m_interest ? 640 : 360);
}

std::unique_ptr<QTextDocument> FeeWorkingDialog::document() const
{
    const ReportParty factor = PurchaseAdvice::factor(*m_context.db);
    if (m_fees)
        return FeeWorking::invoiceDocument(m_fees->fees(), factor);
    return FeeWorking::interestDocument(m_interest->month(), factor);
}

QString FeeWorkingDialog::pdfTitle() const
{
    return m_fees ? FeeWorking::invoiceTitle(m_fees->fees())
                  : FeeWorking::interestTitle(m_interest->month());
}

QString FeeWorkingDialog::pdfFileName() const
{
    return m_fees ? FeeWorking::invoiceFileName(m_fees->fees())
                  : FeeWorking::interestFileName(m_interest->month());
}

void FeeWorkingDialog::writePdf(const QString &path) const
{
    auto doc = document();
    writeReportPdf(*doc, path, pdfTitle());
}

void FeeWorkingDialog::printPreview()
{
    std::unique_ptr<QTextDocument> doc;
    try {
        doc = document();
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(pdfTitle());
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("Print %1").arg(pdfTitle()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { doc->print(p); });
    preview.exec();
}

void FeeWorkingDialog::askSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(pdfFileName()),
        tr("PDF file (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    try {
        writePdf(path);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    QMessageBox::information(this, tr("Saved"),
                             tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace FactorDesk
