#pragma once

#include "clientservice.h"

#include <QAbstractTableModel>
#include <QDate>

namespace FactorDesk {

class Database;

// The Clients list: one row per client with its terms in force, funds employed and reserve
// balance (2100 tagged with the client, from the journal; a negative one in red). A small
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
        Reserve,
        Count
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers as numbers, text as text
        SearchRole,                  // "code name": what the search box matches
        ClientIdRole,
    };

    explicit ClientTableModel(Database &db, QObject *parent = nullptr);

    // Reloads every client as of `asOf` (terms in force, funds employed and reserve on that
    // date).
    void refresh(QDate asOf);
    // `reserves` (credit balances) row by row; a row without one shows a zero reserve.
    void setRows(const QList<ClientOverview> &rows, const QList<Money> &reserves = {});
    const ClientOverview &overview(int row) const { return m_rows.at(row); }
    Money reserve(int row) const;
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
    QList<Money> m_reserves;
};

} // namespace FactorDesk
