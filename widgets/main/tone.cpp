#include "tone.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace Tone {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor color(Kind kind, bool dark)
{
    // Each at least 4.5:1 against white (light) or a near-black base (dark): tst_reviewpage.
    switch (kind) {
    case Good: return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1b, 0x7a, 0x1b);
    case Bad: return dark ? QColor(0xff, 0x7a, 0x85) : QColor(0xb0, 0x00, 0x20);
    case Info: return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1b, 0x5f, 0xa8);
    case Warning: return dark ? QColor(0xf2, 0xb8, 0x6b) : QColor(0xa1, 0x5c, 0x00);
    case Muted: return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x66, 0x66, 0x66);
    }
    return {};
}

QColor color(Kind kind)
{
    return color(kind, isDark());
}

QString css(Kind kind)
{
    return color(kind).name();
}

QColor turnBackground(bool persona, bool dark)
{
    if (dark)
        return persona ? QColor(0x1e, 0x30, 0x48) : QColor(0x2e, 0x2e, 0x30);
    return persona ? QColor(0xe8, 0xf0, 0xfb) : QColor(0xf1, 0xf1, 0xf1);
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}
