#include "datatable.h"

#include "error.h"
#include "itemroles.h"
#include "localeformat.h"
#include "money.h"
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
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScrollBar>
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

// A plain decimal ("-1234.56") as minor units at `decimals`; nullopt for anything else.
std::optional<qint64> plainMinor(const QString &text, int decimals)
{
    static const QRegularExpression plain(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = plain.match(text);
    if (!m.hasMatch() || m.captured(3).size() > decimals)
        return std::nullopt;
    bool ok = false;
    const qint64 units = m.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    qint64 fraction = 0;
    if (!m.captured(3).isEmpty()) {
        fraction = m.captured(3).toLongLong();
        for (qsizetype i = m.captured(3).size(); i < decimals; ++i)
            fraction *= 10;
    }
    const qint64 minor = units * scale + fraction;
    return m.captured(1).isEmpty() ? minor : -minor;
}

int decimalsOf(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

bool rightAligned(const QVariant &alignment)
{
    return alignment.isValid() && (Qt::Alignment(alignment.toInt()) & Qt::AlignRight);
}
} // namespace

// The totals row under a DataTable: each column's total painted in that column's place.
class TotalsBar : public QWidget
{
public:
    explicit TotalsBar(DataTable *table)
        : QWidget(table)
        , m_table(table)
    {
        setObjectName(QStringLiteral("totalsRow"));
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Button);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::ButtonText));
        const QHeaderView *header = m_table->horizontalHeader();
        const int offset = m_table->viewport()->x() - x();
        bool labelled = false;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (header->isSectionHidden(column))
                continue;
            const QRect cell(header->sectionViewportPosition(column) + offset, 0,
                             header->sectionSize(column), height());
            const QString text = m_table->m_totalTexts.value(column);
            if (!text.isEmpty()) {
                p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
            } else if (!labelled) {
                labelled = true;
                p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           DataTable::tr("Total"));
            }
        }
    }

private:
    DataTable *m_table;
};

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
    if (!model)
        return;
    // Fitted again to what each reload shows, and the totals summed again.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateTotals();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DataTable::updateTotals);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DataTable::updateTotals);
    connect(model, &QAbstractItemModel::dataChanged, this, &DataTable::updateTotals);
    updateTotals();
}

void DataTable::setTotalsRow(bool on)
{
    if (on == hasTotalsRow())
        return;
    if (on) {
        m_totals = new TotalsBar(this);
        const auto repaint = [this] { m_totals->update(); };
        connect(horizontalHeader(), &QHeaderView::sectionResized, m_totals, repaint);
        connect(horizontalHeader(), &QHeaderView::sectionMoved, m_totals, repaint);
        connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_totals, repaint);
        m_totals->show();
    } else {
        delete m_totals;
        m_totals = nullptr;
    }
    updateGeometries();
    updateTotals();
}

QString DataTable::totalText(int column) const
{
    return m_totalTexts.value(column);
}

void DataTable::updateTotals()
{
    m_totalTexts.clear();
    if (!m_totals || !model())
        return;
    const QAbstractItemModel &m = *model();
    const int rows = m.rowCount();
    for (int c = 0; c < m.columnCount(); ++c) {
        if (rows == 0 || !(rightAligned(m.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole)) ||
                           rightAligned(m.index(0, c).data(Qt::TextAlignmentRole))))
            continue;
        // Amounts answer ExportRole with a plain decimal string; counts and dates do not.
        QStringList values;
        int decimals = 0;
        bool amounts = true;
        for (int r = 0; r < rows && amounts; ++r) {
            const QVariant v = m.index(r, c).data(ItemRoles::ExportRole);
            if (!v.isValid() || v.isNull() || v.toString().isEmpty())
                continue; // a blank cell adds nothing
            if (v.typeId() != QMetaType::QString) {
                amounts = false;
                break;
            }
            // Amounts in currencies of different decimals are not summed.
            if (!values.isEmpty() && decimalsOf(v.toString()) != decimals) {
                amounts = false;
                break;
            }
            values << v.toString();
            decimals = decimalsOf(v.toString());
        }
        if (!amounts || values.isEmpty())
            continue;
        qint64 sum = 0;
        for (const QString &v : std::as_const(values)) {
            const std::optional<qint64> minor = plainMinor(v, decimals);
            if (!minor || __builtin_add_overflow(sum, *minor, &sum)) {
                amounts = false;
                break;
            }
        }
        if (amounts)
            m_totalTexts.insert(c, Money::localized(sum, QLocale(), decimals));
    }
    m_totals->update();
}

void DataTable::updateGeometries()
{
    // QTableView sets the margins for its headers; the totals row takes a strip at the bottom.
    QTableView::updateGeometries();
    if (m_inGeometries)
        return;
    m_inGeometries = true;
    const int height = m_totals ? verticalHeader()->defaultSectionSize() + 4 : 0;
    QMargins margins = viewportMargins();
    if (margins.bottom() != height) {
        margins.setBottom(height);
        setViewportMargins(margins);
    }
    if (m_totals) {
        const QRect v = viewport()->geometry();
        m_totals->setGeometry(frameWidth(), v.bottom() + 1, width() - 2 * frameWidth(), height);
    }
    m_inGeometries = false;
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
