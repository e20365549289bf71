#include "auditview.h"

#include "booksverifier.h"

#include "auditlogmodel.h"
#include "datatable.h"
#include "error.h"
#include "errorlabel.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "optionaldateedit.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace FactorDesk {

namespace {

QString prettyJson(const QString &compact)
{
    if (compact.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(compact.toUtf8());
    if (doc.isNull())
        return compact;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QPlainTextEdit *jsonPane(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

AuditView::AuditView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new OptionalDateEdit(tr("From"), this))
    , m_to(new OptionalDateEdit(tr("To"), this))
    , m_user(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_verify(new QPushButton(tr("&Verify books"), this))
    , m_verifyResult(new QLabel(this))
    , m_table(new DataTable(this))
    , m_detailsTitle(new QLabel(this))
    , m_before(jsonPane(this, QStringLiteral("before")))
    , m_after(jsonPane(this, QStringLiteral("after")))
    , m_model(new AuditLogModel(*context.db, context.session, this))
{
    // Turned on, the date filters offer the books' business date.
    m_from->setOfferedDate(m_context.today());
    m_to->setOfferedDate(m_context.today());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Audit log</h2>"), this));

    auto *filters = new QHBoxLayout;
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("any user"));
    m_user->setClearButtonEnabled(true);
    m_user->setMaximumWidth(140);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    auto *textLabel = new QLabel(tr("&Search:"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("action, record or data"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(180);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    auto *verifyRow = new QHBoxLayout;
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setToolTip(
        tr("Check that every journal entry balances and was not changed, that no audit record "
           "was changed, inserted or removed, and that every invoice agrees "
           "with the journal"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyResult, 1);
    layout->addLayout(verifyRow);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTitle(tr("Audit log"));
    m_table->setLayoutKey(QStringLiteral("audit"));
    m_table->setModel(m_model);
    m_table->setStretchColumn(int(AuditLogModel::Column::Record));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_detailsTitle);
    auto *panes = new QHBoxLayout;
    auto *beforeBox = new QVBoxLayout;
    beforeBox->addWidget(new QLabel(tr("Before:"), details));
    beforeBox->addWidget(m_before);
    auto *afterBox = new QVBoxLayout;
    afterBox->addWidget(new QLabel(tr("After:"), details));
    afterBox->addWidget(m_after);
    panes->addLayout(beforeBox);
    panes->addLayout(afterBox);
    detailsLayout->addLayout(panes, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_from, &OptionalDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_user, &QLineEdit::editingFinished, this, &AuditView::refresh);
    connect(m_text, &QLineEdit::editingFinished, this, &AuditView::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::showDetails);
    showDetails();
}

void AuditView::refresh()
{
    AuditFilter filter = m_model->filter();
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.username = m_user->text().trimmed();
    filter.text = m_text->text().trimmed();
    filter.beforeId = 0;
    try {
        m_model->setFilter(filter);
    } catch (const Error &e) {
        MainWindow::showError(this, e);
        return;
    }
    m_table->fitColumns();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditView::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detailsTitle->setText(tr("Select a record to see what it changed."));
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditRecord r = m_model->record(current.row());
    m_detailsTitle->setText(tr("<b>Record %1</b> · %2 · %3 · %4 %5 %6")
                                .arg(r.id)
                                .arg(LocaleFormat::timestamp(r.at).toHtmlEscaped(),
                                     r.username.toHtmlEscaped(), r.action.toHtmlEscaped(),
                                     r.entity.toHtmlEscaped(), r.entityId.toHtmlEscaped()));
    m_before->setPlainText(r.before.isEmpty() ? tr("(nothing: the record was created)")
                                              : prettyJson(r.before));
    m_after->setPlainText(r.after.isEmpty() ? tr("(nothing)") : prettyJson(r.after));
}

QString AuditView::verifyResult() const
{
    return m_verifyResult->text();
}

QString AuditView::beforeText() const
{
    return m_before->toPlainText();
}

QString AuditView::afterText() const
{
    return m_after->toPlainText();
}

void AuditView::verifyChain()
{
    BooksVerifier::Result v;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        v = BooksVerifier(*m_context.db).verify();
        QApplication::restoreOverrideCursor();
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        MainWindow::showError(this, e);
        return;
    }
    if (v.ok) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_verifyResult->setText(
            tr("The books hold: every journal entry balances (%1), the journal's seals (%2) and "
               "the audit trail (%3) are unbroken, and every invoice (%4) agrees with the "
               "journal.")
                .arg(QLocale().toString(v.entries), QLocale().toString(v.sealedEntries),
                     QLocale().toString(v.auditRecords), QLocale().toString(v.invoices)));
    } else {
        m_verifyResult->setStyleSheet(alertStyleSheet() + QStringLiteral(" font-weight: bold;"));
        m_verifyResult->setText(v.problem);
    }
}

} // namespace FactorDesk
