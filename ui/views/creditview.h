#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace FactorDesk {

class CreditQueueModel;

// The credit analyst's workspace: the queue of pending and held limit requests, limits due
// for review within 30 days (or past), requests declined in the last 30 days, and debtors whose
// days to pay or dilution is rising. Decide opens one dialog (CreditDecisionDialog); a
// review-due limit can be put up for renewal; the debtor opens in its dialog. Shown to analysts and managers; only analysts decide.
class CreditView : public QWidget
{
    Q_OBJECT
public:
    explicit CreditView(const AppContext &context, QWidget *parent = nullptr);

    CreditQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *openButton() const { return m_open; }
    // Selects the queue line of that request; false when it is not in the queue.
    bool selectRequest(qint64 requestId);

public slots:
    void refresh();
    void decide();
    void renew();
    void openDebtor();

private:
    int currentRow() const;
    void updateButtons();

    AppContext m_context;
    CreditQueueModel *m_model;
    DataTable *m_table;
    QLabel *m_summary;
    QPushButton *m_decide;
    QPushButton *m_renew;
    QPushButton *m_open;
};

} // namespace FactorDesk
