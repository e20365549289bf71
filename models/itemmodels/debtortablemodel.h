#pragma once

#include "debtorservice.h"
#include "debtorstatistics.h"

#include <QAbstractTableModel>
#include <optional>

namespace FactorDesk {

class Database;

// The debtor list for the Debtors view: a lazily fetched table (canFetchMore/fetchMore, one
// page at a time) whose sorting and search-as-you-type filtering are done by SQL, so it stays
// smooth with 100,000 debtors. OverLimitRole (exposure above the limit) tells the view
// which rows to highlight (models do not link Qt GUI).
class DebtorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // DaysToPay and Dilution (with their trends, docs/domain.md §9) are read for each page
    // loaded. SQL cannot sort by them: sorting by one of them loads every matching debtor and
    // sorts by ItemRoles::SortRole (the figure as a number; debtors with none last).
    enum class Column {
        Code,
        Name,
        Status,
        Limit,
        Exposure,
        Utilisation,
        ReviewDate,
        DaysToPay,
        Dilution,
        Count
    };
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, OverLimitRole, RisingRole };
    static constexpr int PageSize = 256;

    explicit DebtorTableModel(Database &db, QObject *parent = nullptr);

    // Search text (code or name, anywhere) and status; both reload from the first page.
    void setFilterText(const QString &text);
    void setStatusFilter(std::optional<DebtorStatus> status);
    const DebtorFilter &filter() const { return m_filter; }
    // Drops what is loaded and fetches the first page again (after a change).
    void reload();
    // Matching debtors in the database (not only the loaded ones).
    qint64 totalCount() const;
    DebtorSummary debtorAt(int row) const { return m_rows.value(row); }
    DebtorPaymentStats statsAt(int row) const { return m_stats.value(m_rows.value(row).id); }
    // The row of a loaded debtor, or -1.
    int rowOf(qint64 debtorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void loadStats(const QList<DebtorSummary> &page);
    void sortByStatistic();
    QVariant sortValue(const DebtorSummary &d, Column column) const;

    Database &m_db;
    QHash<qint64, DebtorPaymentStats> m_stats;
    DebtorFilter m_filter;
    QList<DebtorSummary> m_rows;
    bool m_hasMore = true;
    bool m_busy = false;
    // DaysToPay or Dilution while sorted by one of them (Count: sorted by SQL).
    Column m_statSort = Column::Count;
    bool m_statDescending = false;
};

} // namespace FactorDesk
