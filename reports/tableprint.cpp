#include "tableprint.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace FactorDesk {

std::unique_ptr<QTextDocument> tableDocument(const Tabular &table, const QString &title,
                                             const QString &subtitle)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    QFont base = doc->defaultFont();
    base.setPointSizeF(8);
    doc->setDefaultFont(base);
    QTextCursor cursor(doc.get());

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(13);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.insertText(title, titleFormat);
    QTextCharFormat small;
    small.setFontPointSize(8);
    small.setForeground(QColor(0x55, 0x55, 0x55));
    if (!subtitle.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(subtitle, small);
    }
    cursor.insertBlock();

    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(QBrush(QColor(0x99, 0x99, 0x99)));
    tf.setBorderCollapse(true);
    tf.setCellPadding(2);
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(1);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int columns = table.columnCount();
    if (columns == 0)
        return doc;
    QTextTable *t = cursor.insertTable(table.rowCount() + 1, columns, tf);
    QTextCharFormat head;
    head.setFontWeight(QFont::Bold);
    QTextCharFormat normal;
    const auto put = [&](int row, int column, const QString &text, const QTextCharFormat &f) {
        QTextTableCell cell = t->cellAt(row, column);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(table.kind(column) == Tabular::Kind::Number ? Qt::AlignRight
                                                                       : Qt::AlignLeft);
        block.setNonBreakableLines(true);
        c.setBlockFormat(block);
        c.insertText(text, f);
    };
    QTextTableCellFormat shade;
    shade.setBackground(QColor(0xee, 0xee, 0xee));
    for (int c = 0; c < columns; ++c) {
        t->cellAt(0, c).setFormat(shade);
        put(0, c, table.header().at(c), head);
    }
    for (int r = 0; r < table.rowCount(); ++r)
        for (int c = 0; c < columns; ++c)
            put(r + 1, c, table.rows().at(r).at(c), normal);
    return doc;
}

} // namespace FactorDesk
