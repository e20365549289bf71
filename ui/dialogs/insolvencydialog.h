#pragma once

#include "appcontext.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace FactorDesk {

class ErrorLabel;

// Mark insolvent… (Debtors view, managers): the date of the debtor's insolvency, not after
// today, and an explicit confirmation (ChargebackService::markInsolvent). The act cannot be
// undone here, so the button stays disabled until the manager ticks the confirmation; after
// it the dialog says what follows (Post credit losses… in the Collections view).
class InsolvencyDialog : public QDialog
{
    Q_OBJECT
public:
    InsolvencyDialog(const AppContext &context, const QString &debtorCode,
                     const QString &debtorName, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *markButton() const { return m_mark; }
    QLabel *resultLabel() const { return m_result; }
    ErrorLabel *errorLabel() const { return m_error; }

    bool mark();

signals:
    void marked();

private:
    AppContext m_context;
    QString m_code;
    QDateEdit *m_date;
    QCheckBox *m_confirm;
    QLabel *m_result;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_mark;
    bool m_done = false;
};

} // namespace FactorDesk
