#pragma once

#include "receiptservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FactorDesk {

// The parts of one receipt: each invoice it is applied to or suggested for, with the client,
// the amount, whether it is applied or waiting for a clerk, and the matching rule that put it
// there. Filled from Receipt::applications.
class ReceiptApplicationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Invoice, Client, Amount, State, Rule, Count };
    static constexpr int RawRole = Qt::UserRole + 2;

    explicit ReceiptApplicationsModel(QObject *parent = nullptr);

    void setApplications(const QList<ReceiptApplication> &applications);
    const ReceiptApplication &application(int row) const { return m_applications.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Invoice named in the reference", "Oldest open invoice", …: a matching rule
    // (CashAllocation::rule) as a clerk reads it; the stored name for one not known here.
    static QString ruleTitle(const QString &rule);

private:
    QList<ReceiptApplication> m_applications;
    QLocale m_locale;
};

} // namespace FactorDesk
