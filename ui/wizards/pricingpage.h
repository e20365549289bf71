#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace FactorDesk {

class ErrorLabel;
class PurchaseWizard;

// 4. Pricing: every line and the totals; availability before and after.
class PricingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PricingPage(PurchaseWizard *wizard);
    void initializePage() override;

    QTableView *table() const { return m_table; }
    // The shown value of a total by its key (face, eligible, ineligible, advance, commission,
    // reserve, charges, net, paymentDate, maturityDate, availableBefore, availableAfter).
    QString totalText(const QString &key) const;
    // The warning shown while the purchase goes beyond the client's availability (empty:
    // it does not); the confirm page says the same.
    static QString overAvailabilityText(const PurchaseWizard *wizard);
    ErrorLabel *overAvailabilityLabel() const { return m_over; }

private:
    PurchaseWizard *m_wizard;
    QTableView *m_table;
    QLabel *m_note;
    QWidget *m_totalsBox;
    ErrorLabel *m_over;
};

} // namespace FactorDesk
