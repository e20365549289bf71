#pragma once

#include "orderapprovalservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// Order approval requests and decisions, filtered by client and status, newest first.
class OrderApprovalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Id,
        Client,
        Debtor,
        OrderRef,
        Amount,
        ShipDate,
        Status,
        Approved,
        Code,
        Expiry,
        ShipWindow,
        RequestedBy,
        Count
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit OrderApprovalModel(Database &db, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }
    void reload();
    OrderApproval approvalAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    OrderFilter m_filter;
    QList<OrderApproval> m_rows;
};

} // namespace FactorDesk
