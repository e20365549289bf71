#pragma once

#include "feesquery.h"

#include <QAbstractTableModel>

namespace FactorDesk {

// A client's interest for a month day by day (FeesQuery::interestMonth, the figures
// `interest show` prints): the funds employed at the end of the day, the base rate in force,
// the margin, the rate, the day count and the exact daily amount (unrounded: the month's total
// is rounded once, InterestWorking::total). Read-only; it computes nothing.
class InterestWorkingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Date, Balance, BaseRate, Margin, Rate, DayCount, Amount, Count };

    explicit InterestWorkingModel(QObject *parent = nullptr);

    void setMonth(const InterestMonth &month);
    const InterestMonth &month() const { return m_month; }
    // "ACT/360", "ACT/365".
    static QString dayCountText(DayCount basis);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    InterestMonth m_month;
};

} // namespace FactorDesk
