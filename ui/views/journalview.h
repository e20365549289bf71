#pragma once

#include "datatable.h"

#include "appcontext.h"
#include "ledger.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace FactorDesk {

class JournalTableModel;
class OptionalDateEdit;

// The factor's journal, one row per line: filters by date range, account and client code,
// loads lines lazily as the user scrolls, and shows the debit and credit totals of the filter.
class JournalView : public QWidget
{
    Q_OBJECT
public:
    explicit JournalView(const AppContext &context, QWidget *parent = nullptr);

    JournalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OptionalDateEdit *fromEdit() const { return m_from; }
    OptionalDateEdit *toEdit() const { return m_to; }
    QComboBox *accountCombo() const { return m_account; }
    QLineEdit *clientEdit() const { return m_client; }
    QPushButton *reverseButton() const { return m_reverse; }
    // Export… (also File → Export… while the view is shown): the lines of the filter shown.
    QAction *exportAction() const { return m_exportAction; }
    // The filter the view shows (dates, account, client).
    JournalFilter filter() const;
    // Writes the lines of the filter shown to `path` (.csv or .xlsx, LedgerExport) and returns
    // their number. Throws Error.
    int exportTo(const QString &path) const;
    QString totalsText() const;

public slots:
    void refresh();
    void clearFilters();
    // Reverse entry… (managers): asks the reason and date and posts the reversal of the entry
    // of the current line through JournalService::reverse().
    void askReverse();
    // Asks for a file and exports the journal as shown (File → Export…).
    void exportFile();

private:
    void loadAccounts();

    AppContext m_context;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QComboBox *m_account;
    QLineEdit *m_client;
    DataTable *m_table;
    QLabel *m_totals;
    QPushButton *m_reverse;
    QPushButton *m_export;
    QAction *m_exportAction;
    JournalTableModel *m_model;
    bool m_refreshing = false;
    bool m_columnsSized = false;
};

} // namespace FactorDesk
