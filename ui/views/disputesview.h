#pragma once

#include "appcontext.h"
#include "dispute.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QStandardItemModel;

namespace FactorDesk {

class DataTable;
class ErrorLabel;

// Disputes and deductions (docs/domain.md §4.6, §9): every dispute with its invoice, client,
// debtor, amount, reason, who opened it and when, and how it ended; open ones only by default.
// A dispute is resolved as paid (the debtor paid after all: closed, nothing posted), credited
// (the client's credit note for the disputed amount) or charged back (managers: the reserve
// first, the recourse receivable for the rest), each with a note. Clerks and managers resolve;
// each button is disabled, saying why, where the user or the row may not.
class DisputesView : public QWidget
{
    Q_OBJECT
public:
    explicit DisputesView(const AppContext &context, QWidget *parent = nullptr);

    DataTable *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    // Paid, Credited, Charged back, in that order.
    QList<QPushButton *> resolveButtons() const { return m_resolve; }
    ErrorLabel *messageLabel() const { return m_message; }
    // Makes the dispute's row current (false when it is not listed).
    bool selectDispute(qint64 id);
    // Resolves the current dispute with `note` (no prompt); false when refused (the message
    // line says why).
    bool resolveSelected(DisputeResolution resolution, const QString &note);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void askResolve(DisputeResolution resolution);
    qint64 currentId() const;

    AppContext m_context;
    QCheckBox *m_openOnly;
    QStandardItemModel *m_model;
    DataTable *m_table;
    QList<QPushButton *> m_resolve;
    ErrorLabel *m_message;
    QList<Dispute> m_disputes;
};

} // namespace FactorDesk
