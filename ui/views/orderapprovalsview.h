#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace FactorDesk {

class OrderApprovalModel;

// Order approvals (pre-shipment credit approval): the list filtered by client and status, a
// request dialog, the analyst's decision dialog, the export of a client's decisions to a CSV
// file and the import of a client's request file with a preview of its problems.
class OrderApprovalsView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderApprovalsView(const AppContext &context, QWidget *parent = nullptr);

    OrderApprovalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *clientFilter() const { return m_client; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    bool selectApproval(qint64 id);

public slots:
    void refresh();
    void requestApproval();
    void decide();
    // A double-click: decides an open request (analysts), shows any other in full.
    void openApproval();
    // Ask for a file name, then exportTo / importFrom.
    void exportDecisions();
    void importRequests();
    // Writes the decisions of the filtered client to `fileName`; false (with a message) when
    // no client is chosen or the file cannot be written.
    bool exportTo(const QString &fileName);
    // Opens the import preview for `fileName` (non-blocking).
    void importFrom(const QString &fileName);

private:
    void applyFilter();
    void updateButtons();

    AppContext m_context;
    OrderApprovalModel *m_model;
    QComboBox *m_client;
    QComboBox *m_status;
    DataTable *m_table;
    QPushButton *m_request;
    QPushButton *m_decide;
    QPushButton *m_export;
    QPushButton *m_import;
};

} // namespace FactorDesk
