#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

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

public slots:
    void refresh();

private:
    AppContext m_context;
    QDateEdit *m_asOf;
    DataTable *m_table;
    QLabel *m_totals;
    TrialBalanceModel *m_model;
};

} // namespace FactorDesk
