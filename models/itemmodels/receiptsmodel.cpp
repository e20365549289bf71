#include "receiptsmodel.h"

#include "itemroles.h"
#include "localeformat.h"

namespace FactorDesk {

namespace {
bool isAmount(ReceiptsModel::Column c)
{
    return c == ReceiptsModel::Column::Amount || c == ReceiptsModel::Column::Applied ||
           c == ReceiptsModel::Column::Left;
}

Money amountOf(const Receipt &r, ReceiptsModel::Column c)
{
    switch (c) {
    case ReceiptsModel::Column::Amount:
        return r.amount;
    case ReceiptsModel::Column::Applied:
        return r.applied;
    default:
        return r.unapplied();
    }
}
} // namespace

ReceiptsModel::ReceiptsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReceiptsModel::setReceipts(const QList<Receipt> &receipts)
{
    beginResetModel();
    m_receipts = receipts;
    endResetModel();
}

int ReceiptsModel::rowOf(qint64 receiptId) const
{
    for (int i = 0; i < m_receipts.size(); ++i) {
        if (m_receipts.at(i).id == receiptId)
            return i;
    }
    return -1;
}

int ReceiptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_receipts.size());
}

int ReceiptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ReceiptsModel::sourceTitle(const Receipt &r)
{
    if (r.source == QLatin1String("manual"))
        return tr("Typed in");
    const QString kind = r.source == QLatin1String("csv") ? tr("CSV") : r.source;
    return r.importId ? tr("%1 (import %2)").arg(kind).arg(r.importId) : kind;
}

QVariant ReceiptsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_receipts.size() ||
        index.column() >= int(Column::Count))
        return {};
    const Receipt &r = m_receipts.at(index.row());
    const auto c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Date:
            return LocaleFormat::date(r.valueDate, m_locale);
        case Column::Debtor:
            return r.debtorCode;
        case Column::Remitter:
            return r.remitterName.isEmpty() ? r.remitterAccount : r.remitterName;
        case Column::References:
            return r.references.join(QStringLiteral("; "));
        case Column::Amount:
        case Column::Applied:
        case Column::Left:
            return amountOf(r, c).toLocaleString(m_locale);
        case Column::Status:
            return receiptStatusTitle(r.status);
        case Column::Source:
            return sourceTitle(r);
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((isAmount(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        switch (c) {
        case Column::Remitter:
            return r.remitterAccount.isEmpty()
                       ? QVariant()
                       : QVariant(tr("%1, account %2").arg(r.remitterName, r.remitterAccount));
        case Column::References:
            return r.references.isEmpty() ? QVariant()
                                          : QVariant(r.references.join(QLatin1Char('\n')));
        case Column::Debtor:
            return r.debtorCode.isEmpty() ? QVariant(tr("The remitter is not known as a debtor"))
                                          : QVariant();
        case Column::Source:
            return r.sourceLine ? QVariant(tr("Line %1 of the bank file").arg(r.sourceLine))
                                : QVariant();
        default:
            return {};
        }
    case ItemRoles::ExportRole:
        if (isAmount(c))
            return amountOf(r, c).toPlainString();
        if (c == Column::Date)
            return r.valueDate;
        if (c == Column::Status)
            return receiptStatusName(r.status);
        return data(index, Qt::DisplayRole);
    case IdRole:
        return QVariant::fromValue(r.id);
    case RawRole:
        switch (c) {
        case Column::Date:
            return r.valueDate;
        case Column::Amount:
        case Column::Applied:
        case Column::Left:
            return QVariant::fromValue(amountOf(r, c).minor());
        case Column::Status:
            return int(r.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ReceiptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (isAmount(Column(section)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Date:
        return tr("Value date");
    case Column::Debtor:
        return tr("Debtor");
    case Column::Remitter:
        return tr("Remitter");
    case Column::References:
        return tr("References");
    case Column::Amount:
        return tr("Amount");
    case Column::Applied:
        return tr("Applied");
    case Column::Left:
        return tr("Left");
    case Column::Status:
        return tr("Status");
    case Column::Source:
        return tr("Source");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
