#pragma once

#include <QDialog>

class QTextBrowser;

namespace FactorDesk {

// Help > User's manual: the README (the user's manual, compiled into the program), opened at
// the chapter on the desktop program, searchable with Ctrl+F as any text is.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The manual's text as compiled in (Markdown); empty when it is missing.
    static QString manualText();

private:
    QTextBrowser *m_browser;
};

} // namespace FactorDesk
