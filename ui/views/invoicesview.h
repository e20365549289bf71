#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace FactorDesk {

class InvoiceTableModel;

// Every purchased invoice with client, debtor, numbers, dates, face value, open balance,
// status, days past due and aging bucket, filtered by client, debtor, status, bucket and
// invoice number. Built for a million invoices: the model fetches page by page as the user
// scrolls and SQL sorts (click a header) and filters; the count of matching invoices is taken
// after the rows are shown and stops at 100,000.
class InvoicesView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoicesView(const AppContext &context, QWidget *parent = nullptr);

    InvoiceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *debtorEdit() const { return m_debtor; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *bucketCombo() const { return m_bucket; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QString statusText() const;

public slots:
    void refresh();
    void clearFilters();
    // Applies the filter fields now (typing waits a moment first).
    void applyFilters();

private:
    void loadClients();
    void updateCount();
    void showCount();

    AppContext m_context;
    QComboBox *m_client;
    QLineEdit *m_debtor;
    QComboBox *m_status;
    QComboBox *m_bucket;
    QLineEdit *m_number;
    QDateEdit *m_asOf;
    DataTable *m_table;
    QLabel *m_statusLine;
    InvoiceTableModel *m_model;
    QTimer *m_typing;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_columnsSized = false;
};

} // namespace FactorDesk
