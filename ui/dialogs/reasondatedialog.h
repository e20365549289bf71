#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace FactorDesk {

// Asks for what undoing an act needs: the reason (kept with the act) and its date, not before
// `earliest`. Used by Unfund… (schedule dialog) and Reverse entry… (Journal view); the caller
// passes both to the service, which validates them again.
class ReasonDateDialog : public QDialog
{
    Q_OBJECT
public:
    // today: the books' business date, the date offered unless earliest is later.
    ReasonDateDialog(const QString &title, const QString &question, QDate earliest, QDate today,
                     QWidget *parent = nullptr);

    QString reason() const;
    QDate date() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    QLineEdit *m_reason;
    QDateEdit *m_date;
};

} // namespace FactorDesk
