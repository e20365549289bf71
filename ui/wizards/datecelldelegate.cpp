#include "datecelldelegate.h"

#include "clock.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>

namespace FactorDesk {

namespace {

// Alt+Down and F4 open the calendar, as they do in a QDateEdit.
class DateLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_F4 ||
            (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
            DateCellDelegate::showCalendar(this);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

QWidget *DateCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *edit = new DateLineEdit(parent);
    edit->setObjectName(QStringLiteral("dateCellEditor"));
    edit->setFrame(false);
    QAction *pick = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                    QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, edit, [edit] { showCalendar(edit); });
    return edit;
}

void DateCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void DateCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

void DateCellDelegate::showCalendar(QWidget *editor)
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    auto *calendar = new QCalendarWidget(edit);
    calendar->setObjectName(QStringLiteral("dateCellCalendar"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    const QDate typed = QDate::fromString(edit->text().trimmed(), Qt::ISODate);
    calendar->setSelectedDate(typed.isValid() ? typed : today());
    const auto pick = [edit, calendar](QDate date) {
        edit->setText(date.toString(Qt::ISODate));
        calendar->close();
        edit->setFocus();
    };
    connect(calendar, &QCalendarWidget::activated, edit, pick);
    connect(calendar, &QCalendarWidget::clicked, edit, pick);
    calendar->move(edit->mapToGlobal(QPoint(0, edit->height())));
    calendar->show();
    calendar->setFocus();
}

} // namespace FactorDesk
