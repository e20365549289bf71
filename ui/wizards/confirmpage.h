#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace FactorDesk {

class ErrorLabel;
class PurchaseWizard;

// 5. Confirm and post (managers), or save as submitted (clerks); then print the documents.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QPushButton *postButton() const { return m_post; }
    QPushButton *submitButton() const { return m_submit; }
    QLabel *explanationLabel() const { return m_explain; }
    QLabel *resultLabel() const { return m_result; }
    ErrorLabel *overAvailabilityLabel() const { return m_over; }
    // Asks a manager why the purchase may go beyond the client's availability; false when they
    // cancel or give no reason. Post asks it when no reason was given yet.
    bool askAvailabilityOverride();
    QPushButton *printAdviceButton() const { return m_printAdvice; }
    QPushButton *saveAdviceButton() const { return m_saveAdvice; }
    QPushButton *printNoticesButton() const { return m_printNotices; }
    QPushButton *saveNoticesButton() const { return m_saveNotices; }

private:
    void post();
    void submit();
    void showResult();
    void showOverAvailability();

    PurchaseWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_explain;
    ErrorLabel *m_over;
    QPushButton *m_post;
    QPushButton *m_submit;
    QLabel *m_result;
    QPushButton *m_printAdvice;
    QPushButton *m_saveAdvice;
    QPushButton *m_printNotices;
    QPushButton *m_saveNotices;
};

} // namespace FactorDesk
