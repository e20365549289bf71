#pragma once

// Drives modal dialogs in GUI tests: runs `act` on the next modal dialog of type T as soon as
// it is open (polling, so that a dialog opened by exec() inside a click is reached), and never
// leaves a test hanging on one.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace FactorDesk::Test {

template <typename T> void whenModal(std::function<void(T *)> act, bool *done)
{
    auto *timer = new QTimer;
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<T *>(modal)) {
            timer->stop();
            *done = true;
            act(dialog);
            if (dialog->isVisible())
                dialog->reject();
        } else if (elapsed->elapsed() > 5000) {
            timer->stop();
            if (modal)
                modal->close();
        } else {
            return;
        }
        timer->deleteLater();
        delete elapsed;
    });
    timer->start();
}

} // namespace FactorDesk::Test
