#include "scheduledialog.h"

#include "assignmentnotice.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "funddialog.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchaseadvice.h"
#include "reasondatedialog.h"
#include "savedfilenotice.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "schedulelinemodel.h"
#include "schedulequery.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

class SeverityTint : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            switch (QIdentityProxyModel::data(index, ScheduleLineModel::SeverityRole).toInt()) {
            case 3:
                return QColor(0xfd, 0xe2, 0xe1);
            case 2:
                return QColor(0xff, 0xf4, 0xd6);
            default:
                return {};
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

QAbstractProxyModel *severityTinted(QAbstractItemModel *lines, QObject *parent)
{
    auto *tint = new SeverityTint(parent);
    tint->setSourceModel(lines);
    return tint;
}

ScheduleDialog::ScheduleDialog(const AppContext &context, qint64 scheduleId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(scheduleId)
    , m_header(new QLabel(this))
    , m_totals(new QWidget(this))
    , m_previewNote(new ErrorLabel(this))
    , m_table(new DataTable(this))
    , m_lines(new ScheduleLineModel(this))
    , m_override(new QPushButton(tr("&Override…"), this))
    , m_recheck(new QPushButton(tr("Re&check"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject…"), this))
    , m_fund(new QPushButton(tr("&Fund"), this))
    , m_unfund(new QPushButton(tr("&Unfund…"), this))
    , m_verify(new QPushButton(tr("&Verify…"), this))
    , m_printAdvice(new QPushButton(tr("&Print advice…"), this))
    , m_saveAdvice(new QPushButton(tr("Advice as P&DF…"), this))
    , m_printNotices(new QPushButton(tr("Print &notices…"), this))
    , m_saveNotices(new QPushButton(tr("Notices as PD&F…"), this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    resize(1100, 640);
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("totals"));
    // Totals as label: amount pairs in three aligned columns, read down like the advice.
    auto *grid = new QGridLayout(m_totals);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(12);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("count"), tr("Invoices")},
        {QStringLiteral("face"), tr("Face value")},
        {QStringLiteral("eligible"), tr("Eligible")},
        {QStringLiteral("ineligible"), tr("Ineligible")},
        {QStringLiteral("advance"), tr("Advance")},
        {QStringLiteral("commission"), tr("Commission")},
        {QStringLiteral("reserve"), tr("Reserve")},
        {QStringLiteral("charges"), tr("Charges deducted")},
        {QStringLiteral("net"), tr("Net payment")},
        {QStringLiteral("paymentDate"), tr("Payment date")}};
    constexpr int perColumn = 4;
    for (int i = 0; i < rows.size(); ++i) {
        auto *value = new QLabel(m_totals);
        value->setObjectName(rows.at(i).first);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (rows.at(i).first == QLatin1String("net")) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        const int r = i % perColumn;
        const int c = (i / perColumn) * 3;
        grid->addWidget(new QLabel(rows.at(i).second + QLatin1Char(':'), m_totals), r, c);
        grid->addWidget(value, r, c + 1);
        grid->setColumnMinimumWidth(c + 2, 24);
    }
    grid->setColumnStretch(9, 1);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setModel(severityTinted(m_lines, m_table));
    // The reasons take what is left and are elided (full text in the tooltip); the debtor and
    // override columns are bounded, so the split and the override stay on screen.
    m_table->setStretchColumn(int(ScheduleLineModel::Column::Checks));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTitle(tr("Schedule lines"));
    for (auto [b, name] : {std::pair<QPushButton *, const char *>{m_override, "override"},
                           {m_recheck, "recheck"},
                           {m_approve, "approve"},
                           {m_reject, "reject"},
                           {m_fund, "fund"},
                           {m_unfund, "unfund"},
                           {m_verify, "verify"},
                           {m_printAdvice, "printAdvice"},
                           {m_saveAdvice, "saveAdvice"},
                           {m_printNotices, "printNotices"},
                           {m_saveNotices, "saveNotices"}}) {
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
    }
    auto *acts = new QHBoxLayout;
    for (QPushButton *b : {m_override, m_recheck, m_approve, m_reject, m_verify, m_fund, m_unfund})
        acts->addWidget(b);
    acts->addStretch(1);
    for (QPushButton *b : {m_printAdvice, m_saveAdvice, m_printNotices, m_saveNotices})
        acts->addWidget(b);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setStyleSheet(QString()); // a note, not an alarm
    layout->addWidget(m_previewNote);
    layout->addLayout(acts);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_override, &QPushButton::clicked, this, &ScheduleDialog::askOverride);
    connect(m_recheck, &QPushButton::clicked, this, &ScheduleDialog::recheck);
    connect(m_approve, &QPushButton::clicked, this, &ScheduleDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &ScheduleDialog::askReject);
    connect(m_verify, &QPushButton::clicked, this, &ScheduleDialog::askVerify);
    connect(m_fund, &QPushButton::clicked, this, &ScheduleDialog::fund);
    connect(m_unfund, &QPushButton::clicked, this, &ScheduleDialog::askUnfund);
    connect(m_printAdvice, &QPushButton::clicked, this, [this] { printDocument(false); });
    connect(m_printNotices, &QPushButton::clicked, this, [this] { printDocument(true); });
    connect(m_saveAdvice, &QPushButton::clicked, this, &ScheduleDialog::saveAdvice);
    connect(m_saveNotices, &QPushButton::clicked, this, &ScheduleDialog::saveNotices);
    reload();
}

void ScheduleDialog::reload()
{
    try {
        m_schedule = ScheduleQuery(*m_context.db).schedule(m_id, true);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    const Schedule &s = m_schedule;
    setWindowTitle(tr("Schedule %1").arg(s.number));
    m_lines->setLines(s.lines, s.currency);
    const QLocale locale;
    QString header =
        tr("<h3>Schedule %1 — %2</h3><p>Client <b>%3</b> · dated %4 · status "
           "<b>%5</b> · %6 arrangement, advance %7, commission %8</p>")
            .arg(s.number.toHtmlEscaped(), scheduleStatusTitle(s.status),
                 (s.clientName + QStringLiteral(" (") + s.clientCode + QLatin1Char(')'))
                     .toHtmlEscaped(),
                 LocaleFormat::date(s.date), scheduleStatusTitle(s.status),
                 arrangementTitle(s.agreement.arrangement),
                 s.agreement.advanceRate.toLocalePercent(locale),
                 s.agreement.commissionRate.toLocalePercent(locale));
    if (s.status == ScheduleStatus::Rejected)
        header += tr("<p>Rejected by %1: %2</p>")
                      .arg(s.rejectedBy.toHtmlEscaped(), s.rejectedReason.toHtmlEscaped());
    if (s.status == ScheduleStatus::Funded)
        header += tr("<p>Funded on %1 by %2.</p>")
                      .arg(LocaleFormat::date(s.fundingDate), s.fundedBy.toHtmlEscaped());
    try {
        for (const InvoiceVerification &v :
             InvoiceVerificationService(*m_context.db).forSchedule(m_id))
            header += tr("<p>Line %1 (%2) verified by %3 at %4 (%5, with %6)%7</p>")
                          .arg(v.lineNo)
                          .arg(v.invoiceNo.toHtmlEscaped(), v.verifiedBy.toHtmlEscaped(),
                               v.verifiedAt.toHtmlEscaped(), verificationMethodName(v.method),
                               v.contact.toHtmlEscaped(),
                               v.note.isEmpty() ? QString()
                                                : QStringLiteral(": ") + v.note.toHtmlEscaped());
    } catch (const Error &) {
        // The header shows what it can; the lines and the acts do not depend on this.
    }
    m_header->setText(header);
    showTotals(s.totals);
    m_previewNote->clearMessage();
    fitLineColumns();
    updateButtons();
}

void ScheduleDialog::fitLineColumns()
{
    m_table->fitColumns();
    using C = ScheduleLineModel::Column;
    for (auto [column, chars] : {std::pair{C::Debtor, 28}, {C::Override, 24}}) {
        const int cap = fontMetrics().averageCharWidth() * chars;
        if (m_table->columnWidth(int(column)) > cap)
            m_table->setColumnWidth(int(column), cap);
    }
}

QString ScheduleDialog::totalText(const QString &key) const
{
    const auto *l = m_totals->findChild<QLabel *>(key);
    if (!l)
        return {};
    QString text = l->text();
    return text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
}

void ScheduleDialog::showTotals(const ScheduleTotals &t)
{
    const QLocale locale;
    const int decimals = Currency(m_schedule.currency).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
    const bool rejected = m_schedule.status == ScheduleStatus::Rejected;
    const auto set = [this](const char *key, const QString &text) {
        if (auto *l = m_totals->findChild<QLabel *>(QString::fromLatin1(key)))
            l->setText(text);
    };
    set("count", locale.toString(t.count));
    set("face", money(t.face));
    set("eligible", money(t.eligible));
    set("ineligible", money(t.ineligible));
    set("advance", money(t.advance));
    set("commission", money(t.commission));
    set("reserve", money(t.reserve));
    set("charges", money(t.charges));
    // A rejected schedule pays nothing.
    set("net", rejected ? QStringLiteral("—")
                        : QStringLiteral("%1 %2").arg(m_schedule.currency, money(t.netPayment)));
    set("paymentDate", rejected ? QStringLiteral("—") : LocaleFormat::date(t.paymentDate));
}

void ScheduleDialog::previewOverrides()
{
    // As approving will: the service checks and prices the lines again with the overrides.
    QList<LineOverride> overrides;
    for (const ScheduleLine &l : m_schedule.lines) {
        const QString reason = m_lines->pendingOverrides().value(l.invoiceNo);
        if (!reason.isEmpty())
            overrides.append({l.invoiceNo, reason});
    }
    ScheduleDraft draft;
    draft.schedule = m_schedule;
    draft.inputCount = int(m_schedule.lines.size());
    try {
        const SchedulePreview p =
            ScheduleApprovalService(*m_context.db).preview(m_context.session, draft, overrides);
        const int row = m_table->currentIndex().row();
        m_lines->setLines(p.schedule.lines, m_schedule.currency);
        fitLineColumns();
        showTotals(p.schedule.totals);
        m_previewNote->showMessage(
            overrides.isEmpty()
                ? QString()
                : tr("Shown with %n pending override(s), as approving will buy it; nothing is "
                     "stored until you approve.",
                     nullptr, int(overrides.size())));
        if (row >= 0)
            m_table->selectRow(row);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void ScheduleDialog::updateButtons()
{
    const bool manager = m_context.session.has(Role::Manager);
    const bool open = m_schedule.status == ScheduleStatus::Draft ||
                      m_schedule.status == ScheduleStatus::Submitted;
    const bool funded = m_schedule.status == ScheduleStatus::Funded;
    // Every role sees the same buttons; what a role may not do is disabled and says why.
    const QString managersOnly = tr("Only a manager can do this.");
    const auto allow = [&](QPushButton *b, bool may, bool now, const QString &whyNot) {
        b->setEnabled(may && now);
        b->setToolTip(!may ? managersOnly : (now ? QString() : whyNot));
    };
    const QString notOpen =
        tr("Schedule %1 is %2.").arg(m_schedule.number, scheduleStatusTitle(m_schedule.status));
    allow(m_override, manager, open, notOpen);
    allow(m_approve, manager, open, notOpen);
    allow(m_reject, manager, open || m_schedule.status == ScheduleStatus::Approved, notOpen);
    allow(m_fund, manager, m_schedule.status == ScheduleStatus::Approved,
          open ? tr("Approve the schedule first.") : notOpen);
    m_recheck->setEnabled(open);
    m_recheck->setToolTip(open ? QString() : notOpen);
    allow(m_unfund, manager, funded, tr("Only a funded schedule can be unfunded."));
    const bool verifies =
        m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst | Role::Manager);
    m_verify->setEnabled(verifies && (open || m_schedule.status == ScheduleStatus::Approved));
    m_verify->setToolTip(!verifies ? tr("Only a clerk, an analyst or a manager can do this.")
                         : m_verify->isEnabled() ? QString()
                                                 : notOpen);
    m_printAdvice->setEnabled(funded);
    m_saveAdvice->setEnabled(funded);
    bool notices = false;
    if (funded) {
        try {
            notices = !ScheduleQuery(*m_context.db).noticesOf(m_id).isEmpty();
        } catch (const Error &) {
            notices = false;
        }
    }
    m_printNotices->setEnabled(notices);
    m_saveNotices->setEnabled(notices);
}

void ScheduleDialog::askOverride()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        QMessageBox::information(this, tr("Override"), tr("Select the line to override first."));
        return;
    }
    const ScheduleLine &line = m_lines->line(row);
    for (const CheckResult &c : line.checks) {
        if (c.isRefusal()) {
            QMessageBox::warning(this, tr("Override"),
                                 tr("Invoice %1 cannot be overridden: %2")
                                     .arg(line.invoiceNo, checkText(c, Currency(line.currency))));
            return;
        }
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Override"), overridePrompt(line), QLineEdit::Normal,
                              m_lines->pendingOverride(row), &ok);
    if (ok) {
        m_lines->setOverride(row, reason);
        previewOverrides();
    }
}

QString ScheduleDialog::overridePrompt(const ScheduleLine &line) const
{
    const QLocale locale;
    const Currency currency(line.currency);
    const auto money = [&](Money v) {
        return Money::localized(v.minor(), locale, currency.decimals());
    };
    QStringList checks;
    for (const CheckResult &c : line.checks)
        if (c.severity != CheckSeverity::Info)
            checks << QStringLiteral("• ") + checkText(c, currency, locale);
    return tr("Line %1, invoice %2 of %3 for %4 %5 (%6 ineligible):")
               .arg(locale.toString(line.lineNo))
               .arg(line.invoiceNo, line.debtorCode, line.currency, money(line.amount),
                    money(line.ineligible())) +
           QLatin1Char('\n') + checks.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
           tr("Why should it be bought in full? (kept with the line; applied when you approve; "
              "empty: no override)");
}

bool ScheduleDialog::recheck()
{
    try {
        ScheduleApprovalService(*m_context.db).recheck(m_context.session, m_id);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
    reload();
    return true;
}

bool ScheduleDialog::approve()
{
    QList<LineOverride> overrides;
    for (const ScheduleLine &l : m_lines->lines()) {
        const QString reason = m_lines->pendingOverrides().value(l.invoiceNo);
        if (!reason.isEmpty())
            overrides.append({l.invoiceNo, reason});
    }
    try {
        ScheduleApprovalService(*m_context.db).approve(m_context.session, m_id, overrides);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
    m_lines->clearOverrides();
    reload();
    return true;
}

void ScheduleDialog::askReject()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject schedule"), tr("Why is schedule %1 rejected?").arg(m_schedule.number),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        reject(reason);
}

bool ScheduleDialog::reject(const QString &reason)
{
    try {
        ScheduleApprovalService(*m_context.db).reject(m_context.session, m_id, reason);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
    reload();
    return true;
}

void ScheduleDialog::fund()
{
    auto *dialog = new FundDialog(m_context, m_schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ScheduleDialog::reload);
    dialog->open();
}

bool ScheduleDialog::verify(int row, VerificationMethod method, const QString &contact,
                            const QString &note)
{
    try {
        InvoiceVerificationService(*m_context.db)
            .record(m_context.session, m_id, m_lines->line(row).lineNo, method, contact, note);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return false;
    }
    reload();
    return true;
}

void ScheduleDialog::askUnfund()
{
    ReasonDateDialog ask(tr("Unfund schedule"),
                         tr("Undo the purchase of schedule %1? This posts the reversal of its "
                            "purchase entry, returns its invoices to pending and the schedule "
                            "to approved, and cancels the payment due to the client.")
                             .arg(m_schedule.number),
                         m_schedule.fundingDate, m_context.today(), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    try {
        ScheduleFundingService(*m_context.db)
            .unfund(m_context.session, m_id, ask.reason(), ask.date());
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    reload();
}

void ScheduleDialog::askVerify()
{
    const int row = m_table->currentIndex().row();
    if (row < 0) {
        QMessageBox::information(this, tr("Verify"), tr("Select the line to verify first."));
        return;
    }
    const ScheduleLine &line = m_lines->line(row);
    const QStringList methods{tr("Phone"), tr("E-mail"), tr("Portal"), tr("Letter")};
    bool ok = false;
    const QString method = QInputDialog::getItem(
        this, tr("Verify"), tr("How was invoice %1 verified with the debtor?").arg(line.invoiceNo),
        methods, 0, false, &ok);
    if (!ok)
        return;
    const QString contact = QInputDialog::getText(
        this, tr("Verify"), tr("Who at %1 confirmed the invoice?").arg(line.debtorCode),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getText(this, tr("Verify"), tr("Note (optional):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const VerificationMethod chosen[] = {VerificationMethod::Phone, VerificationMethod::Email,
                                         VerificationMethod::Portal, VerificationMethod::Letter};
    verify(row, chosen[std::max<qsizetype>(0, methods.indexOf(method))], contact, note);
}

void ScheduleDialog::saveAdvice()
{
    try {
        const PurchaseAdviceData data = PurchaseAdvice::build(*m_context.db, m_id);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save purchase advice"),
                                                          PurchaseAdvice::suggestedFileName(data),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            PurchaseAdvice::writePdf(data, path);
            SavedFileNotice::show(this, path);
        }
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void ScheduleDialog::saveNotices()
{
    try {
        const auto letters = AssignmentNotice::buildForSchedule(*m_context.db, m_id);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save notices of assignment"),
            AssignmentNotice::suggestedFileName(m_schedule.number), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            AssignmentNotice::writePdf(letters, path);
            SavedFileNotice::show(this, path);
        }
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

void ScheduleDialog::printDocument(bool notices)
{
    try {
        auto doc = notices ? AssignmentNotice::document(
                                 AssignmentNotice::buildForSchedule(*m_context.db, m_id))
                           : PurchaseAdvice::document(PurchaseAdvice::build(*m_context.db, m_id));
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            doc->print(&printer);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
    }
}

} // namespace FactorDesk
