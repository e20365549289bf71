#include "reportstyle.h"

#include "purchaseadvice.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace FactorDesk::ReportStyle {

const QColor kInk(0x1f, 0x2a, 0x37);
const QColor kAccent(0x1d, 0x4e, 0x89);
const QColor kNegative(0xb0, 0x1c, 0x1c);
const QColor kMuted(0x5f, 0x6b, 0x78);
const QColor kRule(0xb8, 0xc2, 0xcc);
const QColor kHeaderFill(0xe4, 0xea, 0xf2);
const QColor kStripe(0xf6, 0xf8, 0xfb);

namespace {

QTextCharFormat format(qreal points, bool bold, const QColor &color)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

void cellText(QTextTable *table, int row, int column, const QString &text,
              const QTextCharFormat &charFormat, Qt::Alignment alignment, bool nonBreaking = false)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat b = c.blockFormat();
    b.setAlignment(alignment);
    b.setNonBreakableLines(nonBreaking);
    c.setBlockFormat(b);
    c.insertText(text, charFormat);
}

QString lines(const QString &text)
{
    QString out = text.trimmed();
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return out;
}

} // namespace

std::unique_ptr<QTextDocument> newDocument(const QString &title)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

QTextCharFormat normalFormat()
{
    return format(9, false, kInk);
}

QTextCharFormat boldFormat()
{
    return format(9, true, kInk);
}

QTextCharFormat smallFormat()
{
    return format(8, false, kMuted);
}

void letterhead(QTextCursor &cursor, const ReportParty &factor, const QString &title,
                const QList<QPair<QString, QString>> &facts)
{
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(0);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 55),
                                  QTextLength(QTextLength::PercentageLength, 45)});
    QTextTable *t = cursor.insertTable(1, 2, tf);

    QTextCursor left = t->cellAt(0, 0).firstCursorPosition();
    left.insertText(factor.name, format(15, true, kAccent));
    QStringList contact;
    if (!factor.address.trimmed().isEmpty())
        contact << lines(factor.address);
    QStringList reach;
    if (!factor.phone.isEmpty())
        reach << factor.phone;
    if (!factor.email.isEmpty())
        reach << factor.email;
    if (!reach.isEmpty())
        contact << reach.join(QStringLiteral("  ·  "));
    for (const QString &line : std::as_const(contact)) {
        left.insertBlock();
        left.insertText(line, smallFormat());
    }

    QTextCursor right = t->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat rb;
    rb.setAlignment(Qt::AlignRight);
    right.setBlockFormat(rb);
    right.insertText(title, format(16, true, kInk));
    for (const auto &[label, value] : facts) {
        right.insertBlock(rb);
        right.insertText(label + QStringLiteral(": "), smallFormat());
        right.insertText(value, format(8, true, kInk));
    }
    cursor.movePosition(QTextCursor::End);

    QTextBlockFormat rule;
    rule.setTopMargin(6);
    rule.setBottomMargin(10);
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    rule.setForeground(QBrush(kRule));
    cursor.insertBlock(rule);
    cursor.insertBlock(QTextBlockFormat());
}

void addressBlock(QTextCursor &cursor, const QString &label, const ReportParty &party)
{
    cursor.insertText(label, smallFormat());
    cursor.insertBlock();
    cursor.insertText(party.name, format(10, true, kInk));
    if (!party.address.trimmed().isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(lines(party.address), normalFormat());
    }
    if (!party.code.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(
            QCoreApplication::translate("FactorDesk::ReportStyle", "Our reference: %1")
                .arg(party.code),
            smallFormat());
    }
}

void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    QTextBlockFormat b;
    b.setBottomMargin(2);
    cursor.insertBlock(b);
    if (!text.isEmpty())
        cursor.insertText(text, format);
}

void heading(QTextCursor &cursor, const QString &text)
{
    QTextBlockFormat b;
    b.setTopMargin(4);
    b.setBottomMargin(3);
    cursor.insertBlock(b);
    cursor.insertText(text, format(10.5, true, kAccent));
}

QTextTable *dataTable(QTextCursor &cursor, int rows, const QStringList &headers,
                      const QList<int> &widths, int firstNumeric)
{
    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(QBrush(kRule));
    tf.setBorderCollapse(true);
    tf.setCellPadding(2);
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(1);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (int w : widths)
        constraints << QTextLength(QTextLength::PercentageLength, w);
    tf.setColumnWidthConstraints(constraints);
    cursor.insertBlock();
    QTextTable *t = cursor.insertTable(rows, int(headers.size()), tf);
    QTextTableCellFormat head;
    head.setBackground(kHeaderFill);
    for (int c = 0; c < headers.size(); ++c) {
        t->cellAt(0, c).setFormat(head);
        cellText(t, 0, c, headers.at(c), format(7, true, kInk),
                 c >= firstNumeric ? Qt::AlignRight : Qt::AlignLeft, true);
    }
    return t;
}

void fillRow(QTextTable *table, int row, const QStringList &cells, int firstNumeric, bool bold,
             bool shaded, const QList<int> &wrapping)
{
    QTextTableCellFormat cf;
    if (bold)
        cf.setBackground(kHeaderFill);
    else if (shaded)
        cf.setBackground(kStripe);
    const QTextCharFormat f = format(7, bold, kInk);
    for (int c = 0; c < cells.size() && c < table->columns(); ++c) {
        if (bold || shaded)
            table->cellAt(row, c).setFormat(cf);
        cellText(table, row, c, cells.at(c), f, c >= firstNumeric ? Qt::AlignRight : Qt::AlignLeft,
                 !wrapping.contains(c));
    }
}

void summaryTable(QTextCursor &cursor, const QString &title, const QList<SummaryLine> &rows)
{
    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(QBrush(kRule));
    tf.setBorderCollapse(true);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setAlignment(Qt::AlignRight);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 55));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 62),
                                  QTextLength(QTextLength::PercentageLength, 38)});
    cursor.insertBlock();
    QTextTable *t = cursor.insertTable(int(rows.size()) + 1, 2, tf);
    t->mergeCells(0, 0, 1, 2);
    QTextTableCellFormat head;
    head.setBackground(kHeaderFill);
    t->cellAt(0, 0).setFormat(head);
    cellText(t, 0, 0, title, format(9, true, kAccent), Qt::AlignLeft);
    for (int i = 0; i < rows.size(); ++i) {
        const SummaryLine &l = rows.at(i);
        const QTextCharFormat f = format(l.bold ? 9.5 : 8.5, l.bold, kInk);
        if (l.bold) {
            QTextTableCellFormat strong;
            strong.setBackground(kStripe);
            t->cellAt(i + 1, 0).setFormat(strong);
            t->cellAt(i + 1, 1).setFormat(strong);
        }
        cellText(t, i + 1, 0, l.label, f, Qt::AlignLeft);
        cellText(t, i + 1, 1, l.value, f, Qt::AlignRight);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace FactorDesk::ReportStyle
