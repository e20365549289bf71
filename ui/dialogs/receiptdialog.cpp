#include "receiptdialog.h"

#include "books.h"
#include "clock.h"
#include "debtorservice.h"
#include "error.h"
#include "localeformat.h"
#include "receiptservice.h"

#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {
const QString kSeparator = QStringLiteral(" — ");

// Tab leaves the date for the next field instead of stepping through day, month and year
// (arrows and typing still change each part): one Tab per field keeps a cheque's keys short.
class FieldDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};
} // namespace

ReceiptDialog::ReceiptDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_currency(Books::currency(*context.db))
    , m_debtor(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_date(new FieldDateEdit(context.today(), this))
    , m_reference(new QLineEdit(this))
    , m_invoices(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_posted(new QLabel(this))
    , m_post(new QPushButton(tr("&Post and next"), this))
{
    setWindowTitle(tr("New receipt"));
    setObjectName(QStringLiteral("receiptDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_debtor->setObjectName(QStringLiteral("debtor"));
    m_debtor->setPlaceholderText(tr("code or name"));
    m_debtor->setMinimumWidth(320);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(Money::localized(123456, QLocale(), m_currency.decimals()));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setToolTip(tr("The amount as you write numbers (%1), without the currency")
                             .arg(Money::localized(123456789, QLocale(), m_currency.decimals())));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(LocaleFormat::dateFormat());
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("cheque number, remittance text"));
    m_invoices->setObjectName(QStringLiteral("invoices"));
    m_invoices->setPlaceholderText(tr("INV-1, INV-2 (empty: matched automatically)"));
    form->addRow(tr("&Debtor:"), m_debtor);
    form->addRow(tr("&Amount (%1):").arg(m_currency.code()), m_amount);
    form->addRow(tr("&Value date:"), m_date);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Invoices:"), m_invoices);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_posted->setObjectName(QStringLiteral("posted"));
    m_posted->setWordWrap(true);
    layout->addWidget(m_posted);

    auto *buttons = new QDialogButtonBox(this);
    m_post->setObjectName(QStringLiteral("post"));
    m_post->setDefault(true);
    m_post->setToolTip(tr("Post this receipt and clear the form for the next one (Enter)"));
    buttons->addButton(m_post, QDialogButtonBox::ApplyRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setToolTip(tr("Close without posting what is typed (Esc)"));
    close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_post, &QPushButton::clicked, this, &ReceiptDialog::post);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    setTabOrder(m_debtor, m_amount);
    setTabOrder(m_amount, m_date);
    setTabOrder(m_date, m_reference);
    setTabOrder(m_reference, m_invoices);
    setTabOrder(m_invoices, m_post);
    loadDebtors();
    m_debtor->setFocus();
}

void ReceiptDialog::loadDebtors()
{
    QStringList choices;
    try {
        for (const DebtorSummary &d : DebtorService(*m_context.db).list(DebtorFilter{})) {
            m_byCode.insert(d.code.toUpper(), d.id);
            const QString name = d.name.toCaseFolded();
            m_byName.insert(name, m_byName.contains(name) ? -1 : d.id);
            choices << d.code + kSeparator + d.name;
        }
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    auto *completer = new QCompleter(new QStringListModel(choices, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_debtor->setCompleter(completer);
}

std::optional<qint64> ReceiptDialog::debtorFor(const QString &text) const
{
    QString t = text.trimmed();
    const qsizetype dash = t.indexOf(kSeparator);
    if (dash > 0)
        t = t.left(dash).trimmed();
    if (const auto it = m_byCode.constFind(t.toUpper()); it != m_byCode.constEnd())
        return *it;
    if (const auto it = m_byName.constFind(t.toCaseFolded()); it != m_byName.constEnd() && *it > 0)
        return *it;
    return std::nullopt;
}

void ReceiptDialog::refuse(QWidget *field, const QString &message)
{
    m_error->showMessage(message);
    if (field)
        field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

bool ReceiptDialog::post()
{
    m_error->clearMessage();
    const auto debtor = debtorFor(m_debtor->text());
    if (!debtor) {
        refuse(m_debtor, m_debtor->text().trimmed().isEmpty()
                             ? tr("debtor: say who paid (a debtor's code or name).")
                             : tr("debtor: \"%1\" is neither a debtor's code nor the name of "
                                  "one debtor.")
                                   .arg(m_debtor->text().trimmed()));
        return false;
    }
    const auto amount = Money::parseLocale(m_amount->text().trimmed(), QLocale(), m_currency);
    if (!amount) {
        refuse(m_amount,
               tr("amount: \"%1\" is not an amount as you write numbers (for example %2).")
                   .arg(m_amount->text().trimmed(),
                        Money::localized(123456, QLocale(), m_currency.decimals())));
        return false;
    }
    ReceiptInput in;
    in.debtorId = *debtor;
    in.amount = *amount;
    in.date = m_date->date();
    in.reference = m_reference->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    in.invoiceNos = m_invoices->text().split(separators, Qt::SkipEmptyParts);
    qint64 id = 0;
    Receipt r;
    try {
        ReceiptService service(*m_context.db);
        id = service.add(m_context.session, in);
        r = service.get(id);
    } catch (const Error &e) {
        QWidget *field = nullptr;
        if (e.field() == QLatin1String("amount"))
            field = m_amount;
        else if (e.field() == QLatin1String("date"))
            field = m_date;
        else if (e.field().startsWith(QLatin1String("invoice")))
            field = m_invoices;
        else if (e.field() == QLatin1String("debtor"))
            field = m_debtor;
        refuse(field, e.message());
        return false;
    }
    m_postedIds << id;
    m_posted->setText(tr("Receipt %1 posted: %2 from %3, %4; %5 left. %n receipt(s) posted "
                         "in this session.",
                         nullptr, int(m_postedIds.size()))
                          .arg(id)
                          .arg(r.amount.toLocaleString(), r.debtorCode,
                               receiptStatusTitle(r.status).toLower(),
                               r.unapplied().toLocaleString()));
    m_debtor->clear();
    m_amount->clear();
    m_reference->clear();
    m_invoices->clear();
    m_debtor->setFocus();
    emit posted(id);
    return true;
}

} // namespace FactorDesk
