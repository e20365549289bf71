#pragma once

#include "appcontext.h"
#include "feesquery.h"

#include <QDialog>
#include <memory>

class QDateEdit;
class QLabel;
class QPushButton;
class QTextDocument;

namespace FactorDesk {

class DataTable;
class InterestWorkingModel;
class InvoiceFeesModel;

// The working of fees and interest on screen (docs/domain.md §10), for a client's query: an
// invoice's discount fees (each collection: its dates, clearance days, days, tier, rate and
// fee, and the total), or a client's interest for a month chosen in the dialog, day by day,
// with the total rounded once. The figures are FeesQuery's (the same `fees show` and
// `interest show` print); Print… shows the FeeWorking document in a print preview and
// Save PDF… writes it.
class FeeWorkingDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws Error(NotFound) for an unknown client or invoice.
    static FeeWorkingDialog *forInvoice(const AppContext &context, const QString &clientCode,
                                        const QString &invoiceNo, QWidget *parent = nullptr);
    // The month of `month` (any day of it). Throws Error(NotFound) for an unknown client.
    static FeeWorkingDialog *forInterest(const AppContext &context, const QString &clientCode,
                                         QDate month, QWidget *parent = nullptr);

    DataTable *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QDateEdit *monthEdit() const { return m_month; } // nullptr for an invoice
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    InvoiceFeesModel *feesModel() const { return m_fees; }
    InterestWorkingModel *interestModel() const { return m_interest; }

    // What Print… and Save PDF… render.
    std::unique_ptr<QTextDocument> document() const;
    // Writes the document to an A4 PDF. Throws Error.
    void writePdf(const QString &path) const;

public slots:
    void printPreview();
    void askSavePdf();

private:
    FeeWorkingDialog(const AppContext &context, const QString &clientCode, QWidget *parent);
    void build(QWidget *top);
    void loadInterest();
    QString pdfTitle() const;
    QString pdfFileName() const;

    AppContext m_context;
    QString m_clientCode;
    DataTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    InvoiceFeesModel *m_fees = nullptr;
    InterestWorkingModel *m_interest = nullptr;
};

} // namespace FactorDesk
