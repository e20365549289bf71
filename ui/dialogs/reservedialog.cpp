#include "reservedialog.h"

#include "businesscalendar.h"
#include "clientservice.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"
#include "reservequery.h"
#include "reserveservice.h"
#include "savedfilenotice.h"
#include "settlementstatement.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace FactorDesk {

ReserveDialog::ReserveDialog(const AppContext &context, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_date(new QDateEdit(this))
    , m_amount(new QLineEdit(this))
    , m_release(new QPushButton(tr("&Release"), this))
    , m_preview(new QPushButton(tr("Print pre&view…"), this))
    , m_save(new QPushButton(tr("Save &PDF…"), this))
    , m_message(new ErrorLabel(this))
    , m_status(new QLabel(this))
{
    const Client client = ClientService(*context.db).get(clientId);
    m_clientCode = client.code;
    m_currency = client.currency;
    setWindowTitle(tr("Reserve of %1").arg(client.code));
    setObjectName(QStringLiteral("reserveDialog"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<b>%1</b> — %2 (amounts in %3)")
            .arg(client.code.toHtmlEscaped(), client.name.toHtmlEscaped(), client.currency.code()),
        this));
    auto *form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("reserveDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_date->setDate(BusinessCalendar(*context.db).today());
    form->addRow(tr("As of:"), m_date);
    // The releasable amount is worked out down the form.
    const QList<QPair<QString, QString>> figures = {
        {QStringLiteral("balance"), tr("Reserve balance:")},
        {QStringLiteral("held"), tr("Less held against open invoices:")},
        {QStringLiteral("interest"), tr("Less interest accrued, not posted:")},
        {QStringLiteral("fees"), tr("Less fees accrued, not charged:")},
        {QStringLiteral("disputes"), tr("Less open disputes:")},
        {QStringLiteral("releasable"), tr("Releasable:")},
        {QStringLiteral("recourse"), tr("Recourse receivable (owed by the client):")},
    };
    for (const auto &[name, label] : figures) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("figure_") + name);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels.insert(name, value);
        form->addRow(label, value);
    }
    m_amount->setObjectName(QStringLiteral("releaseAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Amount to release:"), m_amount);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("reserveMessage"));
    layout->addWidget(m_message);
    m_status->setObjectName(QStringLiteral("reserveStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_release->setObjectName(QStringLiteral("releaseReserve"));
    m_preview->setObjectName(QStringLiteral("previewSettlement"));
    m_save->setObjectName(QStringLiteral("saveSettlement"));
    const bool manager = context.session.has(Role::Manager);
    m_release->setEnabled(manager);
    m_release->setToolTip(manager ? tr("Release the amount into the next payment run")
                                  : tr("Only a manager can release a reserve"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_release, QDialogButtonBox::ActionRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ReserveDialog::refresh);
    connect(m_release, &QPushButton::clicked, this, &ReserveDialog::release);
    connect(m_preview, &QPushButton::clicked, this, &ReserveDialog::preview);
    connect(m_save, &QPushButton::clicked, this, &ReserveDialog::save);
    refresh();
}

QLabel *ReserveDialog::figureLabel(const QString &name) const
{
    return m_labels.value(name);
}

void ReserveDialog::setFigure(const QString &name, Money value, bool alert)
{
    QLabel *label = m_labels.value(name);
    label->setText(value.toLocaleString(locale()));
    label->setStyleSheet(alert ? alertStyleSheet() : QString());
}

void ReserveDialog::refresh()
{
    m_message->clearMessage();
    try {
        m_figures = ReserveQuery(*m_context.db).figures(m_clientId, m_date->date());
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return;
    }
    const ReserveFigures &f = m_figures;
    setFigure(QStringLiteral("balance"), f.balance, f.balance.isNegative());
    setFigure(QStringLiteral("held"), f.held, false);
    setFigure(QStringLiteral("interest"), f.interestAccrued, false);
    setFigure(QStringLiteral("fees"), f.feesAccrued, false);
    setFigure(QStringLiteral("disputes"), f.disputes, false);
    setFigure(QStringLiteral("releasable"), f.releasable(), false);
    // The reserve's part below zero is owed by the client: it shows as recourse receivable.
    setFigure(QStringLiteral("recourse"), f.recourseShown(), f.recourseShown().isPositive());
    if (f.balance.isNegative())
        m_labels.value(QStringLiteral("recourse"))
            ->setToolTip(tr("Includes the reserve's shortfall below zero: %1")
                             .arg(f.shortfall().toLocaleString(locale())));
    else
        m_labels.value(QStringLiteral("recourse"))->setToolTip({});
    m_amount->setText(f.releasable().toLocaleString(locale()));
}

std::optional<Money> ReserveDialog::typedAmount()
{
    const QString text = m_amount->text().trimmed();
    std::optional<Money> amount = Money::parseLocale(text, locale(), m_currency);
    if (!amount)
        amount = Money::parse(text, m_currency);
    if (!amount)
        m_message->showMessage(
            tr("Amount: \"%1\" is not an amount in %2.").arg(text, m_currency.code()));
    return amount;
}

void ReserveDialog::release()
{
    m_message->clearMessage();
    const std::optional<Money> amount = typedAmount();
    if (!amount)
        return;
    try {
        const ReserveRelease r =
            ReserveService(*m_context.db)
                .release(m_context.session, m_clientCode, amount, m_date->date());
        m_releaseId = r.id;
        m_status->setText(tr("Release %1: %2 %3 released on %4, due in the next payment run.")
                              .arg(r.id)
                              .arg(m_currency.code(), r.released.toLocaleString(locale()),
                                   LocaleFormat::date(r.date, locale())));
        m_status->show();
        refresh();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
}

SettlementStatementData ReserveDialog::statement() const
{
    if (m_releaseId > 0)
        return SettlementStatement::forRelease(*m_context.db, m_releaseId);
    const QString text = m_amount->text().trimmed();
    std::optional<Money> amount = Money::parseLocale(text, locale(), m_currency);
    if (!amount)
        amount = Money::parse(text, m_currency);
    return SettlementStatement::proposal(*m_context.db, m_clientId, m_date->date(), amount);
}

void ReserveDialog::preview()
{
    m_message->clearMessage();
    try {
        const auto doc = SettlementStatement::document(statement(), locale());
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Settlement statement of %1").arg(m_clientCode));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&doc](QPrinter *p) { doc->print(p); });
        dialog.exec();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
}

bool ReserveDialog::saveStatement(const QString &path)
{
    m_message->clearMessage();
    try {
        SettlementStatement::writePdf(statement(), path, locale());
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
}

void ReserveDialog::save()
{
    QString suggested;
    try {
        suggested = SettlementStatement::suggestedFileName(statement());
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save settlement statement"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && saveStatement(path))
        SavedFileNotice::show(this, path);
}

} // namespace FactorDesk
