#pragma once

#include <QStyledItemDelegate>

namespace FactorDesk {

// Paints the cells of rows whose `role` is true in bold red: used by the debtor list and the
// credit queue to make utilisation over 100 % stand out (item models in models/ carry only
// the flag, since they do not link Qt GUI).
class OverLimitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    OverLimitDelegate(int role, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_role(role)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace FactorDesk
