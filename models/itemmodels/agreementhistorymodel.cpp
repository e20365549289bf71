#include "agreementhistorymodel.h"

#include <QDateTime>
#include <QLocale>

namespace FactorDesk {

namespace {
const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "In force from"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "Advance rate"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "Commission"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "Facility limit"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "Created by"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "Created at"),
    QT_TRANSLATE_NOOP("FactorDesk::AgreementHistoryModel", "What changed"),
};
static_assert(std::size(kHeaders) == std::size_t(AgreementHistoryModel::Column::Count));
} // namespace

AgreementHistoryModel::AgreementHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgreementHistoryModel::setHistory(const QList<Agreement> &versions, Currency currency)
{
    beginResetModel();
    m_versions = versions;
    m_currency = currency;
    endResetModel();
}

QList<TermChange> AgreementHistoryModel::changesAt(int row) const
{
    if (row < 0 || row >= m_versions.size())
        return {};
    if (row == 0) {
        QList<TermChange> all;
        for (const AgreementTerm &t : AgreementService::describe(m_versions[0], m_currency))
            if (t.key != QLatin1String("from"))
                all << TermChange{t.key, t.title, QString(), t.text};
        return all;
    }
    return AgreementService::changes(m_versions[row - 1], m_versions[row], m_currency);
}

int AgreementHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int AgreementHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AgreementHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agreement &a = m_versions.at(index.row());
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == Column::AdvanceRate || column == Column::Commission ||
            column == Column::FacilityLimit)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    const std::optional<Agreement> before =
        index.row() > 0 ? std::optional<Agreement>(m_versions.at(index.row() - 1)) : std::nullopt;
    switch (column) {
    case Column::From:
        return locale.toString(a.effectiveFrom, QLocale::ShortFormat);
    case Column::AdvanceRate:
        return a.advanceRate.toLocalePercent(locale);
    case Column::Commission:
        return a.commissionRate.toLocalePercent(locale);
    case Column::FacilityLimit:
        return (a.facilityLimit.currency().isNone() ? a.facilityLimit.withCurrency(m_currency)
                                                    : a.facilityLimit)
            .toLocaleString(locale);
    case Column::CreatedBy:
        return a.createdBy;
    case Column::CreatedAt: {
        const QDateTime at = QDateTime::fromString(a.createdAt, Qt::ISODateWithMs);
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : a.createdAt;
    }
    case Column::Changes:
        return AgreementService::changeSummary(before, a, m_currency, locale);
    case Column::Count:
        break;
    }
    return {};
}

QVariant AgreementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kHeaders[section]);
}

} // namespace FactorDesk
