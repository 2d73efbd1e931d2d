#pragma once

#include "dataset/importer.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <memory>
#include <vector>

// Reads a file holding one JSON array (`[{…}, {…}]`, as Alpaca's and ShareGPT's datasets are
// published), or pretty-printed JSON objects one after another, and hands out its elements in chunks of about blockBytes, each element followed by
// a NUL, with the line and column it begins at: the importer's line parser then takes them as it
// takes lines, and reports each by the line it begins on and its number in the array. The file
// is read in blocks and never held whole; an element longer than maxElement is skipped as it is
// read. What breaks the array itself (a missing comma, a file that ends inside a record or
// before the closing ']', text after it) is reported at its line; the elements before it are
// handed out. A trailing comma is accepted.
class JsonArrayReader
{
public:
    struct Element
    {
        qint64 index;    // in the array, from 1
        qint64 line;     // in the file, from 1, where it begins
        qint64 column;
    };
    enum class Result { Chunk, End, ReadError };

    // How the device holds its records, from its first characters after a byte order mark and
    // white space: Array, one JSON array ('['); Objects, pretty-printed objects one after
    // another (`jq '.[]'` without -c, `json.dump(…, indent=2)` of a record) — a '{' alone on
    // its line, which no JSON Lines file has; else Lines. Peeks, reads nothing.
    enum class Layout { Lines, Array, Objects };
    static Layout layoutOf(QIODevice &device);
    static bool startsWithArray(QIODevice &device) { return layoutOf(device) == Layout::Array; }
    // A problem of one element: which one, as a line may hold several.
    static QString inArray(const QString &reason, qint64 index);

    // `objects`: the Objects layout — the records follow one another without brackets (commas
    // between them are let pass).
    JsonArrayReader(QIODevice &device, const QString &source, qsizetype blockBytes, qsizetype maxElement, bool objects = false);
    ~JsonArrayReader();
    JsonArrayReader(const JsonArrayReader &) = delete;
    JsonArrayReader &operator=(const JsonArrayReader &) = delete;

    // The next elements: in `data`, each followed by a NUL (a NUL inside one is written as the
    // escape \u0000); in `elements`, where each begins. A chunk ends between elements only.
    // End when the array, or what could be read of it, is done.
    Result next(QByteArray &data, std::vector<Element> &elements);
    qint64 bytesRead() const;
    qint64 lines() const;   // lines read so far
    // What broke the array, or was too long, at its line.
    QList<ImportProblem> takeProblems();

private:
    class Scanner;
    std::unique_ptr<Scanner> m_scanner;
};
