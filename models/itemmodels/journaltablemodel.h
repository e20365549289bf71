#pragma once

#include "ledger.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// The factor's journal, one row per line, for a filter (dates, account, client). The journal
// only grows and may hold millions of lines, so rows are fetched lazily in pages
// (canFetchMore/fetchMore) and the database does the filtering and ordering.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Entry,
        Date,
        Account,
        AccountName,
        Debit,
        Credit,
        Client,
        Debtor,
        Invoice,
        Memo,
        Count
    };
    // Data roles beyond Qt's: the raw count of minor units of the Debit and Credit columns.
    enum DataRole { MinorUnitsRole = Qt::UserRole + 1 };

    explicit JournalTableModel(Database &db, QObject *parent = nullptr);

    // Replaces the filter and reloads the first page.
    void setFilter(const JournalFilter &filter);
    JournalFilter filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Lines matching the filter in the database (loaded or not).
    qint64 matchingRows() const { return m_total; }
    JournalRow journalRow(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database &m_db;
    JournalFilter m_filter;
    QList<JournalRow> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_notifying = false;
};

} // namespace FactorDesk
