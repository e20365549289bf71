#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace FactorDesk {

class PurchaseWizard;

// 3. The checks of every line; managers override a line with a written reason.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(PurchaseWizard *wizard);
    void initializePage() override;

    QTableView *table() const { return m_table; }
    QPushButton *overrideButton() const { return m_override; }
    QLabel *summaryLabel() const { return m_summary; }
    // Overrides the line in `row` (managers); false with a message when not allowed.
    bool overrideLine(int row, const QString &reason, QString *why = nullptr);

private:
    void askOverride();
    void updateSummary();

    PurchaseWizard *m_wizard;
    QTableView *m_table;
    QPushButton *m_override;
    QLabel *m_summary;
};

} // namespace FactorDesk
