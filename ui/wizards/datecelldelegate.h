#pragma once

#include <QStyledItemDelegate>

namespace FactorDesk {

// The editor of the invoice grid's date cells: a line edit that takes what a clerk types from
// paper ("2026-02-20", "+30" in the due column, as the CSV does), with a calendar popup for
// the mouse (the calendar button) and for the keyboard (Alt+Down or F4). A date picked is
// written as ISO text, as typed dates are.
class DateCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // Opens the calendar of `editor` (a line edit this delegate made) at its date or today.
    static void showCalendar(QWidget *editor);
};

} // namespace FactorDesk
