#include "invoicefeesmodel.h"

#include "itemroles.h"
#include "localeformat.h"

#include <QLocale>

namespace FactorDesk {

namespace {
const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Collected by"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Bought"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Collected"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Clearance days"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Days"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Amount"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Tier"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Rate"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Fee"),
    QT_TRANSLATE_NOOP("FactorDesk::InvoiceFeesModel", "Charged"),
};
static_assert(std::size(kHeaders) == std::size_t(InvoiceFeesModel::Column::Count));
} // namespace

InvoiceFeesModel::InvoiceFeesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InvoiceFeesModel::setFees(const InvoiceFees &fees)
{
    beginResetModel();
    m_fees = fees;
    endResetModel();
}

QString InvoiceFeesModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("receipt"))
        return tr("Receipt");
    if (kind == QLatin1String("cash_application"))
        return tr("Cash applied");
    if (kind == QLatin1String("chargeback"))
        return tr("Charge-back");
    return kind;
}

int InvoiceFeesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fees.collections.size());
}

int InvoiceFeesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant InvoiceFeesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CollectionFee &c = m_fees.collections.at(index.row());
    const DiscountFeeWorking &w = c.working;
    const Column column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Column::ClearanceDays:
        case Column::Days:
        case Column::Amount:
        case Column::Rate:
        case Column::Fee:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const QLocale locale;
    if (role == ItemRoles::ExportRole) {
        switch (column) {
        case Column::Kind:
            return c.kind;
        case Column::Purchased:
            return w.purchased;
        case Column::Collected:
            return w.collected;
        case Column::ClearanceDays:
            return w.clearanceDays;
        case Column::Days:
            return w.days;
        case Column::Amount:
            return w.amount.toPlainString();
        case Column::Tier:
            return w.tierText();
        case Column::Rate:
            return w.rate.toPercentString();
        case Column::Fee:
            return w.fee.toPlainString();
        case Column::Charged:
            return c.chargedEntryId ? QVariant(c.chargedEntryId) : QVariant(QString());
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Column::Days)
        return w.purchaseDayCounts
                   ? tr("From %1 (day 1) to %2 plus %n clearance day(s)", nullptr, w.clearanceDays)
                         .arg(LocaleFormat::date(w.purchased), LocaleFormat::date(w.collected))
                   : tr("From the day after %1 to %2 plus %n clearance day(s)", nullptr,
                        w.clearanceDays)
                         .arg(LocaleFormat::date(w.purchased), LocaleFormat::date(w.collected));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Kind:
        return kindText(c.kind);
    case Column::Purchased:
        return LocaleFormat::date(w.purchased);
    case Column::Collected:
        return LocaleFormat::date(w.collected);
    case Column::ClearanceDays:
        return locale.toString(w.clearanceDays);
    case Column::Days:
        return locale.toString(w.days);
    case Column::Amount:
        return w.amount.toLocaleString(locale);
    case Column::Tier:
        return w.tierText();
    case Column::Rate:
        return w.rate.toLocalePercent(locale);
    case Column::Fee:
        return w.fee.toLocaleString(locale);
    case Column::Charged:
        return c.chargedEntryId ? tr("entry %1").arg(c.chargedEntryId) : tr("not yet");
    case Column::Count:
        break;
    }
    return {};
}

QVariant InvoiceFeesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(kHeaders[section]);
}

} // namespace FactorDesk
