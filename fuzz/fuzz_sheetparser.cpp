// Fuzzes SheetParser (md4c underneath) and the HTML renderer with arbitrary bytes: no crash, no
// hang, no sanitizer report, and every sheet comes out with a name.

#include "sheet/sheetparser.h"
#include "sheet/sheetrenderer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CharacterSheet sheet = SheetParser::parse(bytes, QStringLiteral("character_fuzz.md"));
    if (sheet.name.isEmpty())
        std::abort();
    for (const Issue &issue : sheet.issues) {
        if (issue.line < 0)
            std::abort();
    }
    if (!sheet.hasErrors())
        (void)SheetRenderer::toHtml(QString::fromUtf8(bytes));
    (void)sheet.traits();
    (void)sheet.canonNames();
    return 0;
}
