#include "importerrormodel.h"

#include <QLocale>

namespace FactorDesk {

ImportErrorModel::ImportErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportErrorModel::setErrors(const QList<ImportError> &errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

int ImportErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ImportErrorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_errors.size() || index.column() >= int(Column::Count))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ImportError &e = m_errors.at(index.row());
    switch (Column(index.column())) {
    case Column::Line:
        return e.line > 0 ? QLocale().toString(e.line) : tr("file");
    case Column::Column:
        return e.column;
    case Column::Reason:
        return e.message;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[] = {QT_TR_NOOP("Line"), QT_TR_NOOP("Column"),
                                         QT_TR_NOOP("Reason")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return {};
    return tr(titles[section]);
}

} // namespace FactorDesk
