// Fuzzes the role-play character card reader (JSON, PNG text chunks: tEXt, zTXt, iTXt, and
// CHARX packages' ZIP directory) and the sheet it writes: no crash, and whatever a card holds,
// the sheet reads back without errors under the card's name, with only the sections the card
// reader writes and its own metadata.

#include "sheet/charactercard.h"
#include "sheet/sheetparser.h"

#include <QBuffer>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *why, const QByteArray &sheet)
{
    std::fprintf(stderr, "%s\n--- the sheet ---\n%s\n", why, sheet.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    std::optional<CharacterCard> card;
    if (bytes.startsWith("\x89PNG")) {
        card = CharacterCard::fromPng(bytes, &error);
    } else if (bytes.startsWith("PK")) {
        QBuffer zip;
        zip.setData(bytes);
        zip.open(QIODevice::ReadOnly);
        card = CharacterCard::fromCharx(zip, &error);
    } else {
        card = CharacterCard::fromJson(bytes, &error);
    }
    if (!card) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray text = card->toSheet(QStringLiteral("The Work"));
    const CharacterSheet sheet = SheetParser::parse(text, QStringLiteral("character_card.md"));
    if (sheet.hasErrors())
        fail("the sheet has errors", text);
    if (sheet.name != card->name)
        fail("the sheet's name is not the card's", text);
    if (sheet.metadata.value(QStringLiteral("character")) != QStringList{card->name})
        fail("the metadata block does not name the character", text);
    static const QStringList written = {QStringLiteral("Background"), QStringLiteral("Personality"), QStringLiteral("Role in the Story"),
                                        QStringLiteral("Speech / Voice"), QStringLiteral("Lore")};
    for (const SheetSection &section : sheet.sections) {
        if (!written.contains(section.title))
            fail(qPrintable(QStringLiteral("a section the card reader does not write: \"%1\"").arg(section.title)), text);
    }
    return 0;
}
