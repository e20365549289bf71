#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace FactorDesk {

class OptionalDateEdit;
class ScheduleTableModel;

// Every schedule with client, number, date, status, invoice count and totals, filtered by
// client, status and date. Opening one shows its lines (ScheduleDialog); "New purchase…"
// starts the purchase wizard.
class SchedulesView : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulesView(const AppContext &context, QWidget *parent = nullptr);

    ScheduleTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *clientCombo() const { return m_client; }
    QComboBox *statusCombo() const { return m_status; }
    OptionalDateEdit *fromEdit() const { return m_from; }
    OptionalDateEdit *toEdit() const { return m_to; }

public slots:
    void refresh();
    void newPurchase();
    // Opens the schedule in the selected row (or the given id).
    void openSelected();
    void openSchedule(qint64 scheduleId);

private:
    void loadClients();
    void reload();

    AppContext m_context;
    QComboBox *m_client;
    QComboBox *m_status;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    DataTable *m_table;
    QLabel *m_count;
    ScheduleTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
};

} // namespace FactorDesk
