#include "studiostyle.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QStyleOptionToolButton>

namespace {

QStyle *copyOfApplicationStyle()
{
    const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name.isEmpty() ? nullptr : QStyleFactory::create(name);
}

} // namespace

StudioStyle::StudioStyle(QStyle *base)
    : QProxyStyle(base ? base : copyOfApplicationStyle())
{
}

QString StudioStyle::headerTitle(const QString &title, const QFontMetrics &metrics, const QRect &labelRect)
{
    if (metrics.horizontalAdvance(title) <= labelRect.width())
        return title;
    return metrics.elidedText(title, Qt::ElideRight, labelRect.width());
}

void StudioStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == CE_HeaderLabel) {
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            // A horizontal header's title is one line; a vertical one (row numbers) is left alone.
            if (header->orientation == Qt::Horizontal && !header->text.contains(QLatin1Char('\n'))) {
                QStyleOptionHeaderV2 copy;
                if (const auto *v2 = qstyleoption_cast<const QStyleOptionHeaderV2 *>(option))
                    copy = *v2;
                else
                    static_cast<QStyleOptionHeader &>(copy) = *header;
                int textWidth = header->rect.width();
                if (!header->icon.isNull())
                    textWidth -= proxy()->pixelMetric(PM_SmallIconSize, option, widget) + proxy()->pixelMetric(PM_HeaderMargin, option, widget);
                copy.text = headerTitle(header->text, header->fontMetrics, QRect(header->rect.topLeft(), QSize(std::max(textWidth, 0), header->rect.height())));
                QProxyStyle::drawControl(element, &copy, painter, widget);
                return;
            }
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QSize StudioStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ToolButton) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionToolButton *>(option)) {
            const bool cornerArrow = (button->features & QStyleOptionToolButton::HasMenu) && !(button->features & QStyleOptionToolButton::MenuButtonPopup);
            if (cornerArrow && button->toolButtonStyle != Qt::ToolButtonIconOnly && !button->text.isEmpty())
                result.rwidth() += proxy()->pixelMetric(PM_MenuButtonIndicator, option, widget);
        }
    }
    return result;
}
