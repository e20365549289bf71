#include "auditlogmodel.h"

#include "localeformat.h"

#include <QScopedValueRollback>

namespace FactorDesk {

AuditLogModel::AuditLogModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_session(session)
{
    m_filter.limit = 200;
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    if (m_filter.limit <= 0)
        m_filter.limit = 200;
    reload();
}

QList<AuditRecord> AuditLogModel::page(qint64 beforeId) const
{
    AuditFilter f = m_filter;
    f.beforeId = beforeId;
    return AuditLog(m_db).list(m_session, f);
}

void AuditLogModel::reload()
{
    QList<AuditRecord> first = page(m_filter.beforeId);
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_records = std::move(first);
    m_more = m_records.size() >= m_filter.limit;
    endResetModel();
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while views and testers are being told about a change: a fetch from inside that
    // notification would nest one change in another.
    return !parent.isValid() && !m_notifying && m_more;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_records.isEmpty())
        return;
    const QList<AuditRecord> next = page(m_records.constLast().id);
    m_more = next.size() >= m_filter.limit;
    if (next.isEmpty())
        return;
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + next.size() - 1));
    m_records.append(next);
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_records.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((column == Column::Id ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Column::Time)
        return r.at;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Id:
        return QString::number(r.id);
    case Column::Time:
        return LocaleFormat::timestamp(r.at);
    case Column::User:
        return r.username;
    case Column::Action:
        return r.action;
    case Column::Entity:
        return r.entity;
    case Column::Record:
        return r.entityId;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (Column(section) == Column::Id ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Id:
        return tr("No.");
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::Entity:
        return tr("Kind");
    case Column::Record:
        return tr("Record");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
