#pragma once

#include <QColor>
#include <QLabel>

namespace FactorDesk {

// The one colour the program uses for what needs attention: errors, refusals, negative
// balances, limits exceeded.
QColor alertColor();
// The same as a style sheet for a label's text ("color: …").
QString alertStyleSheet();

// A dialog's or view's message line: plain text, wrapped, in the alert colour, hidden while
// there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    // Shows the message (empty: hides the line).
    void showMessage(const QString &message);
    void clearMessage();
    // What the line says now; empty while it is hidden.
    QString message() const;
};

} // namespace FactorDesk
