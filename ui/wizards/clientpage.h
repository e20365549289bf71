#pragma once

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace FactorDesk {

class PurchaseWizard;

// 1. Client and schedule header; the terms in force on the schedule date.
class ClientPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ClientPage(PurchaseWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *clientCombo() const { return m_client; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QString termsText() const;

private:
    void update();

    PurchaseWizard *m_wizard;
    QComboBox *m_client;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QLabel *m_terms;
};

} // namespace FactorDesk
