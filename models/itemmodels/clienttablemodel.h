#pragma once

#include "clientservice.h"

#include <QAbstractTableModel>
#include <QDate>

namespace FactorDesk {

class Database;

// The Clients list: one row per client with its terms in force and funds employed. A small
// model over a value vector (a factoring house has tens or hundreds of clients, not more);
// views sort and filter it through a QSortFilterProxyModel using SortRole and SearchRole.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Code,
        Name,
        Status,
        Arrangement,
        Recourse,
        AdvanceRate,
        FacilityLimit,
        FundsEmployed,
        Count
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as numbers, text as text
        SearchRole,                  // "code name": what the search box matches
        ClientIdRole,
    };

    explicit ClientTableModel(Database &db, QObject *parent = nullptr);

    // Reloads every client as of `asOf` (terms in force and funds employed on that date).
    void refresh(QDate asOf);
    void setRows(const QList<ClientOverview> &rows);
    const ClientOverview &overview(int row) const { return m_rows.at(row); }
    qint64 clientId(int row) const { return m_rows.at(row).client.id; }
    // The row of a client, -1 when it is not listed.
    int rowOf(qint64 clientId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<ClientOverview> m_rows;
};

} // namespace FactorDesk
