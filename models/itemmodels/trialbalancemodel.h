#pragma once

#include "ledger.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// The trial balance as of a date: every account of the chart, zero balances included, with
// its net debit or credit balance in the book currency. Nine rows; the totals are offered
// separately so that the table holds accounts only.
class TrialBalanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Account, Name, Type, Debit, Credit, Count };
    enum DataRole { MinorUnitsRole = Qt::UserRole + 1 };

    explicit TrialBalanceModel(Database &db, QObject *parent = nullptr);

    // Reloads the balances as of the end of `asOf`.
    void setAsOf(QDate asOf);
    QDate asOf() const { return m_asOf; }
    void reload();

    Currency currency() const { return m_currency; }
    qint64 totalDebit() const;
    qint64 totalCredit() const;
    AccountBalance balance(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString typeTitle(const QString &type);

private:
    Database &m_db;
    QDate m_asOf;
    Currency m_currency;
    QList<AccountBalance> m_rows;
};

} // namespace FactorDesk
