#include "receiptapplicationsmodel.h"

#include "itemroles.h"

namespace FactorDesk {

ReceiptApplicationsModel::ReceiptApplicationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReceiptApplicationsModel::setApplications(const QList<ReceiptApplication> &applications)
{
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

int ReceiptApplicationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int ReceiptApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ReceiptApplicationsModel::ruleTitle(const QString &rule)
{
    if (rule == QLatin1String("reference"))
        return tr("Invoice named in the reference");
    if (rule == QLatin1String("debtor_amount"))
        return tr("Debtor and amount of one invoice");
    if (rule == QLatin1String("debtor_total"))
        return tr("Debtor and all its open invoices");
    if (rule == QLatin1String("oldest"))
        return tr("Oldest open invoices of the debtor");
    if (rule == QLatin1String("manual"))
        return tr("Applied by hand");
    return rule;
}

QVariant ReceiptApplicationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_applications.size() ||
        index.column() >= int(Column::Count))
        return {};
    const ReceiptApplication &a = m_applications.at(index.row());
    const auto c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Invoice:
            return a.invoiceNo;
        case Column::Client:
            return a.clientCode;
        case Column::Amount:
            return a.amount.toLocaleString(m_locale);
        case Column::State:
            return a.suggested ? tr("Suggested") : tr("Applied");
        case Column::Rule:
            return ruleTitle(a.rule);
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (c == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case ItemRoles::ExportRole:
        if (c == Column::Amount)
            return a.amount.toPlainString();
        if (c == Column::State)
            return a.suggested ? QStringLiteral("suggested") : QStringLiteral("applied");
        if (c == Column::Rule)
            return a.rule;
        return data(index, Qt::DisplayRole);
    case RawRole:
        if (c == Column::Amount)
            return QVariant::fromValue(a.amount.minor());
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ReceiptApplicationsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((Column(section) == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) |
                          Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Invoice:
        return tr("Invoice");
    case Column::Client:
        return tr("Client");
    case Column::Amount:
        return tr("Amount");
    case Column::State:
        return tr("State");
    case Column::Rule:
        return tr("Rule");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
