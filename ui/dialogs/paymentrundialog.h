#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace FactorDesk {

// Asks what a payment run needs: the requested execution date, the pain.001 version (03 or
// 09) and the file to write (with a file dialog). OK only once a file is named.
class PaymentRunDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentRunDialog(QDate date, const QString &summary, QWidget *parent = nullptr);

    QDate date() const;
    QString version() const; // "03" or "09"
    QString path() const;

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *versionCombo() const { return m_version; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void browse();
    void updateOk();

    QDateEdit *m_date;
    QComboBox *m_version;
    QLineEdit *m_path;
    QPushButton *m_ok = nullptr;
};

} // namespace FactorDesk
