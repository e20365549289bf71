#include "interestworkingmodel.h"

#include "itemroles.h"
#include "localeformat.h"

#include <QLocale>

namespace FactorDesk {

namespace {
const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Date"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Funds employed"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Base rate"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Margin"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Rate"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Day count"),
    QT_TRANSLATE_NOOP("FactorDesk::InterestWorkingModel", "Interest (exact)"),
};
static_assert(std::size(kHeaders) == std::size_t(InterestWorkingModel::Column::Count));
} // namespace

InterestWorkingModel::InterestWorkingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InterestWorkingModel::setMonth(const InterestMonth &month)
{
    beginResetModel();
    m_month = month;
    endResetModel();
}

QString InterestWorkingModel::dayCountText(DayCount basis)
{
    return basis == DayCount::Act365 ? tr("ACT/365") : tr("ACT/360");
}

int InterestWorkingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_month.working.days.size());
}

int InterestWorkingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant InterestWorkingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterestDay &d = m_month.working.days.at(index.row());
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == Column::Date || column == Column::DayCount)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    const QLocale locale;
    if (role == ItemRoles::ExportRole) {
        switch (column) {
        case Column::Date:
            return d.date;
        case Column::Balance:
            return d.balance.toPlainString();
        case Column::BaseRate:
            return d.baseRate.toPercentString();
        case Column::Margin:
            return d.margin.toPercentString();
        case Column::Rate:
            return d.rate.toPercentString();
        case Column::DayCount:
            return static_cast<int>(d.basis);
        case Column::Amount:
            return d.amount.toExactString();
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Column::Amount)
        return tr("%1 × %2 ÷ %3, not rounded: the month's total is rounded once")
            .arg(d.balance.toLocaleString(locale), d.rate.toLocalePercent(locale))
            .arg(static_cast<int>(d.basis));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Date:
        return LocaleFormat::date(d.date);
    case Column::Balance:
        return d.balance.toLocaleString(locale);
    case Column::BaseRate:
        return d.baseRate.toLocalePercent(locale);
    case Column::Margin:
        return d.margin.toLocalePercent(locale);
    case Column::Rate:
        return d.rate.toLocalePercent(locale);
    case Column::DayCount:
        return dayCountText(d.basis);
    case Column::Amount:
        return d.amount.toExactString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant InterestWorkingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kHeaders[section]);
}

} // namespace FactorDesk
