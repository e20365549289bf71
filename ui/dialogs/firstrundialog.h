#pragma once

#include "errorlabel.h"

#include "money.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace FactorDesk {

// The first start on a new database: asks for the administrator account (user name, full
// name, password twice) and the currency the books are kept in. It only gathers and checks
// the input; the caller creates the database with it.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString &databaseName, QWidget *parent = nullptr);

    QString username() const;
    QString fullName() const;
    QString password() const;
    Currency currency() const;
    QString message() const;

    void accept() override;

private:
    void fail(const QString &message, QWidget *focus);

    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QComboBox *m_currency;
    ErrorLabel *m_message;
};

} // namespace FactorDesk
