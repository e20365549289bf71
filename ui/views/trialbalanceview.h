#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QAction;
class QDateEdit;
class QLabel;
class QTableView;

namespace FactorDesk {

class TrialBalanceModel;

// The trial balance as of a chosen date: every account of the chart with its debit or credit
// balance, and the totals, which must agree.
class TrialBalanceView : public QWidget
{
    Q_OBJECT
public:
    explicit TrialBalanceView(const AppContext &context, QWidget *parent = nullptr);

    TrialBalanceModel *model() const { return m_model; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QString totalsText() const;
    // Export… (also File → Export… while the view is shown): the balances as of the date shown.
    QAction *exportAction() const { return m_exportAction; }
    // Writes the trial balance shown to `path` (.csv or .xlsx, LedgerExport) and returns the
    // number of accounts. Throws Error.
    int exportTo(const QString &path) const;

public slots:
    void refresh();
    // Asks for a file and exports the trial balance as shown (File → Export…).
    void exportFile();

private:
    AppContext m_context;
    QDateEdit *m_asOf;
    DataTable *m_table;
    QLabel *m_totals;
    TrialBalanceModel *m_model;
    QAction *m_exportAction;
};

} // namespace FactorDesk
