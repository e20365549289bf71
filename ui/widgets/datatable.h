#pragma once

#include <QHash>
#include <QTableView>

class QAction;

namespace FactorDesk {

// The table every view and dialog shows: whole rows selected, read-only, one line per row and
// the same row height everywhere, columns sized to their contents with a little air between
// them, and at most one text column (a name, a memo) taking the spare width, so that numbers
// stay next to their headers instead of drifting to the right edge.
//
// Every table also offers, from its context menu and shortcuts: copy the selected rows
// (Ctrl+C, tab-separated, as shown), export what is shown — filtered and sorted — to CSV or
// XLSX with plain or the locale's numbers, and print with a preview. A table with a layout key
// remembers its column widths and order between sessions. Columns are fitted again each time
// the model is reset (unless the user's saved layout was restored). A table that shows amounts
// can have a totals row under it: the sum of each amount column over the rows shown.
class DataTable : public QTableView
{
    Q_OBJECT
public:
    explicit DataTable(QWidget *parent = nullptr);
    ~DataTable() override;

    // The column that takes the spare width; -1 (the default): none, the last section simply
    // ends where its contents end.
    void setStretchColumn(int column);
    int stretchColumn() const { return m_stretchColumn; }
    // Sizes every column to its contents plus air; the stretch column gets what is left. A
    // layout the user made (and that was saved) wins over the fitted one.
    // Call after the model has loaded (large models: after the first page).
    void fitColumns();

    // The title printed above the table and the export's sheet and file name ("Journal").
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    // What the table shows, printed under the title ("From 1 Jan 2026, client ALPHA").
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    // The settings key of the saved column layout ("journal"); empty: not saved.
    void setLayoutKey(const QString &key);

    // The selected rows as tab-separated text with a header line (what Copy puts on the
    // clipboard).
    QString selectedRowsText() const;
    // Writes what is shown to `path` (.csv or .xlsx). Throws Error.
    void exportTo(const QString &path, bool localeNumbers) const;

    // A row under the table with the sum of every amount column (a right-aligned column whose
    // ExportRole is a plain decimal) over the rows shown, in the locale's number format.
    void setTotalsRow(bool on);
    bool hasTotalsRow() const { return m_totals != nullptr; }
    // The total shown under `column`; empty when the column has none.
    QString totalText(int column) const;

    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }

    void setModel(QAbstractItemModel *model) override;

public slots:
    void copySelection();
    void exportWithDialog();
    void printWithPreview();

protected:
    void updateGeometries() override;

private:
    void restoreLayout();
    void updateTotals();
    friend class TotalsBar;
    void saveLayout() const;

    int m_stretchColumn = -1;
    QString m_title;
    QString m_subtitle;
    QString m_layoutKey;
    bool m_layoutRestored = false;
    QWidget *m_totals = nullptr;
    bool m_inGeometries = false;
    QHash<int, QString> m_totalTexts;
    QAction *m_copy;
    QAction *m_export;
    QAction *m_print;
};

} // namespace FactorDesk
