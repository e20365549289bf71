#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace FactorDesk {

// The administrator's settings: the factor's name, address, bank account and contacts as
// printed on purchase advices and notices of assignment, and the book currency (shown; it is
// fixed when the books are created).
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(const AppContext &context, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *bankAccountEdit() const { return m_bankAccount; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    void refresh();
    // Saves through FactorProfileService; returns false (with the reason shown beside the
    // button) when the service refuses.
    bool save();

private:
    AppContext m_context;
    QLabel *m_currency;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_bankName;
    QLineEdit *m_bankAccount;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace FactorDesk
