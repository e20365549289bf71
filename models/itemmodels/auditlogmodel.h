#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>

namespace FactorDesk {

class Database;

// The audit trail, newest first, for a filter (dates, user, text). The trail only grows, so
// records are fetched lazily in pages (canFetchMore/fetchMore) keyed by the last id seen.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Id, Time, User, Action, Entity, Record, Count };

    AuditLogModel(Database &db, const Session &session, QObject *parent = nullptr);

    // Replaces the filter (its limit is the page size) and reloads the first page.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    void reload();
    AuditRecord record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<AuditRecord> page(qint64 beforeId) const;

    Database &m_db;
    Session m_session;
    AuditFilter m_filter;
    QList<AuditRecord> m_records;
    bool m_more = false;
    bool m_notifying = false;
};

} // namespace FactorDesk
