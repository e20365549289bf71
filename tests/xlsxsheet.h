#pragma once

// Reads the first sheet of an XLSX back for tests: the cells of xl/worksheets/sheet1.xml with
// their text (shared strings resolved), whether they are numbers, and their style's number
// format and boldness (xl/styles.xml). Uses the platform's unzip (QProcess `unzip -p`).
#include <QHash>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QXmlStreamReader>

namespace FactorDesk::Test {

struct XlsxCell
{
    QString text;         // the value as written (a number's <v>, a string's text)
    bool number = false;  // a numeric cell (numbers and dates)
    QString numberFormat; // the cell's number format code ("#,##0.00", "yyyy-mm-dd", "")
    bool bold = false;
};

struct XlsxSheet
{
    bool ok = false;
    QString error;
    QString sheetXml;
    QList<QList<XlsxCell>> rows; // row 0 is the header; missing cells are empty
    const XlsxCell cell(int row, int column) const
    {
        return row < rows.size() && column < rows.at(row).size() ? rows.at(row).at(column)
                                                                 : XlsxCell{};
    }
};

inline QByteArray unzipEntry(const QString &path, const QString &entry, QString *error)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        *error = QStringLiteral("no unzip on this machine");
        return {};
    }
    QProcess p;
    p.start(unzip, {QStringLiteral("-p"), path, entry});
    if (!p.waitForFinished() || p.exitCode() != 0)
        *error = QStringLiteral("unzip -p %1 %2 failed").arg(path, entry);
    return p.readAllStandardOutput();
}

// "C12" -> column 2 (0-based), row 11.
inline QPair<int, int> cellRef(const QString &ref)
{
    int column = 0;
    int i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i)
        column = column * 26 + (ref.at(i).toLatin1() - 'A' + 1);
    return {ref.mid(i).toInt() - 1, column - 1};
}

inline XlsxSheet readXlsx(const QString &path)
{
    XlsxSheet out;
    QString error;
    const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"), &error);
    const QByteArray strings = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"), &error);
    const QByteArray styles = unzipEntry(path, QStringLiteral("xl/styles.xml"), &error);
    if (!error.isEmpty() && sheet.isEmpty()) {
        out.error = error;
        return out;
    }
    out.sheetXml = QString::fromUtf8(sheet);

    QStringList shared;
    for (QXmlStreamReader x(strings); !x.atEnd();) {
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == QLatin1String("si"))
            shared << x.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    // styles: numFmts by id, fonts (bold or not), cellXfs (numFmtId, fontId)
    QHash<int, QString> formats = {{0, QString()}, {14, QStringLiteral("m/d/yyyy")}};
    QList<bool> fontBold;
    QList<QPair<int, int>> xfs;
    QString section;
    for (QXmlStreamReader x(styles); !x.atEnd();) {
        const auto t = x.readNext();
        if (t != QXmlStreamReader::StartElement)
            continue;
        const auto a = x.attributes();
        if (x.name() == QLatin1String("numFmt"))
            formats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                           a.value(QLatin1String("formatCode")).toString());
        else if (x.name() == QLatin1String("fonts") || x.name() == QLatin1String("cellXfs") ||
                 x.name() == QLatin1String("cellStyleXfs"))
            section = x.name().toString();
        else if (x.name() == QLatin1String("font") && section == QLatin1String("fonts"))
            fontBold << false;
        else if (x.name() == QLatin1String("b") && section == QLatin1String("fonts") &&
                 !fontBold.isEmpty())
            fontBold.last() = true;
        else if (x.name() == QLatin1String("xf") && section == QLatin1String("cellXfs"))
            xfs.append({a.value(QLatin1String("numFmtId")).toInt(),
                        a.value(QLatin1String("fontId")).toInt()});
    }

    for (QXmlStreamReader x(sheet); !x.atEnd();) {
        if (x.readNext() != QXmlStreamReader::StartElement || x.name() != QLatin1String("c"))
            continue;
        const auto a = x.attributes();
        const auto [row, column] = cellRef(a.value(QLatin1String("r")).toString());
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        XlsxCell c;
        QString v;
        while (!(x.readNext() == QXmlStreamReader::EndElement && x.name() == QLatin1String("c")))
            if (x.isStartElement() &&
                (x.name() == QLatin1String("v") || x.name() == QLatin1String("t")))
                v += x.readElementText(QXmlStreamReader::IncludeChildElements);
        c.number = type.isEmpty() || type == QLatin1String("n");
        c.text = type == QLatin1String("s") ? shared.value(v.toInt()) : v;
        if (style < xfs.size()) {
            c.numberFormat = formats.value(xfs.at(style).first);
            c.bold = fontBold.value(xfs.at(style).second);
        }
        while (out.rows.size() <= row)
            out.rows.append(QList<XlsxCell>());
        while (out.rows[row].size() <= column)
            out.rows[row].append(XlsxCell());
        out.rows[row][column] = c;
    }
    out.ok = true;
    return out;
}

} // namespace FactorDesk::Test
