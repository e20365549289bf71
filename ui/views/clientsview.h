#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace FactorDesk {

class ClientTableModel;

// The Clients view: every client with its terms in force today and its funds employed; a
// search box that filters code and name as you type, sortable columns, and the client dialog
// on double-click (or Open). Clerks and managers add clients here.
class ClientsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsView(const AppContext &context, QWidget *parent = nullptr);

    ClientTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    // Interest…: the selected client's interest for a month, day by day (FeeWorkingDialog).
    QPushButton *interestButton() const { return m_interest; }
    QPushButton *buybackButton() const { return m_buyback; }
    QAction *statementAction() const { return m_statement; }
    QPushButton *reserveButton() const { return m_reserve; }
    // "Reserve…" in the table's context menu.
    QAction *reserveAction() const { return m_reserveAction; }
    // Selects the row of the client with that code; false when it is not shown.
    bool selectClient(const QString &code);

public slots:
    void refresh();
    void addClient();
    void openClient();
    // Opens the interest working of the selected client for the business date's month.
    void showInterest();
    // Buy-back payment… for the selected client (BuybackPaymentDialog).
    void recordBuyback();
    void showStatement();
    // The selected client's reserve figures, release and settlement statement.
    void openReserve();

private:
    qint64 selectedId() const;
    void updateCount();

    AppContext m_context;
    ClientTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    DataTable *m_table;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_interest;
    QPushButton *m_buyback;
    QPushButton *m_statementButton;
    QAction *m_statement;
    QPushButton *m_reserve;
    QAction *m_reserveAction;
};

} // namespace FactorDesk
