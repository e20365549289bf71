#pragma once

#include "feesquery.h"

#include <QAbstractTableModel>

namespace FactorDesk {

// The working of one invoice's discount fees (FeesQuery::invoiceFees, the figures `fees show`
// prints), one row per collected or charged-back amount: what it was, the purchase and
// collection dates, the clearance days and days outstanding, the amount, the tier applied, the
// rate and the fee, and the entry that charged it. Read-only; it computes nothing.
class InvoiceFeesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Kind,
        Purchased,
        Collected,
        ClearanceDays,
        Days,
        Amount,
        Tier,
        Rate,
        Fee,
        Charged,
        Count
    };

    explicit InvoiceFeesModel(QObject *parent = nullptr);

    void setFees(const InvoiceFees &fees);
    const InvoiceFees &fees() const { return m_fees; }
    // "Receipt", "Cash applied", "Charge-back" for a collection's journal kind.
    static QString kindText(const QString &kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    InvoiceFees m_fees;
};

} // namespace FactorDesk
