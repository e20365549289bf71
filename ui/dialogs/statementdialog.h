#pragma once

#include "appcontext.h"
#include "clientstatement.h"

#include <QDialog>
#include <memory>

class QDateEdit;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace FactorDesk {

// A client's statement for a period, as of a date (docs/domain.md §8, §13): the period
// defaults to the month before the business date; the print preview shows exactly the pages
// that Print and Save PDF produce (ClientStatementReport paints them).
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(const AppContext &context, qint64 clientId, QWidget *parent = nullptr);

    const ClientStatement &statement() const { return m_statement; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    int pageCount() const { return m_pages; }

    // Writes the PDF to `path`; false (and a message) when it cannot.
    bool savePdf(const QString &path);

    // File → Batch statements… (managers): a folder, then one PDF per active client with a
    // progress dialog; Cancel stops between clients and the finished files stay. With a
    // folder given (tests) nothing is asked and no message shown; the period defaults to the
    // month before the business date. Returns the number of PDF files written.
    static int runBatch(QWidget *parent, const AppContext &context, QString folder = {},
                        QDate from = {}, QDate to = {});

public slots:
    void reload();

private:
    void paintOn(QPrinter *printer);
    void print();
    void saveAs();

    AppContext m_context;
    qint64 m_clientId;
    ClientStatement m_statement;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QLabel *m_summary;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
    int m_pages = 0;
};

} // namespace FactorDesk
