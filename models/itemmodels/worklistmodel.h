#pragma once

#include "collectionsquery.h"

#include <QAbstractItemModel>

namespace FactorDesk {

class Database;

// The collections worklist (CollectionsQuery) as a two-level tree: one row per debtor (in the
// worklist's order: follow-ups due first, then by amount overdue), its overdue invoices as
// children. FollowUpDueRole tells the view which debtor rows to highlight (models do not link
// Qt GUI). Small; reloaded whole.
class WorklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Party, Name, Overdue, DaysOverdue, FollowUp, Promised, LatestNote, Count };
    enum Role { DebtorIdRole = Qt::UserRole + 1, InvoiceIdRole, FollowUpDueRole, DebtorCodeRole };

    explicit WorklistModel(Database &db, QObject *parent = nullptr);

    void reload(const WorklistFilter &filter);
    const WorklistFilter &filter() const { return m_filter; }
    const QList<WorklistDebtor> &debtors() const { return m_debtors; }
    // The top-level row of the debtor, or -1.
    int rowOfDebtor(qint64 debtorId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant debtorData(const WorklistDebtor &d, Column column, int role) const;
    QVariant invoiceData(const WorklistDebtor &d, const WorklistInvoice &i, Column column,
                         int role) const;

    Database &m_db;
    WorklistFilter m_filter;
    QList<WorklistDebtor> m_debtors;
};

} // namespace FactorDesk
