#include "invoiceentrymodel.h"

namespace FactorDesk {

InvoiceEntryModel::InvoiceEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InvoiceEntryModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    for (Row &r : m_rows)
        r.cells.resize(Count);
    m_tinted.clear();
    endResetModel();
}

QString InvoiceEntryModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= Count)
        return {};
    return m_rows.at(row).cells.at(column);
}

void InvoiceEntryModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, Count - 1));
}

void InvoiceEntryModel::setTintedRows(const QSet<int> &rows, const QVariant &background)
{
    const QSet<int> changed = (rows - m_tinted) + (m_tinted - rows);
    m_tinted = rows;
    m_tint = background;
    for (int r : changed) {
        if (r >= 0 && r < m_rows.size())
            emit dataChanged(index(r, 0), index(r, Count - 1), {Qt::BackgroundRole});
    }
}

int InvoiceEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Count);
}

QVariant InvoiceEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_rows.at(index.row()).cells.at(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::BackgroundRole:
        return m_tinted.contains(index.row()) ? m_tint : QVariant();
    default:
        return {};
    }
}

bool InvoiceEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString &cell = m_rows[index.row()].cells[index.column()];
    const QString text = value.toString();
    if (cell == text)
        return true;
    cell = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags InvoiceEntryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant InvoiceEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const int line = m_rows.at(section).sourceLine;
        return QString::number(line > 0 ? line : section + 1);
    }
    static const char *const titles[] = {
        QT_TR_NOOP("Invoice"),  QT_TR_NOOP("Debtor code"), QT_TR_NOOP("Invoice date"),
        QT_TR_NOOP("Due date"), QT_TR_NOOP("Amount"),      QT_TR_NOOP("Approval code"),
        QT_TR_NOOP("PO")};
    if (section < 0 || section >= Count)
        return {};
    return tr(titles[section]);
}

bool InvoiceEntryModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, Row{});
    // The tinted rows after the new ones move down with them.
    QSet<int> tinted;
    for (int r : std::as_const(m_tinted))
        tinted.insert(r >= row ? r + count : r);
    m_tinted = tinted;
    endInsertRows();
    return true;
}

bool InvoiceEntryModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    QSet<int> tinted;
    for (int r : std::as_const(m_tinted)) {
        if (r < row)
            tinted.insert(r);
        else if (r >= row + count)
            tinted.insert(r - count);
    }
    m_tinted = tinted;
    endRemoveRows();
    return true;
}

} // namespace FactorDesk
