#pragma once

#include "receiptservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FactorDesk {

// The Cash posting list: one row per receipt with its value date, debtor, remitter,
// references, amount, what is applied and what is left, its status and where it came from.
// A small model over a vector of Receipt values, filled by the view from ReceiptService::list.
// RawRole gives every column a value to sort by (dates as QDate, amounts as minor units), so
// a QSortFilterProxyModel sorts numbers as numbers.
class ReceiptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Date,
        Debtor,
        Remitter,
        References,
        Amount,
        Applied,
        Left,
        Status,
        Source,
        Count
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RawRole = Qt::UserRole + 2;

    explicit ReceiptsModel(QObject *parent = nullptr);

    void setReceipts(const QList<Receipt> &receipts);
    const Receipt &receipt(int row) const { return m_receipts.at(row); }
    // The row of the receipt with that id, -1 when not listed.
    int rowOf(qint64 receiptId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Typed in", "CSV", "camt.053 (import 4)": where a receipt came from, as a clerk reads it.
    static QString sourceTitle(const Receipt &r);

private:
    QList<Receipt> m_receipts;
    QLocale m_locale;
};

} // namespace FactorDesk
