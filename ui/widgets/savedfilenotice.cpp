#include "savedfilenotice.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace FactorDesk::SavedFileNotice {

namespace {
constexpr int kShownMs = 15000;

QMainWindow *mainWindowOf(QWidget *from)
{
    for (QWidget *w = from; w; w = w->parentWidget())
        if (auto *main = qobject_cast<QMainWindow *>(w))
            return main;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops)
        if (auto *main = qobject_cast<QMainWindow *>(w); main && main->isVisible())
            return main;
    return nullptr;
}
} // namespace

QString message(const QString &path)
{
    return QApplication::translate("FactorDesk::SavedFileNotice", "Saved %1")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void show(QWidget *from, const QString &path)
{
    QMainWindow *main = mainWindowOf(from);
    if (!main)
        return;
    QStatusBar *bar = main->statusBar();
    // One button at a time: the last save's folder.
    delete bar->findChild<QPushButton *>(QStringLiteral("openFolder"));
    auto *open =
        new QPushButton(QApplication::translate("FactorDesk::SavedFileNotice", "Open folder"), bar);
    open->setObjectName(QStringLiteral("openFolder"));
    open->setFlat(true);
    const QString folder = QFileInfo(path).absolutePath();
    QObject::connect(open, &QPushButton::clicked, open,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    bar->addPermanentWidget(open);
    bar->showMessage(message(path), kShownMs);
    QTimer::singleShot(kShownMs, open, &QObject::deleteLater);
}

} // namespace FactorDesk::SavedFileNotice
