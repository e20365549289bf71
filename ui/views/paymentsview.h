#pragma once

#include "appcontext.h"
#include "paymentservice.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;

namespace FactorDesk {

class DataTable;
class ErrorLabel;
class PaymentsModel;

// Payments to clients (docs/domain.md §12), for managers: the payments due with client, IBAN
// and amount (an account a run would refuse is marked); "Run payments…" asks for the
// execution date, the pain.001 version and the file, sends every due payment in one file and
// says what it did (or, when refused, why, naming the clients); the payments sent and
// executed; and the history of payment runs.
class PaymentsView : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentsView(const AppContext &context, QWidget *parent = nullptr);

    PaymentsModel *dueModel() const { return m_due; }
    PaymentsModel *sentModel() const { return m_sent; }
    QStandardItemModel *runsModel() const { return m_runs; }
    DataTable *dueTable() const { return m_dueTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *runAction() const { return m_run; }
    ErrorLabel *messageLabel() const { return m_message; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    void refresh();
    // Asks for date, version and file (PaymentRunDialog), then runs.
    void runPaymentsDialog();
    // Runs the payments into `path`; shows the result or the refusal. False when refused.
    bool runPayments(const QString &path, QDate date, const QString &version);

private:
    AppContext m_context;
    QTabWidget *m_tabs;
    PaymentsModel *m_due;
    PaymentsModel *m_sent;
    QStandardItemModel *m_runs;
    DataTable *m_dueTable;
    DataTable *m_sentTable;
    DataTable *m_runsTable;
    QSortFilterProxyModel *m_dueSorted;
    QSortFilterProxyModel *m_sentSorted;
    ErrorLabel *m_message;
    QLabel *m_result;
    QLabel *m_dueTotal;
    QAction *m_run;
};

} // namespace FactorDesk
