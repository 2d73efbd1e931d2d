#pragma once
// StudioStyle: the application's style (Fusion, the desktop's, or the one given with -style)
// with two changes:
// - a header section narrower than its title shows the title elided ("Categ…") instead of
//   clipping it on both sides ("ategor"), as the cells below it do;
// - a tool button whose menu opens at once (InstantPopup: Bulk, Export Chart) is as much wider
//   as its menu arrow needs, which the style draws in its corner, over the end of the text
//   ("Bulk." for "Bulk▾").

#include <QProxyStyle>

class StudioStyle : public QProxyStyle
{
public:
    // Takes ownership of base; without one, the application's current style is copied.
    explicit StudioStyle(QStyle *base = nullptr);

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget = nullptr) const override;

    // The title as a header section of this rectangle (the label's, without the sort arrow)
    // shows it.
    static QString headerTitle(const QString &title, const QFontMetrics &metrics, const QRect &labelRect);
};
