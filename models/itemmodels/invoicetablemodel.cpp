#include "invoicetablemodel.h"

#include "error.h"
#include "itemroles.h"
#include "localeformat.h"
#include "money.h"

namespace FactorDesk {

InvoiceTableModel::InvoiceTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db)
{
    reload();
}

void InvoiceTableModel::setFilter(const InvoicePageQuery::Filter &filter)
{
    m_query.setFilter(filter);
    reload();
}

void InvoiceTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void InvoiceTableModel::setRowLimit(int rows)
{
    m_rowLimit = qMax(1, rows);
}

void InvoiceTableModel::refresh()
{
    reload();
}

qint64 InvoiceTableModel::matchingCount(qint64 cap)
{
    try {
        return m_query.count(cap);
    } catch (const Error &e) {
        m_lastError = e.message();
        emit errorOccurred(m_lastError);
        return 0;
    }
}

void InvoiceTableModel::reload()
{
    // Views and testers may ask for more rows while the reset is being announced; the first
    // page must be in place before any further page is read.
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_atEnd = true;
    m_lastError.clear();
    try {
        m_rows = m_query.firstPage(qMin(m_pageSize, m_rowLimit));
        m_atEnd = m_rows.size() < qMin(m_pageSize, m_rowLimit);
    } catch (const Error &e) {
        m_lastError = e.message();
    }
    endResetModel();
    m_busy = false;
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
    emit reloaded();
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool InvoiceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && !m_atEnd && m_rows.size() < m_rowLimit &&
           !m_rows.isEmpty();
}

void InvoiceTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int want = int(qMin<qsizetype>(m_pageSize, m_rowLimit - m_rows.size()));
    QList<InvoicePageRow> page;
    try {
        page = m_query.nextPage(m_rows.constLast(), want);
    } catch (const Error &e) {
        m_atEnd = true;
        m_lastError = e.message();
        emit errorOccurred(m_lastError);
        return;
    }
    m_atEnd = page.size() < want;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true; // no nested fetch while the insertion is announced
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_busy = false;
}

InvoicePageQuery::SortKey InvoiceTableModel::sortKeyFor(Column column)
{
    using K = InvoicePageQuery::SortKey;
    switch (column) {
    case Column::Client:
        return K::Client;
    case Column::Debtor:
        return K::Debtor;
    case Column::InvoiceNo:
        return K::InvoiceNo;
    case Column::Schedule:
        return K::Schedule;
    case Column::InvoiceDate:
        return K::InvoiceDate;
    case Column::DueDate:
        return K::DueDate;
    case Column::Amount:
        return K::Amount;
    case Column::OpenBalance:
        return K::OpenBalance;
    case Column::Status:
        return K::Status;
    case Column::DaysPastDue:
    case Column::Bucket:
        return K::DaysPastDue;
    case Column::Count:
        break;
    }
    return K::Id;
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    const auto key = sortKeyFor(Column(column));
    if (key == m_query.sortKey() && order == m_query.sortOrder() && !m_rows.isEmpty())
        return;
    m_query.setSort(key, order);
    reload();
}

QVariant InvoiceTableModel::display(const InvoicePageRow &r, Column c) const
{
    const int decimals = Currency(r.currency).decimals();
    const bool open = r.status == QLatin1String("open");
    switch (c) {
    case Column::Client:
        return r.clientName;
    case Column::Debtor:
        return r.debtorName;
    case Column::InvoiceNo:
        return r.invoiceNo;
    case Column::Schedule:
        return r.scheduleNumber;
    case Column::InvoiceDate:
        return LocaleFormat::date(r.invoiceDate, m_locale);
    case Column::DueDate:
        return LocaleFormat::date(r.dueDate, m_locale);
    case Column::Amount:
        return Money::localized(r.amount, m_locale, decimals);
    case Column::OpenBalance:
        return Money::localized(r.openBalance, m_locale, decimals);
    case Column::Status:
        return InvoicePageQuery::statusTitle(r.status);
    case Column::DaysPastDue:
        return open && r.daysPastDue > 0 ? m_locale.toString(r.daysPastDue) : QString();
    case Column::Bucket:
        return open ? agingBucketTitle(agingBucketFor(r.daysPastDue)) : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= int(Column::Count))
        return {};
    const InvoicePageRow &r = m_rows.at(index.row());
    const auto c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, c);
    case Qt::TextAlignmentRole:
        switch (c) {
        case Column::Amount:
        case Column::OpenBalance:
        case Column::DaysPastDue:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case IdRole:
        return QVariant::fromValue(r.id);
    case ItemRoles::ExportRole:
        // Amounts plain for files and the totals row; everything else as shown.
        if (c == Column::Amount || c == Column::OpenBalance)
            return Money::plain(c == Column::Amount ? r.amount : r.openBalance,
                                Currency(r.currency).decimals());
        if (c == Column::DaysPastDue)
            return r.daysPastDue;
        return display(r, c);
    case RawRole:
        switch (c) {
        case Column::Client:
            return QVariant::fromValue(r.clientId);
        case Column::Debtor:
            return QVariant::fromValue(r.debtorId);
        case Column::InvoiceNo:
            return r.invoiceNo;
        case Column::Schedule:
            return r.scheduleNumber;
        case Column::InvoiceDate:
            return r.invoiceDate;
        case Column::DueDate:
            return r.dueDate;
        case Column::Amount:
            return QVariant::fromValue(r.amount);
        case Column::OpenBalance:
            return QVariant::fromValue(r.openBalance);
        case Column::Status:
            return r.status;
        case Column::DaysPastDue:
            return r.daysPastDue;
        case Column::Bucket:
            return r.status == QLatin1String("open")
                       ? agingBucketName(agingBucketFor(r.daysPastDue))
                       : QString();
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Client:
        return tr("Client");
    case Column::Debtor:
        return tr("Debtor");
    case Column::InvoiceNo:
        return tr("Invoice");
    case Column::Schedule:
        return tr("Schedule");
    case Column::InvoiceDate:
        return tr("Invoice date");
    case Column::DueDate:
        return tr("Due date");
    case Column::Amount:
        return tr("Face value");
    case Column::OpenBalance:
        return tr("Open balance");
    case Column::Status:
        return tr("Status");
    case Column::DaysPastDue:
        return tr("Days past due");
    case Column::Bucket:
        return tr("Aging");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
