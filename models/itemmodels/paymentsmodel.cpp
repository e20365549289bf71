#include "paymentsmodel.h"

#include "iban.h"
#include "itemroles.h"
#include "localeformat.h"

namespace FactorDesk {

PaymentsModel::PaymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PaymentsModel::setPayments(const QList<ClientPayment> &payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString PaymentsModel::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("funding"))
        return tr("Advance");
    if (kind == QLatin1String("reserve_release"))
        return tr("Reserve release");
    return kind;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_payments.size() ||
        index.column() >= int(Column::Count))
        return {};
    const ClientPayment &p = m_payments.at(index.row());
    const auto c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Column::Client:
            return p.clientCode;
        case Column::Name:
            return p.clientName;
        case Column::Kind:
            return kindTitle(p.kind);
        case Column::Schedule:
            return p.scheduleNumber;
        case Column::DueDate:
            return LocaleFormat::date(p.dueDate, m_locale);
        case Column::Account:
            return Iban::looksLikeIban(p.account) ? Iban::format(p.account) : p.account;
        case Column::Amount:
            return p.amount.toLocaleString(m_locale);
        case Column::Currency:
            return p.amount.currency().code();
        case Column::Status:
            return paymentStatusTitle(p.status);
        case Column::Run:
            return p.messageId;
        case Column::EndToEndId:
            return p.endToEndId;
        case Column::ExecutedOn:
            return p.executedOn.isValid() ? LocaleFormat::date(p.executedOn, m_locale) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (c == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (c == Column::Account && p.status == PaymentStatus::Due &&
            Iban::check(p.account) != Iban::Status::Valid)
            return tr("Not a valid IBAN: a payment run refuses to pay into it");
        return {};
    case ItemRoles::ExportRole:
        switch (c) {
        case Column::Amount:
            return p.amount.toPlainString();
        case Column::DueDate:
            return p.dueDate;
        case Column::ExecutedOn:
            return p.executedOn;
        case Column::Status:
            return paymentStatusName(p.status);
        case Column::Account:
            return p.account;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return QVariant::fromValue(p.id);
    case RawRole:
        switch (c) {
        case Column::DueDate:
            return p.dueDate;
        case Column::ExecutedOn:
            return p.executedOn;
        case Column::Amount:
            return QVariant::fromValue(p.amount.minor());
        case Column::Status:
            return int(p.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((Column(section) == Column::Amount ? Qt::AlignRight : Qt::AlignLeft) |
                          Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {
        QT_TR_NOOP("Client"),      QT_TR_NOOP("Name"),          QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Schedule"),    QT_TR_NOOP("Due"),           QT_TR_NOOP("Account"),
        QT_TR_NOOP("Amount"),      QT_TR_NOOP("Currency"),      QT_TR_NOOP("Status"),
        QT_TR_NOOP("Payment run"), QT_TR_NOOP("End-to-end id"), QT_TR_NOOP("Executed on")};
    static_assert(std::size(titles) == std::size_t(Column::Count));
    return tr(titles[section]);
}

} // namespace FactorDesk
