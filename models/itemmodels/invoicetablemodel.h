#pragma once

#include "invoicepagequery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FactorDesk {

class Database;

// The Invoices list as an item model over a million rows: it holds only the pages the view has
// asked for (canFetchMore/fetchMore, one page at a time, read by key), lets SQL sort
// (sort() reads the first page again) and filter (setFilter()), and stops fetching at
// rowLimit() rows, so memory stays bounded however far the user scrolls. Storage errors never
// escape into the view: they are kept in lastError() and announced by errorOccurred().
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Client,
        Debtor,
        InvoiceNo,
        Schedule,
        InvoiceDate,
        DueDate,
        Amount,
        OpenBalance,
        Status,
        DaysPastDue,
        Bucket,
        Count
    };
    // The raw value behind a cell (minor units, ISO dates, status names, ids).
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit InvoiceTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const InvoicePageQuery::Filter &filter);
    InvoicePageQuery::Filter filter() const { return m_query.filter(); }
    // Rows read per fetch (default 256).
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Rows kept at most (default 100,000); beyond that the user narrows the filter.
    void setRowLimit(int rows);
    int rowLimit() const { return m_rowLimit; }
    bool rowLimitReached() const { return m_rows.size() >= m_rowLimit && !m_atEnd; }
    // Reads the first page again (after the books changed).
    void refresh();
    // How many invoices pass the filter, counted up to `cap` (-1: all).
    qint64 matchingCount(qint64 cap = -1);

    const InvoicePageRow &invoice(int row) const { return m_rows.at(row); }
    static InvoicePageQuery::SortKey sortKeyFor(Column column);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);
    // After the rows were read again (filter, sort, refresh).
    void reloaded();

private:
    void reload();
    QVariant display(const InvoicePageRow &r, Column c) const;

    InvoicePageQuery m_query;
    QList<InvoicePageRow> m_rows;
    int m_pageSize = 256;
    int m_rowLimit = 100000;
    bool m_atEnd = true;
    bool m_busy = false; // resetting or inserting: no nested fetch
    QString m_lastError;
    QLocale m_locale;
};

} // namespace FactorDesk
