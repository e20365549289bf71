#include "invoicesview.h"

#include "clientfilter.h"
#include "clientservice.h"
#include "clock.h"
#include "datatable.h"
#include "debtorservice.h"
#include "error.h"
#include "invoicetablemodel.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "recorddialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {
constexpr qint64 kCountCap = 100000;
}

InvoicesView::InvoicesView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_client(new QComboBox(this))
    , m_debtor(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_asOf(new QDateEdit(this))
    , m_table(new DataTable(this))
    , m_statusLine(new QLabel(this))
    , m_model(new InvoiceTableModel(*context.db, this))
    , m_typing(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Invoices</h2>"), this));

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w, const char *name) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        w->setObjectName(QString::fromLatin1(name));
        filters->addWidget(l);
        filters->addWidget(w);
        filters->addSpacing(8);
    };
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    labelled(tr("C&lient:"), m_client, "client");
    m_debtor->setPlaceholderText(tr("debtor code"));
    m_debtor->setClearButtonEnabled(true);
    m_debtor->setMaximumWidth(130);
    labelled(tr("&Debtor:"), m_debtor, "debtor");
    m_status->addItem(tr("Purchased"), QString());
    for (const QString &s : InvoicePageQuery::statuses())
        m_status->addItem(InvoicePageQuery::statusTitle(s), s);
    m_status->addItem(tr("All lines"), QStringLiteral("*"));
    labelled(tr("&Status:"), m_status, "status");
    m_bucket->addItem(tr("Any"), int(AgingBucket::None));
    for (AgingBucket b : {AgingBucket::Current, AgingBucket::Days1To30, AgingBucket::Days31To60,
                          AgingBucket::Days61To90, AgingBucket::Over90})
        m_bucket->addItem(agingBucketTitle(b), int(b));
    labelled(tr("A&ging:"), m_bucket, "bucket");
    m_number->setPlaceholderText(tr("starts with…"));
    m_number->setClearButtonEnabled(true);
    m_number->setMaximumWidth(140);
    labelled(tr("&Invoice:"), m_number, "number");
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(LocaleFormat::dateFormat());
    m_asOf->setDate(m_context.today());
    labelled(tr("&As of:"), m_asOf, "asOf");
    auto *clear = new QPushButton(tr("&Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    filters->addWidget(clear);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_model);
    // An invoice opens with its history.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        auto *dialog = new InvoiceDialog(m_context, m_model->invoice(index.row()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &InvoiceDialog::changed, this, &InvoicesView::refresh);
        dialog->open();
    });
    m_table->setStretchColumn(int(InvoiceTableModel::Column::Debtor));
    m_table->setTotalsRow(true);
    m_table->setTitle(tr("Invoices"));
    m_table->setLayoutKey(QStringLiteral("invoices"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Fixed row heights: the view never measures a million rows.
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(int(InvoiceTableModel::Column::InvoiceDate),
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);

    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    layout->addWidget(m_statusLine);

    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &InvoicesView::applyFilters);
    connect(m_debtor, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_number, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_debtor, &QLineEdit::returnPressed, this, &InvoicesView::applyFilters);
    connect(m_number, &QLineEdit::returnPressed, this, &InvoicesView::applyFilters);
    for (QComboBox *box : {m_client, m_status, m_bucket})
        connect(box, &QComboBox::currentIndexChanged, this, &InvoicesView::applyFilters);
    connect(m_asOf, &QDateEdit::dateChanged, this, &InvoicesView::applyFilters);
    connect(clear, &QPushButton::clicked, this, &InvoicesView::clearFilters);
    connect(m_model, &InvoiceTableModel::errorOccurred, this,
            [this](const QString &message) { m_statusLine->setText(message); });
    connect(m_model, &InvoiceTableModel::rowsInserted, this, &InvoicesView::showCount);

    loadClients();
    updateCount();
}

void InvoicesView::loadClients()
{
    try {
        fillClientFilter(m_client, *m_context.db);
    } catch (const Error &e) {
        m_statusLine->setText(e.message());
    }
}

void InvoicesView::refresh()
{
    loadClients();
    m_model->refresh();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->fitColumns();
        m_columnsSized = true;
    }
    updateCount();
}

void InvoicesView::clearFilters()
{
    m_loading = true;
    m_client->setCurrentIndex(0);
    m_debtor->clear();
    m_status->setCurrentIndex(0);
    m_bucket->setCurrentIndex(0);
    m_number->clear();
    m_asOf->setDate(m_context.today());
    m_loading = false;
    applyFilters();
}

void InvoicesView::applyFilters()
{
    if (m_loading)
        return;
    m_typing->stop();
    InvoicePageQuery::Filter f;
    f.clientId = m_client->currentData().toLongLong();
    f.status = m_status->currentData().toString();
    f.bucket = AgingBucket(m_bucket->currentData().toInt());
    f.text = m_number->text().trimmed();
    f.asOf = m_asOf->date();
    const QString debtor = m_debtor->text().trimmed();
    if (!debtor.isEmpty()) {
        try {
            const auto d = DebtorService(*m_context.db).findByCode(debtor);
            // An unknown code matches nothing rather than everything.
            f.debtorId = d ? d->id : -1;
        } catch (const Error &e) {
            m_statusLine->setText(e.message());
            return;
        }
    }
    if (f == m_model->filter())
        return;
    m_model->setFilter(f);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_table->fitColumns();
        m_columnsSized = true;
    }
    // Count after the rows are on screen: it is not needed to show them.
    QTimer::singleShot(0, this, &InvoicesView::updateCount);
}

void InvoicesView::updateCount()
{
    m_total = m_model->lastError().isEmpty() ? m_model->matchingCount(kCountCap) : 0;
    showCount();
}

void InvoicesView::showCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->lastError().isEmpty()) {
        m_statusLine->setText(m_model->lastError());
        return;
    }
    const qint64 total = m_total;
    const QLocale locale;
    QString text;
    if (total >= kCountCap)
        text = tr("Showing %1 of more than %2 invoices; scroll for more or narrow the filter.")
                   .arg(locale.toString(shown), locale.toString(kCountCap));
    else
        text = tr("Showing %1 of %2 invoices.").arg(locale.toString(shown), locale.toString(total));
    if (m_model->rowLimitReached())
        text +=
            QLatin1Char(' ') + tr("The list stops at %1 rows: narrow the filter to see the rest.")
                                   .arg(locale.toString(m_model->rowLimit()));
    m_statusLine->setText(text);
}

QString InvoicesView::statusText() const
{
    return m_statusLine->text();
}

} // namespace FactorDesk
