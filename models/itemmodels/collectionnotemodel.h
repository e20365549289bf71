#pragma once

#include "collectionsservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// A debtor's collection notes (CollectionsService::notes), newest first, with who wrote each
// and when. Small; reloaded whole.
class CollectionNoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { When, By, Invoice, Text, FollowUp, PromisedDate, PromisedAmount, Count };
    enum Role { NoteIdRole = Qt::UserRole + 1 };

    explicit CollectionNoteModel(Database &db, QObject *parent = nullptr);

    // 0: no debtor, no rows.
    void reload(qint64 debtorId);
    qint64 debtorId() const { return m_debtorId; }
    const QList<CollectionNote> &notes() const { return m_notes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_debtorId = 0;
    QList<CollectionNote> m_notes;
};

} // namespace FactorDesk
