#pragma once

#include "datatable.h"

#include "appcontext.h"
#include "schedule.h"

#include <QDialog>

class QAbstractItemModel;
class QAbstractProxyModel;
class QLabel;
class QPushButton;
class QTableView;

namespace FactorDesk {

class ScheduleLineModel;

// Tints schedule lines by their worst check (ineligible red, warning amber), for any view over
// a ScheduleLineModel.
QAbstractProxyModel *severityTinted(QAbstractItemModel *lines, QObject *parent);

// One schedule opened from the Schedules view: the header, every line with the result of each
// check and its split, the totals. Managers approve (with written overrides), reject with a
// reason and fund; anyone prints or saves the purchase advice and the notices of a funded
// schedule. All acts go through the schedule services.
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

public slots:
    void reload();
    bool approve();
    bool reject(const QString &reason);
    bool fund();
    bool recheck();

private:
    void askOverride();
    void askReject();
    void askUnfund();
    void updateButtons();
    void saveAdvice();
    void saveNotices();
    void printDocument(bool notices);

    AppContext m_context;
    qint64 m_id;
    Schedule m_schedule;
    QLabel *m_header;
    QLabel *m_totals;
    DataTable *m_table;
    ScheduleLineModel *m_lines;
    QPushButton *m_override;
    QPushButton *m_recheck;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_fund;
    QPushButton *m_unfund;
    QPushButton *m_printAdvice;
    QPushButton *m_saveAdvice;
    QPushButton *m_printNotices;
    QPushButton *m_saveNotices;
};

} // namespace FactorDesk
