#include "datatable.h"

#include "error.h"
#include "localeformat.h"
#include "tableexport.h"
#include "tableprint.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <algorithm>

namespace FactorDesk {

namespace {
// Space added to each column's contents: contents-sized columns otherwise touch.
constexpr int kColumnAir = 12;

QString settingsKey(const QString &layoutKey)
{
    return QStringLiteral("tables/%1/header").arg(layoutKey);
}
} // namespace

DataTable::DataTable(QWidget *parent)
    : QTableView(parent)
    , m_copy(new QAction(tr("&Copy rows"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_print(new QAction(tr("&Print…"), this))
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);

    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected rows, tab-separated, with the column headings"));
    m_export->setObjectName(QStringLiteral("exportTable"));
    m_export->setToolTip(tr("Save what the table shows as CSV or as an Excel workbook"));
    m_print->setObjectName(QStringLiteral("printTable"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetShortcut);
    m_print->setToolTip(tr("Print what the table shows, with a preview"));
    connect(m_copy, &QAction::triggered, this, &DataTable::copySelection);
    connect(m_export, &QAction::triggered, this, &DataTable::exportWithDialog);
    connect(m_print, &QAction::triggered, this, &DataTable::printWithPreview);
    addAction(m_copy);
    addAction(m_export);
    addAction(m_print);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

DataTable::~DataTable()
{
    saveLayout();
}

void DataTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    restoreLayout();
}

void DataTable::setLayoutKey(const QString &key)
{
    m_layoutKey = key;
    restoreLayout();
}

void DataTable::restoreLayout()
{
    if (m_layoutKey.isEmpty() || !model() || m_layoutRestored)
        return;
    const QByteArray state = QSettings().value(settingsKey(m_layoutKey)).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state))
        m_layoutRestored = true;
}

void DataTable::saveLayout() const
{
    if (m_layoutKey.isEmpty() || !model())
        return;
    QSettings().setValue(settingsKey(m_layoutKey), horizontalHeader()->saveState());
}

void DataTable::setStretchColumn(int column)
{
    if (m_stretchColumn >= 0 && m_stretchColumn < horizontalHeader()->count())
        horizontalHeader()->setSectionResizeMode(m_stretchColumn, QHeaderView::Interactive);
    m_stretchColumn = column;
    if (column >= 0 && column < horizontalHeader()->count())
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void DataTable::fitColumns()
{
    if (!model() || m_layoutRestored)
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretchColumn)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        resizeColumnToContents(column);
        setColumnWidth(column, columnWidth(column) + kColumnAir);
    }
    if (m_stretchColumn >= 0 && m_stretchColumn < header->count())
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

QString DataTable::selectedRowsText() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const int columns = model()->columnCount();
    const auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c)
        if (!isColumnHidden(c))
            header << clean(model()->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const int r : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            if (!isColumnHidden(c))
                cells << clean(model()->index(r, c).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DataTable::copySelection()
{
    if (!selectionModel() || selectionModel()->selectedRows().isEmpty())
        return;
    QApplication::clipboard()->setText(selectedRowsText());
}

void DataTable::exportTo(const QString &path, bool localeNumbers) const
{
    if (!model())
        return;
    // Large lazily loaded tables export every row they hold, not only the first page.
    while (model()->canFetchMore({}))
        model()->fetchMore({});
    const Tabular table =
        tabularFromModel(*model(), localeNumbers ? ExportStyle::Locale : ExportStyle::Plain);
    writeTableFile(table, path, m_title.isEmpty() ? tr("Table") : m_title);
}

void DataTable::exportWithDialog()
{
    const QString base = (m_title.isEmpty() ? tr("table") : m_title) + QLatin1Char(' ') +
                         QDate::currentDate().toString(Qt::ISODate);
    const QString csv = tr("CSV file (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QFileDialog dialog(this, tr("Export %1").arg(m_title));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({xlsx, csv});
    dialog.setDefaultSuffix(QStringLiteral("xlsx"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(base + QStringLiteral(".xlsx"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *locale = new QCheckBox(
        tr("Numbers and dates as shown (%1)").arg(LocaleFormat::date(QDate::currentDate())),
        &dialog);
    locale->setToolTip(tr("Off: plain numbers (1234.56) and ISO dates (2026-12-01), for other "
                          "programs to read"));
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(locale, grid->rowCount(), 0, 1, -1);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &filter) {
        dialog.setDefaultSuffix(filter == csv ? QStringLiteral("csv") : QStringLiteral("xlsx"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        exportTo(path, locale->isChecked());
        QApplication::restoreOverrideCursor();
        QMessageBox::information(this, tr("Exported"),
                                 tr("Saved %n row(s) to %1.", nullptr, model()->rowCount())
                                     .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Export"), e.message());
    }
}

void DataTable::printWithPreview()
{
    if (!model())
        return;
    while (model()->canFetchMore({}))
        model()->fetchMore({});
    const auto doc = tableDocument(
        tabularFromModel(*model(), ExportStyle::Locale), m_title,
        m_subtitle.isEmpty() ? tr("Printed %1").arg(LocaleFormat::date(QDate::currentDate()))
                             : m_subtitle);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(model()->columnCount() > 6 ? QPageLayout::Landscape
                                                          : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(m_title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { doc->print(p); });
    preview.exec();
}

} // namespace FactorDesk
