#include "receiptimportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FactorDesk {

ReceiptImportDialog::ReceiptImportDialog(const QString &fileName, const ReceiptImportResult &result,
                                         QWidget *parent)
    : QDialog(parent)
    , m_counts(new QLabel(this))
    , m_skipped(new QTableWidget(this))
    , m_warnings(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Bank file imported"));
    setObjectName(QStringLiteral("receiptImportDialog"));
    auto *layout = new QVBoxLayout(this);
    const QLocale locale;
    if (result.alreadyImported) {
        m_counts->setText(tr("<p><b>%1</b> was imported before (import %2): nothing was "
                             "added.</p>")
                              .arg(fileName.toHtmlEscaped())
                              .arg(result.importId));
    } else {
        QString rows;
        const auto row = [&](const QString &what, int n) {
            rows += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"padding-left:16px\">"
                                   "<b>%2</b></td></tr>")
                        .arg(what.toHtmlEscaped(), locale.toString(n));
        };
        row(tr("Movements read"), result.read);
        row(tr("Booked credits (receipts)"), result.bookedCredits);
        row(tr("Applied to invoices"), result.applied);
        row(tr("Suggestions waiting for a clerk"), result.suggested);
        row(tr("Unapplied cash"), result.unapplied);
        row(tr("Returned or reversed payments undone"), result.reversals);
        row(tr("Already in the books"), result.duplicates);
        row(tr("Skipped"), int(result.skipped.size()));
        m_counts->setText(tr("<p><b>%1</b> (%2), import %3:</p><table>%4</table>")
                              .arg(fileName.toHtmlEscaped(), result.message.toHtmlEscaped())
                              .arg(result.importId)
                              .arg(rows));
    }
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);

    m_skipped->setObjectName(QStringLiteral("skipped"));
    m_skipped->setColumnCount(3);
    m_skipped->setHorizontalHeaderLabels({tr("Line"), tr("Movement"), tr("Why it was skipped")});
    m_skipped->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_skipped->verticalHeader()->hide();
    m_skipped->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_skipped->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skipped->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skipped->setFocusPolicy(Qt::NoFocus);
    m_skipped->setWordWrap(false);
    m_skipped->setRowCount(int(result.skipped.size()));
    for (int i = 0; i < result.skipped.size(); ++i) {
        const ReceiptImportResult::Skip &s = result.skipped.at(i);
        auto *line = new QTableWidgetItem(locale.toString(s.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_skipped->setItem(i, 0, line);
        m_skipped->setItem(i, 1, new QTableWidgetItem(s.what));
        m_skipped->setItem(i, 2, new QTableWidgetItem(s.reason));
    }
    m_skipped->resizeColumnsToContents();
    m_skipped->horizontalHeader()->setStretchLastSection(true);
    if (!result.skipped.isEmpty()) {
        layout->addWidget(new QLabel(tr("Skipped movements (nothing was stored for them):"), this));
        layout->addWidget(m_skipped, 2);
    } else {
        m_skipped->hide();
    }

    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setReadOnly(true);
    m_warnings->setPlainText(result.warnings.join(QLatin1Char('\n')));
    if (!result.warnings.isEmpty()) {
        layout->addWidget(
            new QLabel(tr("Schema warnings (the file was read all the same):"), this));
        layout->addWidget(m_warnings, 1);
    } else {
        m_warnings->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!result.skipped.isEmpty() || !result.warnings.isEmpty())
        resize(820, 520);
}

} // namespace FactorDesk
