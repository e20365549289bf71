#include "schedulelinemodel.h"

#include "localeformat.h"
#include "money.h"

namespace FactorDesk {

ScheduleLineModel::ScheduleLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScheduleLineModel::setLines(const QList<ScheduleLine> &lines, const QString &currency)
{
    beginResetModel();
    m_lines = lines;
    m_currency = currency;
    // Overrides only make sense for lines still listed.
    QHash<QString, QString> kept;
    for (const ScheduleLine &l : m_lines) {
        if (m_overrides.contains(l.invoiceNo))
            kept.insert(l.invoiceNo, m_overrides.value(l.invoiceNo));
    }
    m_overrides = kept;
    endResetModel();
}

void ScheduleLineModel::setOverride(int row, const QString &reason)
{
    if (row < 0 || row >= m_lines.size())
        return;
    const QString key = m_lines.at(row).invoiceNo;
    if (reason.trimmed().isEmpty())
        m_overrides.remove(key);
    else
        m_overrides.insert(key, reason.trimmed());
    const QModelIndex cell = index(row, int(Column::Override));
    emit dataChanged(cell, cell);
}

QString ScheduleLineModel::pendingOverride(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_overrides.value(m_lines.at(row).invoiceNo)
                                            : QString();
}

void ScheduleLineModel::clearOverrides()
{
    if (m_overrides.isEmpty())
        return;
    m_overrides.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, int(Column::Override)),
                         index(int(m_lines.size()) - 1, int(Column::Override)));
}

int ScheduleLineModel::severity(const ScheduleLine &line)
{
    int worst = 0;
    for (const CheckResult &c : line.checks) {
        switch (c.severity) {
        case CheckSeverity::Info:
            worst = qMax(worst, 1);
            break;
        case CheckSeverity::Warning:
            worst = qMax(worst, 2);
            break;
        case CheckSeverity::Ineligible:
            worst = qMax(worst, line.isOverridden() ? 1 : 3);
            break;
        }
    }
    return worst;
}

QString ScheduleLineModel::checksText(const ScheduleLine &line)
{
    const Currency currency(line.currency);
    QStringList reasons;
    for (const CheckResult &c : line.checks) {
        if (c.severity != CheckSeverity::Info)
            reasons << checkText(c, currency);
    }
    if (reasons.isEmpty()) {
        for (const CheckResult &c : line.checks)
            reasons << checkText(c, currency);
    }
    return reasons.isEmpty() ? tr("Eligible") : reasons.join(QStringLiteral("; "));
}

int ScheduleLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ScheduleLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ScheduleLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= int(Column::Count))
        return {};
    const ScheduleLine &l = m_lines.at(index.row());
    const auto c = Column(index.column());
    const int decimals = Currency(m_currency).decimals();
    const auto money = [&](Money v) { return Money::localized(v.minor(), m_locale, decimals); };
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Line:
            return m_locale.toString(l.lineNo);
        case Column::InvoiceNo:
            return l.invoiceNo;
        case Column::Debtor:
            return l.debtorName.isEmpty()
                       ? l.debtorCode
                       : QStringLiteral("%1 (%2)").arg(l.debtorName, l.debtorCode);
        case Column::InvoiceDate:
            return LocaleFormat::date(l.invoiceDate, m_locale);
        case Column::DueDate:
            return LocaleFormat::date(l.dueDate, m_locale);
        case Column::Face:
            return money(l.amount);
        case Column::Eligible:
            return money(l.eligible);
        case Column::Advance:
            return money(l.advance);
        case Column::Commission:
            return money(l.commission);
        case Column::Reserve:
            return money(l.reserve);
        case Column::Checks:
            return checksText(l);
        case Column::Override: {
            const QString pending = m_overrides.value(l.invoiceNo);
            if (!pending.isEmpty())
                return tr("To override: %1").arg(pending);
            if (l.isOverridden())
                return tr("%1 (%2)").arg(l.overrideReason, l.overrideBy);
            return QString();
        }
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            ((c >= Column::Face && c <= Column::Reserve) || c == Column::Line ? Qt::AlignRight
                                                                              : Qt::AlignLeft) |
            Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (c == Column::Checks) {
            QStringList all;
            for (const CheckResult &r : l.checks)
                all << checkText(r, Currency(l.currency));
            return all.join(QLatin1Char('\n'));
        }
        return {};
    case SeverityRole:
        return severity(l);
    case RawRole:
        switch (c) {
        case Column::Line:
            return l.lineNo;
        case Column::Face:
            return QVariant::fromValue(l.amount.minor());
        case Column::Eligible:
            return QVariant::fromValue(l.eligible.minor());
        case Column::Advance:
            return QVariant::fromValue(l.advance.minor());
        case Column::Commission:
            return QVariant::fromValue(l.commission.minor());
        case Column::Reserve:
            return QVariant::fromValue(l.reserve.minor());
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ScheduleLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::InvoiceNo:
        return tr("Invoice");
    case Column::Debtor:
        return tr("Debtor");
    case Column::InvoiceDate:
        return tr("Invoice date");
    case Column::DueDate:
        return tr("Due date");
    case Column::Face:
        return tr("Face value");
    case Column::Eligible:
        return tr("Eligible");
    case Column::Advance:
        return tr("Advance");
    case Column::Commission:
        return tr("Commission");
    case Column::Reserve:
        return tr("Reserve");
    case Column::Checks:
        return tr("Checks");
    case Column::Override:
        return tr("Override");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace FactorDesk
