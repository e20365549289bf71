#pragma once

#include "errorlabel.h"

#include "agreement.h"
#include "appcontext.h"
#include "client.h"

#include <QDialog>
#include <QHash>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTabWidget;

namespace FactorDesk {

class Error;

// The editor of a new version of a client's agreement: every term of docs/domain.md §2, starting
// from the latest version (or the defaults for a first one) and in force from a date after it. A
// refused term is explained next to its field, and nothing is saved until every term passes.
// Managers only; the service checks again.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    AgreementDialog(const AppContext &context, const Client &client, QWidget *parent = nullptr);

    QDateEdit *fromEdit() const { return m_from; }
    // The editor of a term by its key ("advance", "discount-tiers", "facility", ...: the
    // command-line option names) and the label that explains a refusal next to it.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QLabel *fieldError(const QString &key) const { return m_errors.value(key); }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The id of the saved version (0 until saved).
    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *editor,
                const QString &suffix = {});
    QWidget *page(const QString &title);
    void load(const Agreement &terms);
    Agreement gather() const;
    void clearErrors();
    void showError(const Error &error);

    AppContext m_context;
    Client m_client;
    Agreement m_base;
    QTabWidget *m_tabs;
    QDateEdit *m_from;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_pages;
    QLabel *m_tiersText = nullptr;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};

} // namespace FactorDesk
