#include "overlimitdelegate.h"

#include <QPalette>

namespace FactorDesk {

void OverLimitDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_role).toBool())
        return;
    option->font.setBold(true);
    option->palette.setColor(QPalette::Text, QColor(Qt::red));
    option->palette.setColor(QPalette::HighlightedText, QColor(255, 200, 200));
}

} // namespace FactorDesk
