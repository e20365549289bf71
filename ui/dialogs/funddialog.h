#pragma once

#include "appcontext.h"
#include "schedule.h"
#include "schedulefundingservice.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace FactorDesk {

class ErrorLabel;

// Funding an approved schedule (managers): what the client is paid and when, on a funding date
// the manager picks, with the client's availability before and after. When the funding goes
// beyond the availability it says by how much, in the alert colour, and takes the manager's
// reason for the override (ScheduleFundingService refuses it without one). When funding is
// refused for lines that no longer fit (the books moved since the approval), it shows why and
// takes a manager's reason to fund them anyway in the same field.
class FundDialog : public QDialog
{
    Q_OBJECT
public:
    FundDialog(const AppContext &context, const Schedule &schedule, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The shown value by key: net, paymentDate, availableBefore, availableAfter.
    QString valueText(const QString &key) const;
    ErrorLabel *errorLabel() const { return m_error; }
    const FundingResult &result() const { return m_result; }
    const FundingPreview &preview() const { return m_preview; }

public slots:
    void accept() override;

private:
    void updatePreview();
    void updateOk();

    AppContext m_context;
    Schedule m_schedule;
    FundingPreview m_preview;
    FundingResult m_result;
    QDateEdit *m_date;
    QLabel *m_net;
    QLabel *m_paymentDate;
    QLabel *m_before;
    QLabel *m_after;
    ErrorLabel *m_over;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_linesRefused = false; // funding refused lines that no longer fit: a reason is asked
};

} // namespace FactorDesk
