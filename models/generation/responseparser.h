#pragma once
// ResponseParser: turns the text of a chat completion into candidate records. Providers that
// honour json_schema answer {"records":[{input, output}, …]}; the rest wrap JSON in markdown
// fences, put prose around it, answer a bare object or a top-level array, or stop half way
// (finish_reason "length"). The parser reads all of those and salvages every complete item of a
// truncated array. A pure function, so its many cases are unit-tested without a server.

#include <QList>
#include <QString>

struct ParsedItem
{
    QString input;
    QString output;
    bool complete = false;   // both fields present as strings
};

struct ParsedResponse
{
    QList<ParsedItem> items;
    int unreadable = 0;          // items (or a whole answer) that could not be read
    bool exactShape = false;     // the answer was exactly the requested {"records": [...]} object
    bool foundJson = false;      // some JSON was found at all
    QString error;               // why nothing could be read, when items is empty
};

namespace ResponseParser {
ParsedResponse parse(const QString &content);
}
