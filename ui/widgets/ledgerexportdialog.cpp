#include "ledgerexportdialog.h"

#include "error.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace FactorDesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("FactorDesk::LedgerExportDialog", text, nullptr, n);
}

} // namespace

QString exportLedgerWithDialog(QWidget *parent, const QString &title, const QString &baseName,
                               const std::function<int(const QString &path)> &write)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file (*.csv)");
    QFileDialog dialog(parent, title);
    dialog.setObjectName(QStringLiteral("ledgerExportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters({xlsx, csv});
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(baseName + QStringLiteral(".xlsx"));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        const QString suffix = filter == csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
        dialog.setDefaultSuffix(suffix);
        dialog.selectFile(baseName + QLatin1Char('.') + suffix);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    int rows = 0;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        rows = write(path);
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        MainWindow::showError(parent, e);
        return {};
    }
    QMessageBox::information(
        parent, title, tr("Saved %n row(s) to %1.", rows).arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace FactorDesk
