#pragma once

#include "creditservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// One debtor's credit-limit history: every request with its decision, newest first.
class CreditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Requested,
        Client,
        Amount,
        RequestedBy,
        Reason,
        Status,
        Granted,
        ReviewDate,
        DecidedBy,
        DecisionReason,
        Count
    };
    enum Role { RequestIdRole = Qt::UserRole + 1 };

    explicit CreditHistoryModel(Database &db, QObject *parent = nullptr);

    void setDebtor(qint64 debtorId);
    void reload();
    CreditRequest requestAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_debtorId = 0;
    QList<CreditRequest> m_rows;
};

} // namespace FactorDesk
