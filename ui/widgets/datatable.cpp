#include "datatable.h"

#include <QHeaderView>

namespace FactorDesk {

namespace {
// Space added to each column's contents: contents-sized columns otherwise touch.
constexpr int kColumnAir = 12;
} // namespace

DataTable::DataTable(QWidget *parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
}

void DataTable::setStretchColumn(int column)
{
    if (m_stretchColumn >= 0 && m_stretchColumn < horizontalHeader()->count())
        horizontalHeader()->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
    m_stretchColumn = column;
    if (column >= 0 && column < horizontalHeader()->count())
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void DataTable::fitColumns()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        setColumnWidth(column, columnWidth(column) + kColumnAir);
    }
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

} // namespace FactorDesk
