#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

namespace FactorDesk {

// The invoices typed into the purchase wizard's grid, one row of strings per invoice, as typed
// (the page turns them into ScheduleInputLines). Editable unless read-only (a file's lines);
// the vertical header is the file's line number, or the row number of a typed line.
class InvoiceEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Invoice, Debtor, InvoiceDate, DueDate, Amount, Approval, Po, Count };

    struct Row
    {
        QStringList cells = QStringList(Count); // one string per Column
        int sourceLine = 0;                     // the file's line, 0 when typed
    };

    explicit InvoiceEntryModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    QString cell(int row, int column) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The rows drawn with the given background (e.g. the ones with problems); the model keeps
    // the value as it is, so it needs no GUI types.
    void setTintedRows(const QSet<int> &rows, const QVariant &background);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    QList<Row> m_rows;
    QSet<int> m_tinted;
    QVariant m_tint;
    bool m_readOnly = false;
};

} // namespace FactorDesk
