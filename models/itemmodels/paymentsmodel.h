#pragma once

#include "paymentservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FactorDesk {

// Payments to clients in a table: one row per payment with its client, account (IBAN as
// printed), amount, due date, status, payment run and end-to-end id. A small model over a
// vector of ClientPayment values, filled by the view from PaymentService::list. RawRole gives
// every column a value to sort by (dates as QDate, amounts as minor units).
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Client,
        Name,
        Kind,
        Schedule,
        DueDate,
        Account,
        Amount,
        Currency,
        Status,
        Run,
        EndToEndId,
        ExecutedOn,
        Count
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RawRole = Qt::UserRole + 2;

    explicit PaymentsModel(QObject *parent = nullptr);

    void setPayments(const QList<ClientPayment> &payments);
    const ClientPayment &payment(int row) const { return m_payments.at(row); }
    const QList<ClientPayment> &payments() const { return m_payments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Advance", "Reserve release": what a payment is, as a manager reads it.
    static QString kindTitle(const QString &kind);

private:
    QList<ClientPayment> m_payments;
    QLocale m_locale;
};

} // namespace FactorDesk
