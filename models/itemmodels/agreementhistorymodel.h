#pragma once

#include "agreementservice.h"

#include <QAbstractTableModel>

namespace FactorDesk {

// The versions of one client's agreement, oldest first: when each took effect, who created it
// and when, a few key terms, and what changed from the version before. Read-only, as the
// versions themselves are.
class AgreementHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        From,
        AdvanceRate,
        Commission,
        FacilityLimit,
        CreatedBy,
        CreatedAt,
        Changes,
        Count
    };

    explicit AgreementHistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<Agreement> &versions, Currency currency);
    const Agreement &version(int row) const { return m_versions.at(row); }
    // The changes from the version before `row` (every term for the first version).
    QList<TermChange> changesAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Agreement> m_versions;
    Currency m_currency;
};

} // namespace FactorDesk
