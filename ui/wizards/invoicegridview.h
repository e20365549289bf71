#pragma once

#include <QTableView>

namespace FactorDesk {

// The purchase wizard's invoice grid: a table view in which Tab on the last cell of the last
// row appends an empty row (when the model takes one) and moves to its first cell, so that a
// clerk keys a schedule without the mouse. What was typed in the cell is committed first.
class InvoiceGridView : public QTableView
{
    Q_OBJECT
public:
    explicit InvoiceGridView(QWidget *parent = nullptr);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace FactorDesk
