#pragma once

#include "importer.h"
#include "importformat.h"
#include "record.h"

#include <QIODevice>
#include <QList>
#include <QString>

// Reads a SillyTavern chat file: JSON Lines whose first line is a header (`user_name`,
// `character_name`, `create_date`, `chat_metadata`; newer versions write "unused" for both
// names) and every other line one message (`name`, `is_user`, `is_system`, `mes`, `send_date`,
// `swipes`, `extra`). The file is one conversation, so it becomes one record: the character's
// greeting opening it, kept whole up to the character's last reply; a group chat becomes a
// record for each of its characters, the others' messages prefixed with their names as the
// user's are. Messages hidden from the
// prompt (`is_system`) and the narrator's (`extra.type` "narrator") are left out; a line that
// is not a message (not JSON, not an object, a message without text) is reported at its line
// and the chat is read without it.
namespace ChatLogReader {

// Whether the device holds such a chat: one of its first lines is a header, or a message
// (`mes` with `is_user`; files without a header were written by older versions). Peeks, reads
// nothing.
bool startsWithChatLog(QIODevice &device);

struct Result
{
    QString error;          // the file could not be read at all (or is longer than the limit)
    QList<Record> records;  // one, or one per character of a group chat
    QStringList leftOut;    // by record: what of the chat it leaves out (messages after its last reply), or empty
    qint64 recordLine = 0;  // the header's line, else the first message's: the records' source_line
    QList<ImportProblem> problems;   // by line; the chat's own at recordLine
    qint64 lines = 0;
    qint64 blank = 0;
    qint64 bytesRead = 0;
};

// Reads the whole device (at most maxBytes) as the chat `source`.
Result read(QIODevice &device, const QString &source, qsizetype maxBytes, const ImportFormat::Defaults &defaults);

} // namespace ChatLogReader
