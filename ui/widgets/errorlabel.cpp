#include "errorlabel.h"

namespace FactorDesk {

QColor alertColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

QString alertStyleSheet()
{
    return QStringLiteral("color: %1;").arg(alertColor().name());
}

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(alertStyleSheet());
    hide();
}

void ErrorLabel::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QString ErrorLabel::message() const
{
    return isHidden() ? QString() : text();
}

void ErrorLabel::clearMessage()
{
    clear();
    hide();
}

} // namespace FactorDesk
