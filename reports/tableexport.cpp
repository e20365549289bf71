#include "tableexport.h"

#include "error.h"
#include "itemroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <cstdlib>
#include <xlsxwriter.h>

namespace FactorDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FactorDesk::TableExport", text);
}

bool rightAligned(const QVariant &alignment)
{
    return alignment.isValid() && (alignment.value<Qt::Alignment>() & Qt::AlignRight);
}

QString plainText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

// XLSX stores every number as an IEEE double. An amount of at most 15 significant digits is
// written and read back exactly (to its last minor unit); a longer one stays text rather than
// lose a cent. This is the file format's boundary: nothing is computed with the value.
bool exactAsFileNumber(const QString &plain)
{
    int digits = 0;
    for (const QChar c : plain)
        digits += c.isDigit() ? 1 : 0;
    return digits <= 15;
}

int decimalsOf(const QString &plain)
{
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(plain.size() - dot - 1);
}

} // namespace

Tabular tabularFromModel(const QAbstractItemModel &model, ExportStyle style)
{
    Tabular table;
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    for (int c = 0; c < columns; ++c) {
        Tabular::Kind kind = Tabular::Kind::Text;
        QVariant sample;
        for (int r = 0; r < rows && !sample.isValid(); ++r) {
            const QVariant v = model.index(r, c).data(ItemRoles::ExportRole);
            if (v.isValid() && !v.toString().isEmpty())
                sample = v;
        }
        if (sample.typeId() == QMetaType::QDate)
            kind = Tabular::Kind::Date;
        else if (rightAligned(model.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole)) ||
                 (rows > 0 && rightAligned(model.index(0, c).data(Qt::TextAlignmentRole))))
            kind = Tabular::Kind::Number;
        table.column(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), kind);
    }
    for (int r = 0; r < rows; ++r) {
        QStringList cells;
        cells.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            QVariant v;
            if (style == ExportStyle::Plain)
                v = index.data(ItemRoles::ExportRole);
            cells << (v.isValid() ? plainText(v) : index.data(Qt::DisplayRole).toString());
        }
        table.row(cells);
    }
    return table;
}

void writeCsvFile(const Tabular &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    tr("%1: cannot write the file (%2).").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(table.toCsv().toUtf8());
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    tr("%1: cannot write the file (%2).").arg(path, file.errorString()));
}

void writeXlsxFile(const Tabular &table, const QString &path, const QString &sheetName,
                   const TableFileOptions &options)
{
    // libxlsxwriter writes the file on close; it goes to a temporary name first and replaces
    // the target only when complete, so a failure leaves no half-written workbook.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    lxw_workbook *book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        throw Error(Error::Kind::Storage, tr("%1: cannot write the file.").arg(path));
    const QByteArray sheetTitle = sheetName.left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetTitle.constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    // Formats by (decimals, bold); decimals -1 is the date format, -2 plain text.
    QHash<QPair<int, bool>, lxw_format *> formats;
    const auto format = [&](int decimals, bool strong) -> lxw_format * {
        const QPair<int, bool> key(decimals, strong);
        auto it = formats.find(key);
        if (it != formats.end())
            return *it;
        lxw_format *f = nullptr;
        if (decimals != -2 || strong) {
            f = workbook_add_format(book);
            if (strong)
                format_set_bold(f);
            if (decimals == -1)
                format_set_num_format(f, "yyyy-mm-dd");
            else if (decimals >= 0)
                format_set_num_format(
                    f, (decimals > 0 ? "#,##0." + QByteArray(decimals, '0') : QByteArray("0"))
                           .constData());
        }
        return *formats.insert(key, f);
    };
    const int firstTotalsRow = table.rowCount() - std::max(0, options.totalsRows);

    for (int c = 0; c < table.columnCount(); ++c) {
        const QByteArray h = table.header().at(c).toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), h.constData(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rowCount(); ++r) {
        const QStringList &cells = table.rows().at(r);
        const auto row = lxw_row_t(r + 1);
        const bool strong = r >= firstTotalsRow;
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString &cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            const auto col = lxw_col_t(c);
            const Tabular::Kind kind = table.kind(c);
            if (kind == Tabular::Kind::Number && Tabular::isPlainNumber(cell) &&
                exactAsFileNumber(cell)) {
                const QByteArray text = cell.toLatin1();
                worksheet_write_number(sheet, row, col, std::strtod(text.constData(), nullptr),
                                       format(decimalsOf(cell), strong));
                continue;
            }
            if (kind == Tabular::Kind::Date) {
                const QDate d = QDate::fromString(cell, Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, row, col, &when, format(-1, strong));
                    continue;
                }
            }
            const QByteArray text = cell.toUtf8();
            worksheet_write_string(sheet, row, col, text.constData(), format(-2, strong));
        }
    }
    for (int c = 0; c < table.columnCount(); ++c) {
        qsizetype width = table.header().at(c).size();
        for (const QStringList &cells : table.rows())
            width = std::max(width, cells.at(c).size());
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             double(std::min<qsizetype>(width, 60) + 2), nullptr);
    }
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(temporary);
        throw Error(
            Error::Kind::Storage,
            tr("%1: cannot write the file (%2).").arg(path, QString::fromUtf8(lxw_strerror(rc))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Storage, tr("%1: cannot write the file.").arg(path));
    }
}

void checkTableFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return;
    if (suffix.isEmpty())
        throw Error(
            Error::Kind::Validation,
            tr("%1: the file name has no extension; it must end in .csv or .xlsx.").arg(path));
    throw Error(Error::Kind::Validation,
                tr("%1: .%2 is not a format the program writes; the file name must end in .csv "
                   "or .xlsx.")
                    .arg(path, QFileInfo(path).suffix()));
}

void writeTableFile(const Tabular &table, const QString &path, const QString &sheetName,
                    const TableFileOptions &options)
{
    checkTableFileName(path);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("csv"))
        return writeCsvFile(table, path);
    return writeXlsxFile(table, path, sheetName, options);
}

} // namespace FactorDesk
