#include "invoicegridview.h"

namespace FactorDesk {

InvoiceGridView::InvoiceGridView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(true);
}

QModelIndex InvoiceGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    QAbstractItemModel *m = model();
    const QModelIndex current = currentIndex();
    if (m && cursorAction == MoveNext && !(modifiers & Qt::ShiftModifier) && current.isValid()) {
        const int rows = m->rowCount(rootIndex());
        const int columns = m->columnCount(rootIndex());
        if (current.row() == rows - 1 && current.column() == columns - 1 &&
            (current.flags() & Qt::ItemIsEditable) && m->insertRows(rows, 1, rootIndex()))
            return m->index(rows, 0, rootIndex());
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace FactorDesk
