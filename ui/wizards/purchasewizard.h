#pragma once

#include "appcontext.h"
#include "scheduleapprovalservice.h"
#include "schedulefundingservice.h"
#include "scheduleimport.h"
#include "scheduleimportservice.h"

#include <QWizard>
#include <optional>

namespace FactorDesk {

class ClientPage;
class InvoicesPage;
class ChecksPage;
class PricingPage;
class ConfirmPage;
class ScheduleLineModel;

// The purchase of a client's invoices (issue 4), page by page:
//  1. client and schedule header, with the terms in force on the schedule date;
//  2. invoices typed in a grid or imported from a CSV file, with every bad line listed (line,
//     column, reason), "keep only the good lines", and unknown debtors created on the spot;
//  3. the checks of every line; managers override a line with a written reason;
//  4. the pricing of every line and the totals, with availability before and after;
//  5. confirm and post (managers: import, approve and fund in one step through
//     ScheduleFundingService::purchase; clerks save
//     the schedule as submitted instead), then print or save the purchase advice and the
//     notices of assignment.
// The wizard holds the state; pages show it. Nothing is written before page 5, so cancelling
// anywhere (also during a long import) leaves the books as they were. All checking, pricing
// and posting is the schedule services'; pages 3 and 4 show ScheduleApprovalService::preview
// with the pending overrides, which is exactly what posting buys. The wizard only gathers
// input and shows results.
class PurchaseWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ClientPageId, InvoicesPageId, ChecksPageId, PricingPageId, ConfirmPageId };

    explicit PurchaseWizard(const AppContext &context, QWidget *parent = nullptr);
    ~PurchaseWizard() override;

    const AppContext &context() const { return m_context; }
    bool isManager() const;
    // The invoice lines typed into the grid that are not stored yet (Cancel asks before it
    // drops them).
    int typedLineCount() const;
    // Cancel (and Escape, and closing the window): asks first when typed lines would be lost.
    void reject() override;

    // Page 1.
    void setClient(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    void setScheduleDate(QDate date);
    QDate scheduleDate() const { return m_date; }
    void setScheduleNumber(const QString &number) { m_number = number; }
    QString scheduleNumber() const { return m_number; }
    const std::optional<Agreement> &terms() const { return m_terms; }
    QString currency() const { return m_currency; }

    // Page 2. Reads, maps and validates a CSV file in stages with a cancellable progress
    // dialog; false (and nothing changed) when the file is refused or the user cancels.
    bool importCsv(const QString &path);
    // Replaces the input with grid rows and validates them.
    void setInput(const QList<ScheduleInputLine> &input);
    const QList<ScheduleInputLine> &input() const { return m_input; }
    bool isFileInput() const { return !m_sourceFile.isEmpty(); }
    QString sourceFile() const { return m_sourceFile; }
    void clearFile();
    const QList<ImportError> &errors() const { return m_errors; }
    const QStringList &unknownDebtors() const { return m_unknownDebtors; }
    int goodLineCount() const { return m_goodCount; }
    void setKeepGoodLines(bool keep) { m_keepGood = keep; }
    bool keepGoodLines() const { return m_keepGood; }
    // The input without the lines that have errors.
    QList<ScheduleInputLine> goodInput() const;
    // Creates an unknown debtor through DebtorService and asks an analyst for a credit limit
    // of the sum of its invoices here (CreditService); then validates the input again.
    // Returns a sentence for the user; throws Error.
    QString createDebtor(const QString &code, const QString &name);
    void revalidate();

    // Page 3 and 4.
    void runPreview();
    // The preview with the pending overrides (what posting would buy and post).
    const SchedulePreview &preview() const { return m_preview; }
    ScheduleLineModel *lineModel() const { return m_lines; }
    ScheduleLineModel *pricedModel() const { return m_priced; }
    QList<LineOverride> overrides() const;
    // The lines as they will be bought: the preview again with the pending overrides.
    void reprice();
    const ScheduleTotals &totals() const { return m_totals; }
    // By how much posting would take the client beyond its availability (the over-advance
    // line included); zero when it stays within. Posting then needs a manager's reason.
    Money overAvailability() const;
    void setAvailabilityOverride(const QString &reason) { m_availabilityOverride = reason; }
    QString availabilityOverride() const { return m_availabilityOverride; }

    // Page 5.
    bool post();          // managers: import, approve with the overrides, fund
    bool saveSubmitted(); // store the schedule as submitted for a manager
    bool isDone() const { return m_scheduleId != 0; }
    qint64 scheduleId() const { return m_scheduleId; }
    const FundingResult &funding() const { return m_funding; }
    bool isFunded() const { return m_funding.scheduleId != 0; }
    void saveAdvicePdf(const QString &path);
    // The file names the save dialogs suggest, the same as the schedule dialog's.
    QString suggestedAdviceFileName() const;
    QString suggestedNoticesFileName() const;
    void saveNoticesPdf(const QString &path);
    void printAdvice();
    void printNotices();
    bool hasNotices() const { return !m_funding.newlyNotifiedDebtorIds.isEmpty(); }

    ClientPage *clientPage() const { return m_clientPage; }
    InvoicesPage *invoicesPage() const { return m_invoicesPage; }
    ChecksPage *checksPage() const { return m_checksPage; }
    PricingPage *pricingPage() const { return m_pricingPage; }
    ConfirmPage *confirmPage() const { return m_confirmPage; }

signals:
    void inputChanged();
    void posted(qint64 scheduleId);

private:
    void setValidation(const QList<ImportError> &errors, const QStringList &unknown, int good);
    void showError(const class Error &error);

    AppContext m_context;
    qint64 m_clientId = 0;
    QDate m_date;
    QString m_number;
    std::optional<Agreement> m_terms;
    QString m_currency;

    QList<ScheduleInputLine> m_input;
    QString m_sourceFile;
    QList<ImportError> m_errors;
    QStringList m_unknownDebtors;
    int m_goodCount = 0;
    bool m_keepGood = false;

    ScheduleDraft m_draft;     // the good lines, unchecked
    SchedulePreview m_preview; // checked and priced with the pending overrides
    ScheduleLineModel *m_lines;
    ScheduleLineModel *m_priced;
    ScheduleTotals m_totals;
    QString m_availabilityOverride;

    qint64 m_scheduleId = 0;
    FundingResult m_funding;

    ClientPage *m_clientPage;
    InvoicesPage *m_invoicesPage;
    ChecksPage *m_checksPage;
    PricingPage *m_pricingPage;
    ConfirmPage *m_confirmPage;
};

} // namespace FactorDesk
