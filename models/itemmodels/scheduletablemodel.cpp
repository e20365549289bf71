#include "scheduletablemodel.h"

#include "itemroles.h"
#include "localeformat.h"
#include "money.h"

namespace FactorDesk {

ScheduleTableModel::ScheduleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScheduleTableModel::setSchedules(const QList<Schedule> &schedules)
{
    beginResetModel();
    m_schedules = schedules;
    endResetModel();
}

int ScheduleTableModel::rowOf(qint64 scheduleId) const
{
    for (int i = 0; i < m_schedules.size(); ++i) {
        if (m_schedules.at(i).id == scheduleId)
            return i;
    }
    return -1;
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_schedules.size() ||
        index.column() >= int(Column::Count))
        return {};
    const Schedule &s = m_schedules.at(index.row());
    const auto c = Column(index.column());
    const int decimals = Currency(s.currency).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), m_locale, decimals); };
    const bool amount = c >= Column::Face && c <= Column::NetPayment;
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Number:
            return s.number;
        case Column::Client:
            return s.clientName.isEmpty() ? s.clientCode : s.clientName;
        case Column::Date:
            return LocaleFormat::date(s.date, m_locale);
        case Column::Status:
            return scheduleStatusTitle(s.status);
        case Column::Invoices:
            return m_locale.toString(s.totals.count);
        case Column::Face:
            return money(s.totals.face);
        case Column::Advance:
            return money(s.totals.advance);
        case Column::Commission:
            return money(s.totals.commission);
        case Column::Reserve:
            return money(s.totals.reserve);
        case Column::NetPayment:
            // A rejected schedule pays nothing.
            return s.status == ScheduleStatus::Rejected ? QStringLiteral("—")
                                                        : money(s.totals.netPayment);
        case Column::Count:
            break;
        }
        return {};
    case ItemRoles::ExportRole:
        if (amount) {
            if (c == Column::NetPayment && s.status == ScheduleStatus::Rejected)
                return QString();
            const Money v = c == Column::Face         ? s.totals.face
                            : c == Column::Advance    ? s.totals.advance
                            : c == Column::Commission ? s.totals.commission
                            : c == Column::Reserve    ? s.totals.reserve
                                                      : s.totals.netPayment;
            return Money::plain(v.minor(), decimals);
        }
        if (c == Column::Date)
            return s.date;
        if (c == Column::Invoices)
            return s.totals.count;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (amount || c == Column::Invoices ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (c == Column::Status && s.status == ScheduleStatus::Rejected)
            return tr("Rejected by %1: %2").arg(s.rejectedBy, s.rejectedReason);
        if (c == Column::Client)
            return s.clientCode;
        return {};
    case IdRole:
        return QVariant::fromValue(s.id);
    case RawRole:
        switch (c) {
        case Column::Number:
            return s.number;
        case Column::Client:
            return QVariant::fromValue(s.clientId);
        case Column::Date:
            return s.date;
        case Column::Status:
            return scheduleStatusName(s.status);
        case Column::Invoices:
            return s.totals.count;
        case Column::Face:
            return QVariant::fromValue(s.totals.face.minor());
        case Column::Advance:
            return QVariant::fromValue(s.totals.advance.minor());
        case Column::Commission:
            return QVariant::fromValue(s.totals.commission.minor());
        case Column::Reserve:
            return QVariant::fromValue(s.totals.reserve.minor());
        case Column::NetPayment:
            return QVariant::fromValue(s.totals.netPayment.minor());
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number:
        return tr("Schedule");
    case Column::Client:
        return tr("Client");
    case Column::Date:
        return tr("Date");
    case Column::Status:
        return tr("Status");
    case Column::Invoices:
        return tr("Invoices");
    case Column::Face:
        return tr("Face value");
    case Column::Advance:
        return tr("Advance");
    case Column::Commission:
        return tr("Commission");
    case Column::Reserve:
        return tr("Reserve");
    case Column::NetPayment:
        return tr("Net payment");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
