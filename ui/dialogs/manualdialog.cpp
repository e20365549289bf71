#include "manualdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace FactorDesk {

QString ManualDialog::manualText()
{
    QFile file(QStringLiteral(":/manual/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("FactorDesk user's manual"));
    resize(900, 700);
    m_browser->setObjectName(QStringLiteral("manual"));
    m_browser->setOpenExternalLinks(true);
    const QString text = manualText();
    if (text.isEmpty())
        m_browser->setPlainText(tr("The manual is not in this build of FactorDesk."));
    else
        m_browser->setMarkdown(text);
    // Opened where a desktop user starts: the chapter on the desktop program.
    if (m_browser->find(tr("The desktop program")))
        m_browser->ensureCursorVisible();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
}

} // namespace FactorDesk
