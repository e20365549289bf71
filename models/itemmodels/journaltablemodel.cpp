#include "journaltablemodel.h"

#include "itemroles.h"
#include "localeformat.h"

#include <QScopedValueRollback>

namespace FactorDesk {

JournalTableModel::JournalTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void JournalTableModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void JournalTableModel::reload()
{
    // Query first: if the database refuses, the model keeps what it showed.
    JournalService journal(m_db);
    const qint64 total = journal.rowCount(m_filter);
    QList<JournalRow> first = journal.rows(m_filter, 0, m_pageSize);
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_total = total;
    m_rows = std::move(first);
    endResetModel();
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool JournalTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while views and testers are being told about a change: a fetch from inside that
    // notification would nest one change in another.
    return !parent.isValid() && !m_notifying && m_rows.size() < m_total;
}

void JournalTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<JournalRow> page =
        JournalService(m_db).rows(m_filter, int(m_rows.size()), m_pageSize);
    if (page.isEmpty()) {
        // Lines cannot disappear from the journal, but a filter on a moving date can shrink the
        // count; never promise rows that are not there.
        m_total = m_rows.size();
        return;
    }
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalRow &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool amount = column == Column::Debit || column == Column::Credit;
    if (role == MinorUnitsRole && amount)
        return column == Column::Debit ? r.debit : r.credit;
    if (role == Qt::TextAlignmentRole) {
        if (amount || column == Column::Entry)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && column == Column::Memo)
        return r.memo;
    const int decimals = Currency(r.currency).decimals();
    if (role == ItemRoles::ExportRole) {
        switch (column) {
        case Column::Entry:
            return r.entryId;
        case Column::Date:
            return r.date;
        case Column::Debit:
            return r.debit == 0 ? QString() : Money::plain(r.debit, decimals);
        case Column::Credit:
            return r.credit == 0 ? QString() : Money::plain(r.credit, decimals);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Entry:
        return QString::number(r.entryId);
    case Column::Date:
        return LocaleFormat::date(r.date);
    case Column::Account:
        return r.account;
    case Column::AccountName:
        return r.accountName;
    case Column::Debit:
        return r.debit == 0 ? QString() : Money::localized(r.debit, QLocale(), decimals);
    case Column::Credit:
        return r.credit == 0 ? QString() : Money::localized(r.credit, QLocale(), decimals);
    case Column::Client:
        return r.client;
    case Column::Debtor:
        return r.debtor;
    case Column::Invoice:
        return r.invoice;
    case Column::Memo:
        return r.memo;
    case Column::Count:
        break;
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (column == Column::Debit || column == Column::Credit || column == Column::Entry
                 ? Qt::AlignRight
                 : Qt::AlignLeft) |
            Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Entry:
        return tr("Entry");
    case Column::Date:
        return tr("Date");
    case Column::Account:
        return tr("Account");
    case Column::AccountName:
        return tr("Account name");
    case Column::Debit:
        return tr("Debit");
    case Column::Credit:
        return tr("Credit");
    case Column::Client:
        return tr("Client");
    case Column::Debtor:
        return tr("Debtor");
    case Column::Invoice:
        return tr("Invoice");
    case Column::Memo:
        return tr("Memo");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
