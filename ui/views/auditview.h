#pragma once

#include "datatable.h"

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace FactorDesk {

class AuditLogModel;
class OptionalDateEdit;

// The audit trail: who changed what and when, filtered by date, user and text, with the
// before/after data of the selected record, and a check that the hash chain is unbroken.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(const AppContext &context, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *verifyButton() const { return m_verify; }
    QString verifyResult() const;
    QString beforeText() const;
    QString afterText() const;

public slots:
    void refresh();
    void verifyChain();

private:
    void showDetails();

    AppContext m_context;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QLineEdit *m_user;
    QLineEdit *m_text;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    DataTable *m_table;
    QLabel *m_detailsTitle;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
    AuditLogModel *m_model;
};

} // namespace FactorDesk
