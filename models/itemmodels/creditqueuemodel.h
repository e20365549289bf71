#pragma once

#include "creditservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// The credit analyst's queue (CreditService::queue) as a table: open requests, limits due for
// review, recently declined requests. Small; reloaded whole.
class CreditQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Kind,
        Debtor,
        Name,
        Client,
        Amount,
        Limit,
        Exposure,
        Utilisation,
        Date,
        RequestedBy,
        Reason,
        Count
    };
    enum Role { RequestIdRole = Qt::UserRole + 1, DebtorIdRole, KindRole, OverLimitRole };

    explicit CreditQueueModel(Database &db, QObject *parent = nullptr);

    void reload(QDate asOf);
    CreditQueueItem itemAt(int row) const { return m_items.value(row); }
    const QList<CreditQueueItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<CreditQueueItem> m_items;
};

} // namespace FactorDesk
