#pragma once

#include <QString>

class QWidget;

namespace FactorDesk {

// Tells the user where a document went: the main window's status bar says "Saved <path>"
// with an "Open folder" button next to it for a while. Every "Save as PDF" of the program
// calls this, so saving gives the same feedback everywhere.
namespace SavedFileNotice {
void show(QWidget *from, const QString &path);
// The message show() puts in the status bar.
QString message(const QString &path);
} // namespace SavedFileNotice

} // namespace FactorDesk
