#include "scheduledialog.h"

#include "assignmentnotice.h"
#include "datatable.h"
#include "error.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "purchaseadvice.h"
#include "reasondatedialog.h"
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
    , m_totals(new QLabel(this))
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
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setModel(severityTinted(m_lines, m_table));
    // The reasons take the spare width and are elided (full text in the tooltip), so the
    // override and split columns stay on screen.
    m_table->setStretchColumn(int(ScheduleLineModel::Column::Checks));
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
    layout->addLayout(acts);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_override, &QPushButton::clicked, this, &ScheduleDialog::askOverride);
    connect(m_recheck, &QPushButton::clicked, this, &ScheduleDialog::recheck);
    connect(m_approve, &QPushButton::clicked, this, &ScheduleDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &ScheduleDialog::askReject);
    connect(m_verify, &QPushButton::clicked, this, &ScheduleDialog::askVerify);
    connect(m_fund, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Fund schedule"),
                                  tr("Fund schedule %1 now? This posts the purchase to the "
                                     "journal and records the payment to the client.")
                                      .arg(m_schedule.number)) == QMessageBox::Yes)
            fund();
    });
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
    const int decimals = Currency(s.currency).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), locale, decimals); };
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
    const ScheduleTotals &t = s.totals;
    m_totals->setText(
        tr("<b>%n invoice(s)</b> · face %1 · eligible %2 · ineligible %3 · advance %4 · "
           "commission %5 · reserve %6 · charges %7 · <b>net payment %8</b> on %9",
           nullptr, t.count)
            .arg(money(t.face), money(t.eligible), money(t.ineligible), money(t.advance),
                 money(t.commission), money(t.reserve), money(t.charges), money(t.netPayment))
            .arg(LocaleFormat::date(t.paymentDate)));
    m_table->fitColumns();
    updateButtons();
}

void ScheduleDialog::updateButtons()
{
    const bool manager = m_context.session.has(Role::Manager);
    const bool open = m_schedule.status == ScheduleStatus::Draft ||
                      m_schedule.status == ScheduleStatus::Submitted;
    const bool funded = m_schedule.status == ScheduleStatus::Funded;
    m_override->setVisible(manager);
    m_override->setEnabled(open);
    m_recheck->setEnabled(open);
    m_approve->setVisible(manager);
    m_approve->setEnabled(open);
    m_reject->setVisible(manager);
    m_reject->setEnabled(open || m_schedule.status == ScheduleStatus::Approved);
    m_fund->setVisible(manager);
    m_fund->setEnabled(m_schedule.status == ScheduleStatus::Approved);
    m_unfund->setVisible(manager);
    m_unfund->setEnabled(funded);
    m_verify->setVisible(
        m_context.session.hasAny(Roles(Role::Clerk) | Role::Analyst | Role::Manager));
    m_verify->setEnabled(open || m_schedule.status == ScheduleStatus::Approved);
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
    const QString reason = QInputDialog::getText(
        this, tr("Override"),
        tr("Why should invoice %1 be bought in full? (kept with the line; applied when you "
           "approve)")
            .arg(line.invoiceNo),
        QLineEdit::Normal, m_lines->pendingOverride(row), &ok);
    if (ok)
        m_lines->setOverride(row, reason);
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

bool ScheduleDialog::fund(const FundingOverride &override)
{
    try {
        ScheduleFundingService(*m_context.db).fund(m_context.session, m_id, {}, override);
    } catch (const Error &e) {
        // Refused because lines no longer fit or are not verified: a manager may fund them
        // anyway, with a reason kept in the audit trail.
        if (e.kind() == Error::Kind::Conflict && e.field() == QLatin1String("override") &&
            override.isEmpty() && m_context.session.has(Role::Manager)) {
            bool ok = false;
            const QString reason = QInputDialog::getMultiLineText(
                this, tr("Fund anyway?"),
                tr("%1\n\nTo fund these lines anyway, say why (kept in the audit trail):")
                    .arg(e.message()),
                QString(), &ok);
            if (ok && !reason.trimmed().isEmpty())
                return fund(FundingOverride{reason, {}});
            return false;
        }
        MainWindow::showError(this, e);
        return false;
    }
    reload();
    return true;
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
                         m_schedule.fundingDate, this);
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
        if (!path.isEmpty())
            PurchaseAdvice::writePdf(data, path);
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
        if (!path.isEmpty())
            AssignmentNotice::writePdf(letters, path);
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
