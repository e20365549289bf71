#include "orderapprovalmodel.h"

#include "money.h"

#include <QLocale>

namespace FactorDesk {

OrderApprovalModel::OrderApprovalModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void OrderApprovalModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrderApprovalModel::reload()
{
    beginResetModel();
    m_rows = OrderApprovalService(m_db).list(m_filter);
    endResetModel();
}

int OrderApprovalModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int OrderApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant OrderApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderApproval &a = m_rows[index.row()];
    const auto column = Column(index.column());
    if (role == IdRole)
        return a.id;
    if (role == StatusRole)
        return a.statusName();
    if (role == Qt::TextAlignmentRole) {
        if (column == Column::Amount || column == Column::Approved || column == Column::Id)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto date = [](QDate d) {
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case Column::Id:
        return QString::number(a.id);
    case Column::Client:
        return a.clientCode;
    case Column::Debtor:
        return a.debtorCode;
    case Column::OrderRef:
        return a.orderRef;
    case Column::Amount:
        return a.amount.toLocaleString();
    case Column::ShipDate:
        return date(a.shipDate);
    case Column::Status:
        return a.statusTitle();
    case Column::Approved:
        return a.approvedAmount ? a.approvedAmount->toLocaleString() : QString();
    case Column::Code:
        return a.approvalCode;
    case Column::Expiry:
        return date(a.expiryDate);
    case Column::ShipWindow:
        return a.shipFrom.isValid() ? tr("%1 – %2").arg(date(a.shipFrom), date(a.shipTo))
                                    : QString();
    case Column::RequestedBy:
        return a.requestedBy;
    case Column::Count:
        break;
    }
    return {};
}

QVariant OrderApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id:
        return tr("No.");
    case Column::Client:
        return tr("Client");
    case Column::Debtor:
        return tr("Debtor");
    case Column::OrderRef:
        return tr("Order");
    case Column::Amount:
        return tr("Amount");
    case Column::ShipDate:
        return tr("Ship date");
    case Column::Status:
        return tr("Status");
    case Column::Approved:
        return tr("Approved");
    case Column::Code:
        return tr("Approval code");
    case Column::Expiry:
        return tr("Expires");
    case Column::ShipWindow:
        return tr("Ship window");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
