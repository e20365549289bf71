#include "clienttablemodel.h"

#include "journal.h"
#include "ledger.h"

#include <QColor>
#include <QLocale>

namespace FactorDesk {

namespace {
const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Code"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Name"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Status"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Arrangement"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Recourse"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Advance rate"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Facility limit"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Funds employed"),
    QT_TRANSLATE_NOOP("FactorDesk::ClientTableModel", "Reserve"),
};
// A reserve below zero: the client owes the factor beyond its reserve.
const QColor kNegative(0xb0, 0x1c, 0x1c);
static_assert(std::size(kHeaders) == std::size_t(ClientTableModel::Column::Count));
} // namespace

ClientTableModel::ClientTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void ClientTableModel::refresh(QDate asOf)
{
    const QList<ClientOverview> rows = ClientService(m_db).overview(asOf);
    const JournalService journal(m_db);
    QList<Money> reserves;
    reserves.reserve(rows.size());
    for (const ClientOverview &r : rows)
        // A credit balance: what the factor holds for the client.
        reserves.append(Money::fromMinor(
            -journal.balance(Accounts::clientReserves(), asOf, r.client.id), r.client.currency));
    setRows(rows, reserves);
}

void ClientTableModel::setRows(const QList<ClientOverview> &rows, const QList<Money> &reserves)
{
    beginResetModel();
    m_rows = rows;
    m_reserves = reserves;
    endResetModel();
}

Money ClientTableModel::reserve(int row) const
{
    if (row < m_reserves.size())
        return m_reserves.at(row);
    return Money::fromMinor(0, m_rows.at(row).client.currency);
}

int ClientTableModel::rowOf(qint64 clientId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].client.id == clientId)
            return i;
    return -1;
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientOverview &r = m_rows.at(index.row());
    const Column column = Column(index.column());
    const int dec = r.client.currency.decimals();
    switch (role) {
    case ClientIdRole:
        return r.client.id;
    case SearchRole:
        return QStringLiteral("%1 %2").arg(r.client.code, r.client.name);
    case Qt::TextAlignmentRole:
        if (column == Column::AdvanceRate || column == Column::FacilityLimit ||
            column == Column::FundsEmployed || column == Column::Reserve)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Reserve && reserve(index.row()).isNegative())
            return kNegative;
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Name && !r.client.address.isEmpty())
            return r.client.address;
        return {};
    case SortRole:
        switch (column) {
        case Column::AdvanceRate:
            return r.terms ? r.terms->advanceRate.ppm() : qint64(-1);
        case Column::FacilityLimit:
            return r.terms ? r.terms->facilityLimit.minor() : qint64(-1);
        case Column::FundsEmployed:
            return r.fundsEmployed.minor();
        case Column::Reserve:
            return reserve(index.row()).minor();
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Column::Code:
        return r.client.code;
    case Column::Name:
        return r.client.name;
    case Column::Status:
        return clientStatusTitle(r.client.status);
    case Column::Arrangement:
        return r.terms ? arrangementTitle(r.terms->arrangement) : QString();
    case Column::Recourse:
        if (!r.terms)
            return QString();
        return r.terms->recourse ? tr("With recourse") : tr("Without recourse");
    case Column::AdvanceRate:
        return r.terms ? r.terms->advanceRate.toLocalePercent(locale) : QString();
    case Column::FacilityLimit:
        return r.terms ? Money::localized(r.terms->facilityLimit.minor(), locale, dec) : QString();
    case Column::FundsEmployed:
        return r.fundsEmployed.toLocaleString(locale);
    case Column::Reserve:
        return reserve(index.row()).toLocaleString(locale);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kHeaders[section]);
}

} // namespace FactorDesk
