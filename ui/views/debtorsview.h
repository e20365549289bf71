#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace FactorDesk {

class DebtorTableModel;

// The Debtors view: the lazily fetched debtor list with limit, exposure and utilisation
// (over 100 % in bold red), search as you type and sorting done by SQL, a status filter, and
// the debtor dialog on double-click. Smooth with 100,000 debtors.
class DebtorsView : public QWidget
{
    Q_OBJECT
public:
    explicit DebtorsView(const AppContext &context, QWidget *parent = nullptr);

    DebtorTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *insolventButton() const { return m_insolvent; }
    // Selects the loaded row of the debtor with that code; false when it is not loaded.
    bool selectDebtor(const QString &code);

public slots:
    void refresh();
    void addDebtor();
    void openDebtor();
    // Mark insolvent… for the selected debtor (managers; InsolvencyDialog).
    void markInsolvent();
    // Applies the search text at once (typing applies it after a short pause).
    void applySearch();

private:
    qint64 selectedId() const;
    void updateInsolventButton();
    void updateCount();

    AppContext m_context;
    DebtorTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    DataTable *m_table;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_insolvent;
    QTimer *m_searchTimer;
};

} // namespace FactorDesk
