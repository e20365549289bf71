#include "purchasewizardpages.h"

#include "agreementservice.h"
#include "clientservice.h"
#include "error.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchasewizard.h"
#include "scheduledialog.h"
#include "schedulelinemodel.h"

#include <QAbstractProxyModel>
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
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

QTableView *lineTable(QWidget *parent, QAbstractItemModel *model, const char *name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setModel(severityTinted(model, t));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

enum GridColumn { GInvoice, GDebtor, GInvoiceDate, GDueDate, GAmount, GApproval, GPo, GCount };

} // namespace

// ---- 1. Client and header ------------------------------------------------------------------

ClientPage::ClientPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_client(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_terms(new QLabel(this))
{
    setTitle(tr("Client and schedule"));
    setSubTitle(tr("Whose invoices are bought, and the schedule's number and date."));
    m_client->setObjectName(QStringLiteral("client"));
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("next number (automatic)"));
    m_number->setMaxLength(32);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::RichText);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("Schedule &number:"), m_number);
    form->addRow(tr("Schedule &date:"), m_date);
    auto *box = new QGroupBox(tr("Terms in force on the schedule date"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_terms);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box, 1);

    connect(m_client, &QComboBox::currentIndexChanged, this, &ClientPage::update);
    connect(m_date, &QDateEdit::dateChanged, this, &ClientPage::update);
    connect(m_number, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_wizard->setScheduleNumber(text); });
}

void ClientPage::initializePage()
{
    const QSignalBlocker block(m_client);
    m_client->clear();
    m_client->addItem(tr("Choose a client…"), qint64(0));
    try {
        for (const Client &c : ClientService(*m_wizard->context().db).list()) {
            if (c.status == ClientStatus::Active)
                m_client->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.id);
        }
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
    const int at = m_client->findData(m_wizard->clientId());
    m_client->setCurrentIndex(at < 0 ? 0 : at);
    m_date->setDate(m_wizard->scheduleDate());
    update();
}

void ClientPage::update()
{
    if (m_wizard->clientId() != m_client->currentData().toLongLong())
        m_wizard->setClient(m_client->currentData().toLongLong());
    if (m_wizard->scheduleDate() != m_date->date())
        m_wizard->setScheduleDate(m_date->date());
    const auto &terms = m_wizard->terms();
    if (m_wizard->clientId() == 0) {
        m_terms->setText(tr("Choose the client first."));
    } else if (!terms) {
        m_terms->setText(tr("<b>No agreement is in force for this client on %1.</b> A manager must "
                            "set the client's terms before its invoices can be bought.")
                             .arg(LocaleFormat::date(m_date->date())));
    } else {
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(tr("In force since"), LocaleFormat::date(terms->effectiveFrom));
        for (const AgreementTerm &t :
             AgreementService::describe(*terms, Currency(m_wizard->currency()))) {
            if (t.key == QLatin1String("note") && t.plain.isEmpty())
                continue;
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(t.title.toHtmlEscaped(), t.text.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        m_terms->setText(html);
    }
    emit completeChanged();
}

QString ClientPage::termsText() const
{
    return m_terms->text();
}

bool ClientPage::isComplete() const
{
    return m_wizard->clientId() != 0 && m_wizard->terms().has_value();
}

// ---- 2. Invoices ---------------------------------------------------------------------------

InvoicesPage::InvoicesPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_grid(new QTableWidget(0, GCount, this))
    , m_add(new QPushButton(tr("&Add line"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_clearFile(new QPushButton(tr("&Type lines instead"), this))
    , m_fileLabel(new QLabel(this))
    , m_errors(new QTableWidget(0, 3, this))
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
    m_grid->setHorizontalHeaderLabels({tr("Invoice"), tr("Debtor code"), tr("Invoice date"),
                                       tr("Due date"), tr("Amount"), tr("Approval code"),
                                       tr("PO")});
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->setToolTip(tr("Dates as YYYY-MM-DD, amounts as plain decimals (1234.50)."));
    m_add->setObjectName(QStringLiteral("addLine"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_clearFile->setObjectName(QStringLiteral("clearFile"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
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
    connect(m_grid, &QTableWidget::cellChanged, this, [this] {
        if (!m_filling)
            m_typing->start();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_grid->insertRow(m_grid->rowCount());
        m_grid->setCurrentCell(m_grid->rowCount() - 1, GInvoice);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_grid->currentRow();
        if (row >= 0) {
            m_grid->removeRow(row);
            gridEdited();
        }
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
    m_grid->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const ScheduleInputLine &l = input.at(r);
        const QStringList cells = {l.invoiceNo,
                                   l.debtor,
                                   l.invoiceDate,
                                   l.dueDate.isEmpty() && !l.termsDays.isEmpty()
                                       ? tr("+%1 days").arg(l.termsDays)
                                       : l.dueDate,
                                   l.amount,
                                   l.approvalCode,
                                   l.po};
        for (int c = 0; c < GCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (file)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == GAmount)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->setItem(r, c, item);
        }
    }
    // Row labels are the file's line numbers (which the problems below refer to).
    QStringList labels;
    for (int r = 0; r < shown; ++r)
        labels << QString::number(input.at(r).sourceLine > 0 ? input.at(r).sourceLine : r + 1);
    m_grid->setVerticalHeaderLabels(labels);
    m_filling = false;
    m_grid->setEditTriggers(file ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!file);
    m_remove->setEnabled(!file);
    m_clearFile->setVisible(file);
    m_fileLabel->setText(
        file ? tr("%1: %n line(s)", nullptr, int(input.size())).arg(m_wizard->sourceFile())
             : QString());
    m_grid->resizeColumnsToContents();
    showValidation();
}

void InvoicesPage::gridEdited()
{
    if (m_wizard->isFileInput())
        return;
    m_typing->stop();
    QList<ScheduleInputLine> input;
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        const auto cell = [&](int c) {
            const QTableWidgetItem *item = m_grid->item(r, c);
            return item ? item->text().trimmed() : QString();
        };
        ScheduleInputLine l;
        l.invoiceNo = cell(GInvoice);
        l.debtor = cell(GDebtor);
        l.invoiceDate = cell(GInvoiceDate);
        l.dueDate = cell(GDueDate);
        l.amount = cell(GAmount);
        l.approvalCode = cell(GApproval);
        l.po = cell(GPo);
        bool blank = true;
        for (int c = 0; c < GCount; ++c)
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
    m_errors->setRowCount(int(errors.size()));
    const QLocale locale;
    for (int i = 0; i < errors.size(); ++i) {
        const ImportError &e = errors.at(i);
        m_errors->setItem(i, 0,
                          new QTableWidgetItem(e.line > 0 ? locale.toString(e.line) : tr("file")));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.column));
        m_errors->setItem(i, 2, new QTableWidgetItem(e.message));
    }
    // Tint the rows that have problems.
    QSet<int> badLines;
    for (const ImportError &e : errors)
        badLines.insert(e.line);
    const QList<ScheduleInputLine> &input = m_wizard->input();
    m_filling = true;
    for (int r = 0; r < m_grid->rowCount() && r < input.size(); ++r) {
        const int key = input.at(r).sourceLine > 0 ? input.at(r).sourceLine : r + 1;
        const QBrush brush = badLines.contains(key) ? QBrush(QColor(0xfd, 0xe2, 0xe1)) : QBrush();
        for (int c = 0; c < GCount; ++c) {
            if (QTableWidgetItem *item = m_grid->item(r, c))
                item->setBackground(brush);
        }
    }
    m_filling = false;
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

bool InvoicesPage::isComplete() const
{
    if (m_wizard->goodLineCount() == 0)
        return false;
    return m_wizard->errors().isEmpty() || m_wizard->keepGoodLines();
}

// ---- 3. Checks -----------------------------------------------------------------------------

ChecksPage::ChecksPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(lineTable(this, wizard->lineModel(), "checks"))
    , m_override(new QPushButton(tr("&Override…"), this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Checks"));
    setSubTitle(tr("Every line with the result of each check. Ineligible lines get no advance "
                   "unless a manager overrides them with a written reason."));
    using C = ScheduleLineModel::Column;
    for (C c : {C::Advance, C::Commission, C::Reserve})
        m_table->setColumnHidden(int(c), true);
    m_override->setObjectName(QStringLiteral("override"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_override);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(m_override, &QPushButton::clicked, this, &ChecksPage::askOverride);
}

void ChecksPage::initializePage()
{
    m_wizard->runPreview();
    m_table->resizeColumnsToContents();
    m_override->setVisible(m_wizard->isManager());
    updateSummary();
}

bool ChecksPage::overrideLine(int row, const QString &reason, QString *why)
{
    ScheduleLineModel *model = m_wizard->lineModel();
    if (!m_wizard->isManager() || row < 0 || row >= model->rowCount()) {
        if (why)
            *why = tr("Only a manager can override a line.");
        return false;
    }
    const ScheduleLine &line = model->line(row);
    for (const CheckResult &c : line.checks) {
        if (c.isRefusal()) {
            if (why)
                *why = tr("Invoice %1 cannot be overridden: %2")
                           .arg(line.invoiceNo, checkText(c, Currency(line.currency)));
            return false;
        }
    }
    if (!line.hasIneligibleCheck() && !reason.trimmed().isEmpty()) {
        if (why)
            *why = tr("Invoice %1 is eligible already.").arg(line.invoiceNo);
        return false;
    }
    model->setOverride(row, reason);
    m_wizard->reprice(); // checks and prices the lines again, as approving will
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    updateSummary();
    return true;
}

void ChecksPage::askOverride()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        QMessageBox::information(this, tr("Override"), tr("Select the line to override first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Override"),
        tr("Why should invoice %1 be bought in full? (kept with the line; empty: no override)")
            .arg(m_wizard->lineModel()->line(row).invoiceNo),
        QLineEdit::Normal, m_wizard->lineModel()->pendingOverride(row), &ok);
    if (!ok)
        return;
    QString why;
    if (!overrideLine(row, reason, &why))
        QMessageBox::warning(this, tr("Override"), why);
}

void ChecksPage::updateSummary()
{
    const auto &lines = m_wizard->lineModel()->lines();
    int ineligible = 0;
    int warnings = 0;
    for (const ScheduleLine &l : lines) {
        const int s = ScheduleLineModel::severity(l);
        if (s == 3 && m_wizard->lineModel()->pendingOverrides().value(l.invoiceNo).isEmpty())
            ++ineligible;
        else if (s == 2)
            ++warnings;
    }
    const QLocale locale;
    QString text =
        tr("%1 lines: %2 eligible in full, %3 not (in part or whole), %4 with "
           "warnings; %5 overridden.")
            .arg(locale.toString(lines.size()),
                 locale.toString(lines.size() - ineligible - warnings), locale.toString(ineligible),
                 locale.toString(warnings), locale.toString(m_wizard->overrides().size()));
    if (!m_wizard->isManager())
        text += QLatin1Char(' ') + tr("A manager can override ineligible lines when approving.");
    m_summary->setText(text);
}

// ---- 4. Pricing ----------------------------------------------------------------------------

PricingPage::PricingPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(lineTable(this, wizard->pricedModel(), "pricing"))
    , m_note(new QLabel(this))
    , m_totalsBox(new QGroupBox(tr("Totals"), this))
{
    setTitle(tr("Pricing"));
    setSubTitle(tr("The purchase split of every line (advance, commission, reserve) and what "
                   "the client is paid."));
    m_table->setColumnHidden(int(ScheduleLineModel::Column::Checks), true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto *grid = new QGridLayout(m_totalsBox);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("face"), tr("Face value")},
        {QStringLiteral("eligible"), tr("Eligible")},
        {QStringLiteral("ineligible"), tr("Ineligible")},
        {QStringLiteral("advance"), tr("Advance")},
        {QStringLiteral("commission"), tr("Commission")},
        {QStringLiteral("reserve"), tr("Reserve")},
        {QStringLiteral("charges"), tr("Charges deducted")},
        {QStringLiteral("net"), tr("Net payment to the client")},
        {QStringLiteral("paymentDate"), tr("Payment date")},
        {QStringLiteral("maturityDate"), tr("Average due date")},
        {QStringLiteral("availableBefore"), tr("Availability before")},
        {QStringLiteral("availableAfter"), tr("Availability after")}};
    for (int i = 0; i < rows.size(); ++i) {
        auto *value = new QLabel(m_totalsBox);
        value->setObjectName(rows.at(i).first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Two columns of label/value pairs.
        const int r = i % 6;
        const int c = (i / 6) * 3;
        grid->addWidget(new QLabel(rows.at(i).second + QLatin1Char(':'), m_totalsBox), r, c);
        grid->addWidget(value, r, c + 1);
    }
    grid->setColumnMinimumWidth(2, 32);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalsBox);
    layout->addWidget(m_note);
}

void PricingPage::initializePage()
{
    m_wizard->reprice();
    m_table->resizeColumnsToContents();
    const ScheduleTotals &t = m_wizard->totals();
    const QLocale locale;
    const int decimals = Currency(m_wizard->currency()).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
    const auto set = [&](const char *key, const QString &text) {
        if (auto *l = m_totalsBox->findChild<QLabel *>(QString::fromLatin1(key)))
            l->setText(text);
    };
    set("face", money(t.face));
    set("eligible", money(t.eligible));
    set("ineligible", money(t.ineligible));
    set("advance", money(t.advance));
    set("commission", money(t.commission));
    set("reserve", money(t.reserve));
    set("charges", money(t.charges));
    set("net", QStringLiteral("<b>%1</b>").arg(money(t.netPayment)));
    set("paymentDate", LocaleFormat::date(t.paymentDate));
    set("maturityDate", LocaleFormat::date(t.maturityDate));
    const SchedulePreview &p = m_wizard->preview();
    set("availableBefore", p.before.available.toLocaleString(locale));
    set("availableAfter", p.after.available.toLocaleString(locale));

    QStringList notes;
    const auto &terms = m_wizard->terms();
    if (terms && terms->arrangement == Arrangement::Collection)
        notes << tr("Collection arrangement: no advance is paid now; the client is paid as its "
                    "debtors pay.");
    if (terms && terms->arrangement == Arrangement::Maturity)
        notes << tr("Maturity arrangement: the payment falls due on the average due date of the "
                    "invoices, weighted by amount: %1.")
                     .arg(LocaleFormat::date(t.maturityDate));
    if (!m_wizard->overrides().isEmpty())
        notes << tr("Priced with %n override(s), as approving will.", nullptr,
                    int(m_wizard->overrides().size()));
    m_note->setText(notes.join(QLatin1Char(' ')));
}

QString PricingPage::totalText(const QString &key) const
{
    const auto *l = m_totalsBox->findChild<QLabel *>(key);
    if (!l)
        return {};
    QString text = l->text();
    text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return text;
}

// ---- 5. Confirm and post -------------------------------------------------------------------

ConfirmPage::ConfirmPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_post(new QPushButton(tr("&Post purchase"), this))
    , m_submit(new QPushButton(tr("&Save as submitted"), this))
    , m_result(new QLabel(this))
    , m_printAdvice(new QPushButton(tr("&Print purchase advice…"), this))
    , m_saveAdvice(new QPushButton(tr("Save advice as P&DF…"), this))
    , m_printNotices(new QPushButton(tr("Print &notices of assignment…"), this))
    , m_saveNotices(new QPushButton(tr("Save notices as PD&F…"), this))
{
    setTitle(tr("Confirm and post"));
    setSubTitle(tr("Funding marks the schedule funded, the invoices purchased, posts the "
                   "journal entry and records the payment due to the client, all at once."));
    for (auto [w, name] : {std::pair<QWidget *, const char *>{m_summary, "summary"},
                           {m_explain, "explanation"},
                           {m_post, "post"},
                           {m_submit, "submit"},
                           {m_result, "result"},
                           {m_printAdvice, "printAdvice"},
                           {m_saveAdvice, "saveAdvice"},
                           {m_printNotices, "printNotices"},
                           {m_saveNotices, "saveNotices"}})
        w->setObjectName(QString::fromLatin1(name));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_explain->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_post);
    actions->addWidget(m_submit);
    actions->addStretch(1);
    auto *documents = new QGridLayout;
    documents->addWidget(m_printAdvice, 0, 0);
    documents->addWidget(m_saveAdvice, 0, 1);
    documents->addWidget(m_printNotices, 1, 0);
    documents->addWidget(m_saveNotices, 1, 1);
    documents->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_explain);
    layout->addLayout(actions);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addLayout(documents);
    layout->addStretch(1);

    connect(m_post, &QPushButton::clicked, this, &ConfirmPage::post);
    connect(m_submit, &QPushButton::clicked, this, &ConfirmPage::submit);
    connect(m_printAdvice, &QPushButton::clicked, m_wizard, &PurchaseWizard::printAdvice);
    connect(m_printNotices, &QPushButton::clicked, m_wizard, &PurchaseWizard::printNotices);
    const auto save = [this](bool advice) {
        const QString suggested =
            advice ? QStringLiteral("purchase-advice.pdf") : QStringLiteral("notices.pdf");
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested,
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        try {
            if (advice)
                m_wizard->saveAdvicePdf(path);
            else
                m_wizard->saveNoticesPdf(path);
        } catch (const Error &e) {
            MainWindow::showError(this, e);
        }
    };
    connect(m_saveAdvice, &QPushButton::clicked, this, [save] { save(true); });
    connect(m_saveNotices, &QPushButton::clicked, this, [save] { save(false); });
}

void ConfirmPage::initializePage()
{
    const ScheduleTotals &t = m_wizard->totals();
    const QLocale locale;
    const int decimals = Currency(m_wizard->currency()).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
    m_summary->setText(
        tr("<p>Buy <b>%n invoice(s)</b> of <b>%2</b> with a face value of <b>%3 %4</b>: advance "
           "%5, commission %6, reserve %7, charges %8.</p><p>Net payment to the client: "
           "<b>%3 %9</b> on %10.</p>",
           nullptr, t.count)
            .arg(m_wizard->clientPage()->clientCombo()->currentText(), m_wizard->currency(),
                 money(t.face), money(t.advance), money(t.commission), money(t.reserve),
                 money(t.charges))
            .arg(money(t.netPayment), LocaleFormat::date(t.paymentDate)));
    const bool manager = m_wizard->isManager();
    m_post->setEnabled(manager && !m_wizard->isDone());
    m_post->setVisible(true);
    m_submit->setEnabled(!m_wizard->isDone());
    m_explain->setText(manager ? tr("Posting approves the schedule with your overrides and funds "
                                    "it in one step.")
                               : tr("Only a manager can approve and fund a schedule, so Finish "
                                    "stays disabled for you. Save the schedule as submitted: a "
                                    "manager then approves and funds it from the Schedules "
                                    "view."));
    showResult();
}

void ConfirmPage::post()
{
    if (m_wizard->post())
        showResult();
    else if (m_wizard->isDone())
        showResult();
}

void ConfirmPage::submit()
{
    if (m_wizard->saveSubmitted())
        showResult();
}

void ConfirmPage::showResult()
{
    const bool done = m_wizard->isDone();
    const bool funded = m_wizard->isFunded();
    m_post->setEnabled(m_wizard->isManager() && !done);
    m_submit->setEnabled(!done);
    for (QPushButton *b : {m_printAdvice, m_saveAdvice})
        b->setVisible(funded);
    for (QPushButton *b : {m_printNotices, m_saveNotices})
        b->setVisible(funded && m_wizard->hasNotices());
    if (funded) {
        const FundingResult &f = m_wizard->funding();
        const QLocale locale;
        const int decimals = Currency(m_wizard->currency()).decimals();
        QString text = tr("<b>Schedule %1 is funded.</b> Net payment %2 %3.")
                           .arg(f.number, m_wizard->currency(),
                                Money::localized(f.totals.netPayment.minor(), locale, decimals));
        if (m_wizard->hasNotices())
            text += QLatin1Char(' ') +
                    tr("%n debtor(s) are new to the factor for this client: send them the notice "
                       "of assignment.",
                       nullptr, int(f.newlyNotifiedDebtorIds.size()));
        m_result->setText(text);
        wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    } else if (done) {
        m_result->setText(tr("<b>The schedule was saved as submitted.</b> A manager approves and "
                             "funds it from the Schedules view."));
        wizard()->setOption(QWizard::DisabledBackButtonOnLastPage, true);
    } else {
        m_result->clear();
    }
    emit completeChanged();
}

bool ConfirmPage::isComplete() const
{
    return m_wizard->isDone();
}

} // namespace FactorDesk
