#pragma once

#include "schedule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace FactorDesk {

// The invoice lines of one schedule with the result of every check and the purchase split of
// each line. Also holds the overrides a manager is about to make (invoice number → written
// reason) so that the wizard and the schedule dialog can show them before approving.
class ScheduleLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Line,
        InvoiceNo,
        Debtor,
        InvoiceDate,
        DueDate,
        Face,
        Eligible,
        Advance,
        Commission,
        Reserve,
        Checks,
        Override,
        Count
    };
    // How serious the worst check of a line is: 0 none, 1 info, 2 warning, 3 ineligible.
    static constexpr int SeverityRole = Qt::UserRole + 1;
    static constexpr int RawRole = Qt::UserRole + 2;

    explicit ScheduleLineModel(QObject *parent = nullptr);

    void setLines(const QList<ScheduleLine> &lines, const QString &currency);
    const QList<ScheduleLine> &lines() const { return m_lines; }
    const ScheduleLine &line(int row) const { return m_lines.at(row); }
    QString currency() const { return m_currency; }

    // A pending override of a line (empty reason: none).
    void setOverride(int row, const QString &reason);
    QString pendingOverride(int row) const;
    const QHash<QString, QString> &pendingOverrides() const { return m_overrides; }
    void clearOverrides();

    // "Over the credit limit: …; Past due …" — the reasons of a line, or "Eligible".
    static QString checksText(const ScheduleLine &line);
    static int severity(const ScheduleLine &line);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ScheduleLine> m_lines;
    QString m_currency;
    QHash<QString, QString> m_overrides; // by invoice number
    QLocale m_locale;
};

} // namespace FactorDesk
