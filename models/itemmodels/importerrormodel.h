#pragma once

#include "scheduleimport.h"

#include <QAbstractTableModel>
#include <QList>

namespace FactorDesk {

// The bad lines of a schedule's input, read-only: line (or "file"), column, reason. The
// purchase wizard's invoices page shows it under the grid.
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Line, Column, Reason, Count };

    explicit ImportErrorModel(QObject *parent = nullptr);

    void setErrors(const QList<ImportError> &errors);
    const QList<ImportError> &errors() const { return m_errors; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportError> m_errors;
};

} // namespace FactorDesk
