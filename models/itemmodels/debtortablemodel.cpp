#include "debtortablemodel.h"

#include "itemroles.h"
#include "settingsrepository.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace FactorDesk {

namespace {
QString percent(const std::optional<Rate> &r)
{
    if (!r)
        return {};
    // One decimal of a percent is enough on screen; rounded once, half to even.
    return Rate::fromPpm(divideRounded(r->ppm(), 1000) * 1000).toLocalePercent();
}

// "12.5 (rising)": the figure of the last 90 days and, when known, how it moved.
QString withTrend(const QString &figure, PaymentTrend::Trend trend)
{
    if (figure.isEmpty() || trend == PaymentTrend::Trend::Unknown)
        return figure;
    return DebtorTableModel::tr("%1 (%2)").arg(figure, PaymentTrend::trendTitle(trend));
}

QString days(const std::optional<qint64> &tenths)
{
    return tenths ? Money::localized(*tenths, QLocale(), 1) : QString();
}
} // namespace

DebtorTableModel::DebtorTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void DebtorTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    reload();
}

void DebtorTableModel::setStatusFilter(std::optional<DebtorStatus> status)
{
    if (status == m_filter.status)
        return;
    m_filter.status = status;
    reload();
}

void DebtorTableModel::reload()
{
    // Views and testers may ask for more while the change is being announced; a page is
    // fetched only once the model is settled.
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_stats.clear();
    if (m_statSort != Column::Count) {
        sortByStatistic();
    } else {
        m_rows = DebtorService(m_db).list(m_filter, 0, PageSize);
        m_hasMore = m_rows.size() == PageSize;
        loadStats(m_rows);
    }
    endResetModel();
}

void DebtorTableModel::sortByStatistic()
{
    // Every matching debtor, in the SQL order as the tie-breaker, and the statistics of all
    // debtors in a few grouped queries (not one IN list of 100,000 ids).
    m_rows = DebtorService(m_db).list(m_filter);
    m_hasMore = false;
    m_stats = DebtorStatistics(m_db).all();
    const Column column = m_statSort;
    const bool descending = m_statDescending;
    QList<std::pair<QVariant, DebtorSummary>> keyed;
    keyed.reserve(m_rows.size());
    for (const DebtorSummary &d : std::as_const(m_rows))
        keyed.append({sortValue(d, column), d});
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto &a, const auto &b) {
        if (!a.first.isValid() || !b.first.isValid())
            return a.first.isValid() && !b.first.isValid(); // nothing to show: last
        const qint64 x = a.first.toLongLong();
        const qint64 y = b.first.toLongLong();
        return descending ? x > y : x < y;
    });
    m_rows.clear();
    for (const auto &k : std::as_const(keyed))
        m_rows.append(k.second);
}

QVariant DebtorTableModel::sortValue(const DebtorSummary &d, Column column) const
{
    const auto found = m_stats.constFind(d.id);
    if (found == m_stats.cend())
        return {};
    if (column == Column::DaysToPay) {
        const auto days = found->daysToPay();
        return days ? QVariant(*days) : QVariant();
    }
    if (column == Column::Dilution) {
        const auto rate = found->dilution();
        return rate ? QVariant(rate->ppm()) : QVariant();
    }
    return {};
}

void DebtorTableModel::loadStats(const QList<DebtorSummary> &page)
{
    QList<qint64> ids;
    ids.reserve(page.size());
    for (const DebtorSummary &d : page)
        ids.append(d.id);
    m_stats.insert(DebtorStatistics(m_db).forDebtors(ids));
}

qint64 DebtorTableModel::totalCount() const
{
    return DebtorService(m_db).count(m_filter);
}

int DebtorTableModel::rowOf(qint64 debtorId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == debtorId)
            return i;
    return -1;
}

int DebtorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DebtorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DebtorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DebtorSummary &d = m_rows[index.row()];
    const auto column = Column(index.column());
    const bool over = d.exposure.isPositive() && d.overLimit();
    const DebtorPaymentStats stats = m_stats.value(d.id);
    switch (role) {
    case RisingRole:
        return stats.daysTrend() == PaymentTrend::Trend::Rising ||
               stats.dilutionTrend() == PaymentTrend::Trend::Rising;
    case IdRole:
        return d.id;
    case CodeRole:
        return d.code;
    case OverLimitRole:
        return over;
    case ItemRoles::SortRole:
        return sortValue(d, column);
    case Qt::DisplayRole:
        switch (column) {
        case Column::Code:
            return d.code;
        case Column::Name:
            return d.name;
        case Column::Status:
            return debtorStatusTitle(d.status);
        case Column::Limit:
            return d.limitExpired ? tr("%1 (expired)").arg(d.creditLimit.toLocaleString())
                                  : d.creditLimit.toLocaleString();
        case Column::Exposure:
            return d.exposure.toLocaleString();
        case Column::Utilisation:
            if (!d.utilisation())
                return d.exposure.isPositive() ? tr("no limit") : QString();
            return percent(d.utilisation());
        case Column::ReviewDate:
            return d.limitReviewDate.isValid()
                       ? QLocale().toString(d.limitReviewDate, QLocale::ShortFormat)
                       : QString();
        case Column::DaysToPay:
            return withTrend(days(stats.daysToPay()), stats.daysTrend());
        case Column::Dilution:
            return withTrend(percent(stats.dilution()), stats.dilutionTrend());
        case Column::Count:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Limit || column == Column::Exposure ||
            column == Column::Utilisation || column == Column::DaysToPay ||
            column == Column::Dilution)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case Qt::ToolTipRole:
        if (column == Column::DaysToPay && stats.previousDaysToPay())
            return tr("Last 90 days: %1 days; the 90 days before: %2 days.")
                .arg(days(stats.daysToPay()), days(stats.previousDaysToPay()));
        if (column == Column::Dilution && stats.previousDilution())
            return tr("Last 90 days: %1; the 90 days before: %2.")
                .arg(percent(stats.dilution()), percent(stats.previousDilution()));
        if (over)
            return tr("Exposure is above the credit limit.");
        break;
    default:
        break;
    }
    return {};
}

QVariant DebtorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Limit:
        return tr("Credit limit");
    case Column::Exposure:
        return tr("Exposure");
    case Column::Utilisation:
        return tr("Utilisation");
    case Column::ReviewDate:
        return tr("Review date");
    case Column::DaysToPay:
        return tr("Days to pay");
    case Column::Dilution:
        return tr("Dilution");
    case Column::Count:
        break;
    }
    return {};
}

bool DebtorTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_busy;
}

void DebtorTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const QList<DebtorSummary> page =
        DebtorService(m_db).list(m_filter, int(m_rows.size()), PageSize);
    m_hasMore = page.size() == PageSize;
    if (page.isEmpty())
        return;
    loadStats(page);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void DebtorTableModel::sort(int column, Qt::SortOrder order)
{
    static const DebtorFilter::Sort keys[] = {
        DebtorFilter::Sort::Code,      DebtorFilter::Sort::Name,
        DebtorFilter::Sort::Status,    DebtorFilter::Sort::Limit,
        DebtorFilter::Sort::Exposure,  DebtorFilter::Sort::Utilisation,
        DebtorFilter::Sort::ReviewDate};
    if (column == int(Column::DaysToPay) || column == int(Column::Dilution)) {
        m_statSort = Column(column);
        m_statDescending = order == Qt::DescendingOrder;
        reload();
        return;
    }
    if (column < 0 || column >= int(std::size(keys)))
        return;
    m_statSort = Column::Count;
    m_filter.sort = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    // A sort changes which rows are loaded, so it is a reset rather than a permutation.
    reload();
}

} // namespace FactorDesk
