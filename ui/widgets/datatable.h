#pragma once

#include <QTableView>

namespace FactorDesk {

// The table every view and dialog shows: whole rows selected, read-only, one line per row and
// the same row height everywhere, columns sized to their contents with a little air between
// them, and at most one text column (a name, a memo) taking the spare width, so that numbers
// stay next to their headers instead of drifting to the right edge.
class DataTable : public QTableView
{
    Q_OBJECT
public:
    explicit DataTable(QWidget *parent = nullptr);

    // The column that takes the spare width; -1 (the default): none, the last section simply
    // ends where its contents end.
    void setStretchColumn(int column);
    int stretchColumn() const { return m_stretchColumn; }
    // Sizes every column to its contents plus air; the stretch column gets what is left.
    // Call after the model has loaded (large models: after the first page).
    void fitColumns();

private:
    int m_stretchColumn = -1;
};

} // namespace FactorDesk
