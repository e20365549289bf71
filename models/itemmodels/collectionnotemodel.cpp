#include "collectionnotemodel.h"

#include "itemroles.h"

#include <QDateTime>
#include <QLocale>

namespace FactorDesk {

namespace {

QString shortDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

// Time stamps are stored in UTC; people read them in their own time.
QString localTime(const QString &stamp)
{
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : stamp;
}

} // namespace

CollectionNoteModel::CollectionNoteModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void CollectionNoteModel::reload(qint64 debtorId)
{
    QList<CollectionNote> notes =
        debtorId ? CollectionsService(m_db).notes(debtorId) : QList<CollectionNote>();
    beginResetModel();
    m_debtorId = debtorId;
    m_notes = std::move(notes);
    endResetModel();
}

int CollectionNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int CollectionNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CollectionNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CollectionNote &n = m_notes[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case NoteIdRole:
        return n.id;
    case Qt::ToolTipRole:
        return column == Column::Text ? n.text : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Column::PromisedAmount)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ItemRoles::ExportRole:
        switch (column) {
        case Column::When:
            return n.createdAt;
        case Column::FollowUp:
            return n.followUp;
        case Column::PromisedDate:
            return n.promisedDate;
        case Column::PromisedAmount:
            return n.promisedAmount ? n.promisedAmount->toPlainString() : QString();
        default:
            break;
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::When:
        return localTime(n.createdAt);
    case Column::By:
        return n.createdBy;
    case Column::Invoice:
        return n.invoiceNo;
    case Column::Text:
        return n.text;
    case Column::FollowUp:
        return shortDate(n.followUp);
    case Column::PromisedDate:
        return shortDate(n.promisedDate);
    case Column::PromisedAmount:
        return n.promisedAmount ? n.promisedAmount->toLocaleString() : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant CollectionNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::When:
        return tr("Written");
    case Column::By:
        return tr("By");
    case Column::Invoice:
        return tr("Invoice");
    case Column::Text:
        return tr("Note");
    case Column::FollowUp:
        return tr("Follow-up");
    case Column::PromisedDate:
        return tr("Promised on");
    case Column::PromisedAmount:
        return tr("Promised amount");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
