#include "trialbalancemodel.h"

#include "itemroles.h"

#include "businesscalendar.h"
#include "clock.h"
#include "settingsrepository.h"

namespace FactorDesk {

TrialBalanceModel::TrialBalanceModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_asOf(BusinessCalendar(db).today())
    , m_currency(SettingsRepository(db).currency())
{}

void TrialBalanceModel::setAsOf(QDate asOf)
{
    m_asOf = asOf.isValid() ? asOf : BusinessCalendar(m_db).today();
    reload();
}

void TrialBalanceModel::reload()
{
    beginResetModel();
    m_currency = SettingsRepository(m_db).currency();
    m_rows = JournalService(m_db).trialBalance(m_asOf, m_currency.code());
    endResetModel();
}

qint64 TrialBalanceModel::totalDebit() const
{
    Money sum = Money::fromMinor(0, m_currency);
    for (const AccountBalance &b : m_rows)
        sum += Money::fromMinor(b.debit, m_currency);
    return sum.minor();
}

qint64 TrialBalanceModel::totalCredit() const
{
    Money sum = Money::fromMinor(0, m_currency);
    for (const AccountBalance &b : m_rows)
        sum += Money::fromMinor(b.credit, m_currency);
    return sum.minor();
}

int TrialBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrialBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString TrialBalanceModel::typeTitle(const QString &type)
{
    if (type == QLatin1String("asset"))
        return tr("Asset");
    if (type == QLatin1String("liability"))
        return tr("Liability");
    if (type == QLatin1String("equity"))
        return tr("Equity");
    if (type == QLatin1String("income"))
        return tr("Income");
    if (type == QLatin1String("expense"))
        return tr("Expense");
    return type;
}

QVariant TrialBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountBalance &b = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool amount = column == Column::Debit || column == Column::Credit;
    if (role == MinorUnitsRole && amount)
        return column == Column::Debit ? b.debit : b.credit;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == ItemRoles::ExportRole && amount)
        return Money::plain(column == Column::Debit ? b.debit : b.credit, m_currency.decimals());
    if (role == ItemRoles::ExportRole)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Account:
        return b.code;
    case Column::Name:
        return b.name;
    case Column::Type:
        return typeTitle(b.type);
    case Column::Debit:
        return Money::localized(b.debit, QLocale(), m_currency.decimals());
    case Column::Credit:
        return Money::localized(b.credit, QLocale(), m_currency.decimals());
    case Column::Count:
        break;
    }
    return {};
}

QVariant TrialBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (column == Column::Debit || column == Column::Credit ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Account:
        return tr("Account");
    case Column::Name:
        return tr("Name");
    case Column::Type:
        return tr("Type");
    case Column::Debit:
        return tr("Debit (%1)").arg(m_currency.code());
    case Column::Credit:
        return tr("Credit (%1)").arg(m_currency.code());
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
