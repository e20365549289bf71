#pragma once

#include "appcontext.h"
#include "invoicepagequery.h"
#include "ledger.h"
#include "orderapprovalservice.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace FactorDesk {

class DataTable;
class JournalTableModel;

// What a double-click on a row opens, read-only: the dialogs that show one record of the books
// with what belongs to it. Each reads through the services and the item models only.

// Journal lines chosen by a filter: one entry with its lines (a journal line opened), or one
// account's lines up to a date (a trial balance account opened). With a totals row.
class JournalLinesDialog : public QDialog
{
    Q_OBJECT
public:
    JournalLinesDialog(const AppContext &context, const QString &title, const QString &intro,
                       const JournalFilter &filter, QWidget *parent = nullptr);
    DataTable *table() const { return m_table; }
    JournalTableModel *model() const { return m_model; }

    static JournalLinesDialog *forEntry(const AppContext &context, qint64 entryId, QWidget *parent);
    static JournalLinesDialog *forAccount(const AppContext &context, const QString &account,
                                          const QString &name, QDate asOf, QWidget *parent);

private:
    JournalTableModel *m_model;
    DataTable *m_table;
};

// One invoice with its history: what it is, its schedule (opened with "Open schedule…"), the
// lines of the purchase entry that bought it and the audit records of its schedule.
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDialog(const AppContext &context, const InvoicePageRow &invoice,
                  QWidget *parent = nullptr);
    DataTable *journalTable() const { return m_journal; }
    DataTable *auditTable() const { return m_audit; }
    QPushButton *scheduleButton() const { return m_openSchedule; }
    // Fees…: the working of the invoice's discount fees (FeeWorkingDialog).
    QPushButton *feesButton() const { return m_fees; }
    // Credit note…, Dispute…, Charge back… (InvoiceActionDialog), in that order.
    QList<QPushButton *> actButtons() const { return m_acts; }

signals:
    // A credit note, dispute or chargeback was recorded on the invoice.
    void changed();

private:
    AppContext m_context;
    InvoicePageRow m_invoice;
    QString m_clientCode;
    QList<QPushButton *> m_acts;
    DataTable *m_journal;
    DataTable *m_audit;
    QStandardItemModel *m_auditModel;
    QPushButton *m_openSchedule;
    QPushButton *m_fees;
};

// One order approval in full: request, decision, code (copyable), validity and ship window.
class OrderApprovalDetailDialog : public QDialog
{
    Q_OBJECT
public:
    OrderApprovalDetailDialog(const OrderApproval &approval, QWidget *parent = nullptr);
    QPushButton *copyButton() const { return m_copy; }

private:
    QPushButton *m_copy;
};

} // namespace FactorDesk
