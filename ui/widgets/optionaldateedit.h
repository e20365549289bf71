#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace FactorDesk {

// A date filter that may be left open: a check box with a label ("From") that switches a
// date editor on. date() is invalid while the box is unchecked, so filters can pass it on as
// "no limit". The editor shows the locale's date with a four-digit year and a calendar popup.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString &label, QWidget *parent = nullptr);

    // An invalid date when the option is off.
    QDate date() const;
    // An invalid date turns the option off (and keeps the editor's last date).
    void setDate(QDate date);
    bool isChecked() const;
    // The date the editor offers when the option is turned on (the business date, say); the
    // option stays as it is.
    void setOfferedDate(QDate date);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    // Emitted when the effective date changes (checked/unchecked or a new date while checked).
    void dateChanged(QDate date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace FactorDesk
