#pragma once

#include "schedule.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FactorDesk {

// The Schedules list: one row per schedule with its client, number, date, status, invoice
// count and totals. A small model over a vector of Schedule values (without their lines),
// filled by the view from ScheduleQuery::list.
class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Number,
        Client,
        Date,
        Status,
        Invoices,
        Face,
        Advance,
        Commission,
        Reserve,
        NetPayment,
        Count
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RawRole = Qt::UserRole + 2;

    explicit ScheduleTableModel(QObject *parent = nullptr);

    void setSchedules(const QList<Schedule> &schedules);
    const Schedule &schedule(int row) const { return m_schedules.at(row); }
    // The row of the schedule with that id, -1 when not listed.
    int rowOf(qint64 scheduleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Schedule> m_schedules;
    QLocale m_locale;
};

} // namespace FactorDesk
