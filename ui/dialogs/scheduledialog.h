#pragma once

#include "datatable.h"

#include "appcontext.h"
#include "invoiceverificationservice.h"
#include "purchaserules.h"
#include "schedule.h"

#include <QDialog>

class QAbstractItemModel;
class QAbstractProxyModel;
class QLabel;
class QPushButton;
class QTableView;

namespace FactorDesk {

class ErrorLabel;
class ScheduleLineModel;

// Tints schedule lines by their worst check (ineligible red, warning amber), for any view over
// a ScheduleLineModel.
QAbstractProxyModel *severityTinted(QAbstractItemModel *lines, QObject *parent);

// One schedule opened from the Schedules view: the header, every line with the result of each
// check and its split, the totals. Managers approve (with written overrides), reject with a
// reason and fund; anyone prints or saves the purchase advice and the notices of a funded
// schedule; clerks, analysts and managers record the verification of a line with the debtor.
// When funding is refused because lines no longer fit or are not verified, a manager is
// asked for the reason to fund them anyway. All acts go through the schedule services.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(const AppContext &context, qint64 scheduleId, QWidget *parent = nullptr);

    const Schedule &schedule() const { return m_schedule; }
    ScheduleLineModel *lineModel() const { return m_lines; }
    QTableView *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *fundButton() const { return m_fund; }
    QPushButton *unfundButton() const { return m_unfund; }
    QPushButton *overrideButton() const { return m_override; }
    // The shown total by key: count, face, eligible, ineligible, advance, commission, reserve,
    // charges, net, paymentDate.
    QString totalText(const QString &key) const;
    // What the override prompt says about a line: line, invoice, debtor, amount and each check.
    QString overridePrompt(const ScheduleLine &line) const;
    // Sets a pending override of `row` and shows the lines and totals as approving will.
    void previewOverrides();
    QPushButton *verifyButton() const { return m_verify; }

public slots:
    void reload();
    bool approve();
    bool reject(const QString &reason);
    // Opens the FundDialog (amount, date, availability); reloads once funded.
    void fund();
    bool recheck();
    // Records the verification of the line in `row` with the debtor.
    bool verify(int row, VerificationMethod method, const QString &contact,
                const QString &note = {});

private:
    void askOverride();
    void askReject();
    void askUnfund();
    void askVerify();
    void updateButtons();
    void showTotals(const ScheduleTotals &totals);
    void fitLineColumns();
    void saveAdvice();
    void saveNotices();
    void printDocument(bool notices);

    AppContext m_context;
    qint64 m_id;
    Schedule m_schedule;
    QLabel *m_header;
    QWidget *m_totals;
    ErrorLabel *m_previewNote;
    DataTable *m_table;
    ScheduleLineModel *m_lines;
    QPushButton *m_override;
    QPushButton *m_recheck;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_fund;
    QPushButton *m_unfund;
    QPushButton *m_verify;
    QPushButton *m_printAdvice;
    QPushButton *m_saveAdvice;
    QPushButton *m_printNotices;
    QPushButton *m_saveNotices;
};

} // namespace FactorDesk
