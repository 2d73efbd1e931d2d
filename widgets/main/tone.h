#pragma once
// Tone: the few colours the window gives a meaning to — accepted, rejected, edited, a warning,
// a note — in a shade that reads on the current palette, light or dark (a desktop's dark theme
// hands Qt a dark palette, and a fixed dark red or light grey box would vanish on it).

#include <QColor>
#include <QString>

class QPalette;

namespace Tone {

enum Kind {
    Good,      // accepted, added words
    Bad,       // rejected, removed words, errors
    Info,      // edited
    Warning,   // quality flags, issues
    Muted,     // secondary text: who reviewed, where a record comes from
};

// Whether `palette` draws light text on a dark base.
bool isDark(const QPalette &palette);
// The application's palette.
bool isDark();

QColor color(Kind kind, bool dark);
QColor color(Kind kind);   // for the application's palette
QString css(Kind kind);    // "#1b7a1b", for rich text

// The background of a turn in the record view's conversation: the character's, or the user's.
QColor turnBackground(bool persona, bool dark);

// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);

}
