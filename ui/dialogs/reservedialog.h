#pragma once

#include "appcontext.h"
#include "reserve.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace FactorDesk {

class ErrorLabel;
struct SettlementStatementData;

// A client's reserve as of a date (docs/domain.md §12): the balance, what is held against
// open invoices, the interest and fees accrued, the open disputes, the releasable amount and
// the recourse receivable, a negative reserve in red with its shortfall shown as recourse
// receivable. A manager releases an amount (the releasable one by default) into the next
// payment run; anyone may preview, print or save the settlement statement as PDF.
class ReserveDialog : public QDialog
{
    Q_OBJECT
public:
    ReserveDialog(const AppContext &context, qint64 clientId, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    // The figure shown under that name: balance, held, interest, fees, disputes, releasable,
    // recourse.
    QLabel *figureLabel(const QString &name) const;
    ErrorLabel *messageLine() const { return m_message; }
    const ReserveFigures &figures() const { return m_figures; }
    // The release made in this dialog (0: none yet).
    qint64 releaseId() const { return m_releaseId; }
    // The settlement statement the print and PDF buttons give: the release made here, else
    // the proposal for the date and amount shown.
    SettlementStatementData statement() const;
    // Writes the statement's PDF (Save PDF… without its file dialog). False on failure (the
    // message line says why).
    bool saveStatement(const QString &path);

public slots:
    void refresh();
    void release();
    void preview();
    void save();

private:
    // The amount typed (locale or plain digits); nullopt and a message when it cannot be read.
    std::optional<Money> typedAmount();
    void setFigure(const QString &name, Money value, bool alert);

    AppContext m_context;
    qint64 m_clientId;
    QString m_clientCode;
    Currency m_currency;
    ReserveFigures m_figures;
    qint64 m_releaseId = 0;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QPushButton *m_release;
    QPushButton *m_preview;
    QPushButton *m_save;
    ErrorLabel *m_message;
    QLabel *m_status;
    QHash<QString, QLabel *> m_labels;
};

} // namespace FactorDesk
