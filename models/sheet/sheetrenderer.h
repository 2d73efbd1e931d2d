#pragma once
// SheetRenderer turns a sheet's Markdown into HTML for the preview pane (md4c-html). Front
// matter and the trailing metadata block are shown as small tables instead of stray text.

#include <QString>

class SheetRenderer
{
public:
    static QString toHtml(const QString &markdown);
};
