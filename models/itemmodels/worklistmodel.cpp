#include "worklistmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace FactorDesk {

namespace {

// internalId: 0 for a debtor row, 1 + the debtor's row for one of its invoices.
constexpr quintptr kTopLevel = 0;

QString shortDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString promise(const std::optional<CollectionNote> &n)
{
    if (!n || !n->promisedDate.isValid())
        return {};
    if (!n->promisedAmount)
        return shortDate(n->promisedDate);
    return WorklistModel::tr("%1 on %2")
        .arg(n->promisedAmount->toLocaleString(), shortDate(n->promisedDate));
}

QString noteText(const std::optional<CollectionNote> &n)
{
    if (!n)
        return {};
    // The first line is enough for a list; the notes history shows it whole.
    return n->text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

WorklistModel::WorklistModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{}

void WorklistModel::reload(const WorklistFilter &filter)
{
    QList<WorklistDebtor> rows = CollectionsQuery(m_db).worklist(filter);
    beginResetModel();
    m_filter = filter;
    m_debtors = std::move(rows);
    endResetModel();
}

int WorklistModel::rowOfDebtor(qint64 debtorId) const
{
    for (int i = 0; i < m_debtors.size(); ++i)
        if (m_debtors[i].debtorId == debtorId)
            return i;
    return -1;
}

QModelIndex WorklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex WorklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_debtors.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_debtors.value(parent.row()).invoices.size());
}

int WorklistModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());
    if (index.internalId() == kTopLevel)
        return debtorData(m_debtors[index.row()], column, role);
    const WorklistDebtor &d = m_debtors[int(index.internalId() - 1)];
    return invoiceData(d, d.invoices[index.row()], column, role);
}

QVariant WorklistModel::debtorData(const WorklistDebtor &d, Column column, int role) const
{
    switch (role) {
    case DebtorIdRole:
        return d.debtorId;
    case DebtorCodeRole:
        return d.debtorCode;
    case InvoiceIdRole:
        return qint64(0);
    case FollowUpDueRole:
        return d.followUpDue;
    case Qt::TextAlignmentRole:
        if (column == Column::Overdue || column == Column::DaysOverdue)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column == Column::LatestNote && d.latestNote)
            return tr("%1 (%2, %3)")
                .arg(d.latestNote->text, d.latestNote->createdBy, d.latestNote->createdAt);
        if (d.followUpDue)
            return tr("Follow-up due");
        return {};
    case ItemRoles::ExportRole:
        if (column == Column::Overdue)
            return d.overdue.toPlainString();
        if (column == Column::DaysOverdue)
            return d.maxDaysOverdue;
        if (column == Column::FollowUp)
            return d.nextFollowUp;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Party:
        return d.debtorCode;
    case Column::Name:
        return d.debtorName;
    case Column::Overdue:
        return tr("%1 %2").arg(d.overdue.toLocaleString(), d.overdue.currency().code());
    case Column::DaysOverdue:
        return d.maxDaysOverdue;
    case Column::FollowUp:
        return shortDate(d.nextFollowUp);
    case Column::Promised:
        return promise(d.latestPromise);
    case Column::LatestNote:
        return noteText(d.latestNote);
    case Column::Count:
        break;
    }
    return {};
}

QVariant WorklistModel::invoiceData(const WorklistDebtor &d, const WorklistInvoice &i,
                                    Column column, int role) const
{
    switch (role) {
    case DebtorIdRole:
        return d.debtorId;
    case DebtorCodeRole:
        return d.debtorCode;
    case InvoiceIdRole:
        return i.invoiceId;
    case FollowUpDueRole:
        return false;
    case Qt::TextAlignmentRole:
        if (column == Column::Overdue || column == Column::DaysOverdue)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ItemRoles::ExportRole:
        if (column == Column::Overdue)
            return i.open.toPlainString();
        if (column == Column::DaysOverdue)
            return i.daysOverdue;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Party:
        return i.invoiceNo;
    case Column::Name:
        return tr("%1, due %2").arg(i.clientCode, shortDate(i.dueDate));
    case Column::Overdue:
        return i.open.toLocaleString();
    case Column::DaysOverdue:
        return i.daysOverdue;
    case Column::FollowUp:
        return i.latestNote ? shortDate(i.latestNote->followUp) : QString();
    case Column::Promised:
        return promise(i.latestNote);
    case Column::LatestNote:
        return noteText(i.latestNote);
    case Column::Count:
        break;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Party:
        return tr("Debtor / invoice");
    case Column::Name:
        return tr("Name");
    case Column::Overdue:
        return tr("Overdue");
    case Column::DaysOverdue:
        return tr("Days overdue");
    case Column::FollowUp:
        return tr("Follow-up");
    case Column::Promised:
        return tr("Promised");
    case Column::LatestNote:
        return tr("Latest note");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
