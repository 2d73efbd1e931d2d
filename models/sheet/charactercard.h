#pragma once
// CharacterCard: a role-play character card, as SillyTavern and other chat front ends share
// characters — a JSON file, a PNG image carrying the JSON base64-encoded in a text chunk
// ("ccv3" for Character Card V3, "chara" for V2 and V1), or a CHARX package (V3's ZIP of
// card.json and its assets). Read into its fields and written out
// as a character sheet the studio's generator reads: the card's description as the background,
// its personality, its scenario as the character's role, its greetings and example dialogue as
// the voice, its lorebook entries as lore.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

class CharacterCard
{
public:
    struct LoreEntry
    {
        QString title;       // the entry's name or comment, else its keys
        QString content;
    };

    QString spec;            // "chara_card_v3", "chara_card_v2", or empty for a V1 card
    QString name;
    QString description;
    QString personality;
    QString scenario;
    QString firstMessage;
    QStringList alternateGreetings;
    QString exampleDialogue; // SillyTavern's mes_example: blocks after <START>, "{{user}}: …" lines
    QStringList tags;
    QList<LoreEntry> lore;

    // A card from a .json, .png or .charx file; nothing and `error` (a translated sentence
    // without the file's name) when the file is not a card.
    static std::optional<CharacterCard> read(const QString &path, QString *error);
    static std::optional<CharacterCard> fromJson(const QByteArray &json, QString *error);
    static std::optional<CharacterCard> fromPng(const QByteArray &png, QString *error);
    // From a CHARX package: only its card.json is read, from the ZIP's directory.
    static std::optional<CharacterCard> fromCharx(QIODevice &zip, QString *error);

    // The sheet, in the studio's layout (front matter with `source: "work"`, "# Name", the
    // sections the generator reads, the metadata block). {{char}} and <BOT> become the name,
    // {{user}} and <USER> "User"; lines Markdown would read as headings, rules or the metadata
    // block are kept as text.
    QByteArray toSheet(const QString &work) const;
};
