#include "purchasewizard.h"

#include "agreementservice.h"
#include "assignmentnotice.h"
#include "clientservice.h"
#include "clock.h"
#include "creditservice.h"
#include "csvreader.h"
#include "debtorservice.h"
#include "error.h"
#include "invoiceentrymodel.h"
#include "mainwindow.h"
#include "purchaseadvice.h"
#include "purchasewizardpages.h"
#include "schedulelinemodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSet>
#include <QTextDocument>

namespace FactorDesk {

namespace {
// Lines validated between two looks at the Cancel button of a long import.
constexpr int kChunk = 2000;
} // namespace

PurchaseWizard::PurchaseWizard(const AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_date(context.today())
    , m_lines(new ScheduleLineModel(this))
    , m_priced(new ScheduleLineModel(this))
{
    setObjectName(QStringLiteral("purchaseWizard"));
    setWindowTitle(tr("New purchase"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    m_clientPage = new ClientPage(this);
    m_invoicesPage = new InvoicesPage(this);
    m_checksPage = new ChecksPage(this);
    m_pricingPage = new PricingPage(this);
    m_confirmPage = new ConfirmPage(this);
    setPage(ClientPageId, m_clientPage);
    setPage(InvoicesPageId, m_invoicesPage);
    setPage(ChecksPageId, m_checksPage);
    setPage(PricingPageId, m_pricingPage);
    setPage(ConfirmPageId, m_confirmPage);
    setStartId(ClientPageId);
    resize(1000, 680);
}

PurchaseWizard::~PurchaseWizard() = default;

bool PurchaseWizard::isManager() const
{
    return m_context.session.has(Role::Manager);
}

int PurchaseWizard::typedLineCount() const
{
    if (isDone() || isFileInput())
        return 0;
    int typed = 0;
    for (const InvoiceEntryModel::Row &row : m_invoicesPage->gridModel()->rows()) {
        bool any = false;
        for (const QString &cell : row.cells)
            any = any || !cell.trimmed().isEmpty();
        typed += any ? 1 : 0;
    }
    return typed;
}

void PurchaseWizard::reject()
{
    const int typed = typedLineCount();
    if (typed > 0 && QMessageBox::question(
                         this, tr("New purchase"),
                         tr("Drop the %n invoice line(s) typed into the grid?", nullptr, typed),
                         QMessageBox::Discard | QMessageBox::Cancel,
                         QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QWizard::reject();
}

void PurchaseWizard::showError(const Error &error)
{
    MainWindow::showError(this, error);
}

void PurchaseWizard::setClient(qint64 clientId)
{
    m_clientId = clientId;
    setScheduleDate(m_date);
}

void PurchaseWizard::setScheduleDate(QDate date)
{
    m_date = date;
    m_terms.reset();
    m_currency.clear();
    if (m_clientId == 0)
        return;
    try {
        m_terms = AgreementService(*m_context.db).inForce(m_clientId, m_date);
        const Client c = ClientService(*m_context.db).get(m_clientId);
        m_currency = c.currency.code();
    } catch (const Error &e) {
        showError(e);
    }
    if (!m_input.isEmpty())
        revalidate();
}

void PurchaseWizard::setValidation(const QList<ImportError> &errors, const QStringList &unknown,
                                   int good)
{
    m_errors = errors;
    m_unknownDebtors = unknown;
    m_goodCount = good;
    emit inputChanged();
}

void PurchaseWizard::setInput(const QList<ScheduleInputLine> &input)
{
    m_input = input;
    m_sourceFile.clear();
    revalidate();
}

void PurchaseWizard::clearFile()
{
    m_sourceFile.clear();
    m_input.clear();
    setValidation({}, {}, 0);
}

void PurchaseWizard::revalidate()
{
    if (m_input.isEmpty()) {
        setValidation({}, {}, 0);
        return;
    }
    try {
        const ParsedLines parsed = ScheduleImportService(*m_context.db).parse(m_input, m_currency);
        setValidation(parsed.errors, parsed.unknownDebtors, int(parsed.lines.size()));
    } catch (const Error &e) {
        setValidation({{0, QString(), e.message()}}, {}, 0);
    }
}

bool PurchaseWizard::importCsv(const QString &path)
{
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             100, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    try {
        const CsvTable table = CsvReader::readFile(path);
        progress.setValue(10);
        if (progress.wasCanceled())
            return false;
        const QList<ScheduleInputLine> input = ScheduleImport::inputLines(table);
        progress.setLabelText(tr("Checking %n line(s)…", nullptr, int(input.size())));
        progress.setValue(20);
        if (progress.wasCanceled())
            return false;
        const QHash<QString, DebtorRef> debtors =
            ScheduleImportService(*m_context.db).debtorsOf(input);
        progress.setValue(30);
        QList<ImportError> errors;
        QStringList unknown;
        QSet<QString> seen;
        int good = 0;
        for (qsizetype from = 0; from < input.size(); from += kChunk) {
            if (progress.wasCanceled())
                return false; // nothing of the file was kept
            const ParsedLines part =
                ScheduleImport::validate(input.mid(from, kChunk), m_currency, debtors);
            errors += part.errors;
            good += int(part.lines.size());
            for (const QString &code : part.unknownDebtors) {
                if (!seen.contains(code)) {
                    seen.insert(code);
                    unknown << code;
                }
            }
            progress.setValue(30 + int(70 * (from + kChunk) / qMax<qsizetype>(1, input.size())));
        }
        if (input.isEmpty())
            errors.append({0, QString(), tr("The file %1 has no invoice lines.").arg(path)});
        progress.setValue(100);
        m_input = input;
        m_sourceFile = QFileInfo(path).fileName();
        setValidation(errors, unknown, good);
        return true;
    } catch (const Error &e) {
        progress.cancel();
        showError(e);
        return false;
    }
}

QList<ScheduleInputLine> PurchaseWizard::goodInput() const
{
    QSet<int> bad;
    for (const ImportError &e : m_errors) {
        if (e.line > 0)
            bad.insert(e.line);
    }
    QList<ScheduleInputLine> out;
    for (qsizetype i = 0; i < m_input.size(); ++i) {
        const ScheduleInputLine &l = m_input.at(i);
        const int key = l.sourceLine > 0 ? l.sourceLine : int(i) + 1;
        if (!bad.contains(key))
            out.append(l);
    }
    return out;
}

QString PurchaseWizard::createDebtor(const QString &code, const QString &name)
{
    Debtor d;
    d.code = code.trimmed();
    d.name = name.trimmed();
    const qint64 id = DebtorService(*m_context.db).add(m_context.session, d);
    if (m_clientId != 0)
        DebtorService(*m_context.db).linkClient(m_context.session, id, m_clientId);
    // The new debtor has no credit limit: ask an analyst for one covering its invoices here.
    qint64 sum = 0;
    const Currency currency(m_currency);
    for (const ScheduleInputLine &l : std::as_const(m_input)) {
        if (l.debtor.trimmed().compare(d.code, Qt::CaseInsensitive) != 0)
            continue;
        if (const auto amount = Money::parse(l.amount, currency))
            sum += qMax<qint64>(0, amount->minor());
    }
    QString message = tr("Debtor %1 was added.").arg(d.code);
    if (sum > 0 && m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst)) {
        CreditService(*m_context.db)
            .request(m_context.session, id, Money::fromMinor(sum),
                     tr("New debtor in a schedule of client %1").arg(m_clientId));
        message += QLatin1Char(' ') +
                   tr("A credit limit of %1 was requested; until an analyst decides it, its "
                      "invoices are not eligible.")
                       .arg(Money::localized(sum, QLocale(), currency.decimals()));
    } else {
        message += QLatin1Char(' ') + tr("It has no credit limit yet: until an analyst decides "
                                         "one, its invoices are not eligible.");
    }
    revalidate();
    return message;
}

void PurchaseWizard::runPreview()
{
    QProgressDialog busy(tr("Checking and pricing %n line(s)…", nullptr, int(m_input.size())),
                         QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(500);
    try {
        m_draft = ScheduleImportService(*m_context.db)
                      .draft(m_context.session, m_clientId, goodInput(), m_date);
        m_preview = ScheduleApprovalService(*m_context.db).preview(m_context.session, m_draft);
    } catch (const Error &e) {
        m_draft = {};
        m_preview = {};
        showError(e);
    }
    // Pending overrides of lines still listed are kept, and priced as approving will.
    m_lines->setLines(m_preview.schedule.lines, m_currency);
    if (!m_lines->pendingOverrides().isEmpty()) {
        reprice();
        return;
    }
    m_priced->setLines(m_preview.schedule.lines, m_currency);
    m_totals = m_preview.schedule.totals;
}

QList<LineOverride> PurchaseWizard::overrides() const
{
    QList<LineOverride> out;
    QSet<QString> seen;
    for (const ScheduleLine &l : m_lines->lines()) {
        const QString reason = m_lines->pendingOverrides().value(l.invoiceNo);
        if (!reason.isEmpty() && !seen.contains(l.invoiceNo)) {
            seen.insert(l.invoiceNo);
            out.append({l.invoiceNo, reason});
        }
    }
    return out;
}

void PurchaseWizard::reprice()
{
    // As approving will: the same checks and pricing with the overrides, by the service.
    try {
        m_preview =
            ScheduleApprovalService(*m_context.db).preview(m_context.session, m_draft, overrides());
    } catch (const Error &e) {
        showError(e);
    }
    m_lines->setLines(m_preview.schedule.lines, m_currency);
    m_priced->setLines(m_preview.schedule.lines, m_currency);
    m_totals = m_preview.schedule.totals;
}

Money PurchaseWizard::overAvailability() const
{
    // As ScheduleFundingService checks it (Pricing::overAvailability).
    return m_preview.overAvailability.withCurrency(Currency(m_currency));
}

bool PurchaseWizard::post()
{
    if (!isManager())
        return false;
    ScheduleFundingService service(*m_context.db);
    ScheduleImportOptions options;
    options.date = m_date;
    options.number = m_number.trimmed();
    options.skipBad = m_keepGood;
    options.submit = true;
    options.sourceFile = m_sourceFile;
    try {
        // Import, approval and funding in one transaction: a refusal leaves nothing behind.
        FundingOptions funding;
        if (overAvailability().isPositive())
            funding.availabilityOverrideReason = m_availabilityOverride;
        m_funding = service.purchase(m_context.session, m_clientId, m_input, options, overrides(),
                                     m_date, funding);
        m_scheduleId = m_funding.scheduleId;
    } catch (const Error &e) {
        showError(e);
        return false;
    }
    emit posted(m_scheduleId);
    return true;
}

bool PurchaseWizard::saveSubmitted()
{
    ScheduleImportOptions options;
    options.date = m_date;
    options.number = m_number.trimmed();
    options.skipBad = m_keepGood;
    options.submit = true;
    options.sourceFile = m_sourceFile;
    try {
        m_scheduleId = ScheduleImportService(*m_context.db)
                           .importLines(m_context.session, m_clientId, m_input, options)
                           .schedule.id;
    } catch (const Error &e) {
        showError(e);
        return false;
    }
    emit posted(m_scheduleId);
    return true;
}

void PurchaseWizard::saveAdvicePdf(const QString &path)
{
    PurchaseAdvice::writePdf(PurchaseAdvice::build(*m_context.db, m_scheduleId), path);
}

QString PurchaseWizard::suggestedAdviceFileName() const
{
    return PurchaseAdvice::suggestedFileName(PurchaseAdvice::build(*m_context.db, m_scheduleId));
}

QString PurchaseWizard::suggestedNoticesFileName() const
{
    return AssignmentNotice::suggestedFileName(m_funding.number);
}

void PurchaseWizard::saveNoticesPdf(const QString &path)
{
    AssignmentNotice::writePdf(AssignmentNotice::buildForSchedule(*m_context.db, m_scheduleId),
                               path);
}

void PurchaseWizard::printAdvice()
{
    try {
        auto doc = PurchaseAdvice::document(PurchaseAdvice::build(*m_context.db, m_scheduleId));
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            doc->print(&printer);
    } catch (const Error &e) {
        showError(e);
    }
}

void PurchaseWizard::printNotices()
{
    try {
        auto doc = AssignmentNotice::document(
            AssignmentNotice::buildForSchedule(*m_context.db, m_scheduleId));
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            doc->print(&printer);
    } catch (const Error &e) {
        showError(e);
    }
}

} // namespace FactorDesk
