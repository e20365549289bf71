#include "creditqueuemodel.h"

#include "debtor.h"
#include "settingsrepository.h"

#include <QLocale>

namespace FactorDesk {

CreditQueueModel::CreditQueueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void CreditQueueModel::reload(QDate asOf)
{
    beginResetModel();
    m_items = CreditService(m_db).queue(asOf);
    endResetModel();
}

int CreditQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CreditQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CreditQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditQueueItem &it = m_items[index.row()];
    const auto column = Column(index.column());
    const bool over = it.exposure.isPositive() && it.exposure > it.currentLimit;
    switch (role) {
    case RequestIdRole:
        return it.requestId;
    case DebtorIdRole:
        return it.debtorId;
    case KindRole:
        return int(it.kind);
    case OverLimitRole:
        return over;
    case Qt::TextAlignmentRole:
        if (column == Column::Amount || column == Column::Limit || column == Column::Exposure ||
            column == Column::Utilisation)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Kind:
        return queueKindTitle(it.kind);
    case Column::Debtor:
        return it.debtorCode;
    case Column::Name:
        return it.debtorName;
    case Column::Client:
        return it.clientCode;
    case Column::Amount:
        return it.amount.toLocaleString();
    case Column::Limit:
        return it.currentLimit.toLocaleString();
    case Column::Exposure:
        return it.exposure.toLocaleString();
    case Column::Utilisation: {
        const auto u = utilisationOf(it.exposure, it.currentLimit);
        return u ? Rate::fromPpm(divideRounded(u->ppm(), 1000) * 1000).toLocalePercent()
                 : QString();
    }
    case Column::Date:
        return it.date.isValid() ? QLocale().toString(it.date, QLocale::ShortFormat) : QString();
    case Column::RequestedBy:
        return it.requestedBy;
    case Column::Reason:
        return it.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CreditQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind:
        return tr("Queue");
    case Column::Debtor:
        return tr("Debtor");
    case Column::Name:
        return tr("Name");
    case Column::Client:
        return tr("Client");
    case Column::Amount:
        return tr("Amount");
    case Column::Limit:
        return tr("Current limit");
    case Column::Exposure:
        return tr("Exposure");
    case Column::Utilisation:
        return tr("Utilisation");
    case Column::Date:
        return tr("Date");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
