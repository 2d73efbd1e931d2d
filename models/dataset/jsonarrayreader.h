#pragma once

#include "dataset/importer.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <memory>
#include <vector>

// Reads a file holding one JSON array (`[{…}, {…}]`, as Alpaca's and ShareGPT's datasets are
// published) and hands out its elements in chunks of about blockBytes, each element followed by
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

    // Whether the device holds one JSON array rather than JSON Lines: its first character after
    // a byte order mark and white space is '['. (A JSON Lines file cannot begin so: its lines
    // are objects.) Peeks, reads nothing.
    static bool startsWithArray(QIODevice &device);
    // A problem of one element: which one, as a line may hold several.
    static QString inArray(const QString &reason, qint64 index);

    JsonArrayReader(QIODevice &device, const QString &source, qsizetype blockBytes, qsizetype maxElement);
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
