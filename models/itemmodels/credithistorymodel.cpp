#include "credithistorymodel.h"

#include "clock.h"
#include "settingsrepository.h"

#include <QLocale>

namespace FactorDesk {

CreditHistoryModel::CreditHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void CreditHistoryModel::setDebtor(qint64 debtorId)
{
    m_debtorId = debtorId;
    reload();
}

void CreditHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_debtorId ? CreditService(m_db).history(m_debtorId) : QList<CreditRequest>();
    endResetModel();
}

int CreditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CreditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditRequest &r = m_rows[index.row()];
    const auto column = Column(index.column());
    if (role == RequestIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        if (column == Column::Amount || column == Column::Granted)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto date = [](QDate d) {
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case Column::Requested:
        return date(parseIsoDate(r.requestedAt.left(10)));
    case Column::Client:
        return r.clientCode;
    case Column::Amount:
        return r.requestedAmount.toLocaleString();
    case Column::RequestedBy:
        return r.requestedBy;
    case Column::Reason:
        return r.reason;
    case Column::Status:
        return requestStatusTitle(r.status);
    case Column::Granted:
        return r.decidedAmount ? r.decidedAmount->toLocaleString() : QString();
    case Column::ReviewDate:
        return date(r.reviewDate);
    case Column::DecidedBy:
        return r.decidedBy;
    case Column::DecisionReason:
        return r.decisionReason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CreditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Requested:
        return tr("Requested");
    case Column::Client:
        return tr("Client");
    case Column::Amount:
        return tr("Amount");
    case Column::RequestedBy:
        return tr("Requested by");
    case Column::Reason:
        return tr("Reason");
    case Column::Status:
        return tr("Decision");
    case Column::Granted:
        return tr("Granted");
    case Column::ReviewDate:
        return tr("Review date");
    case Column::DecidedBy:
        return tr("Decided by");
    case Column::DecisionReason:
        return tr("Decision reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
