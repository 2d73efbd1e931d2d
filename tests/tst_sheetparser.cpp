// SheetParser on the sheets writers keep and on hostile files; the sheets made from role-play
// character cards (JSON and PNG) read back as the generator needs them.

#include "sheet/charactercard.h"
#include "sheet/sheetparser.h"
#include "sheet/sheetrenderer.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestSheetParser : public QObject
{
    Q_OBJECT

private:
    static QString sheet(const char *name) { return TestPaths::dataDir() + QStringLiteral("/sheets/") + QLatin1String(name); }
    static bool hasIssue(const CharacterSheet &s, const QString &fragment, bool error)
    {
        for (const Issue &i : s.issues) {
            if (i.isError() == error && i.message.contains(fragment))
                return true;
        }
        return false;
    }

    // A PNG image of one pixel with these text chunks (type, data) before its image data. The
    // CRCs are left zero: the card reader does not check them.
    static QByteArray pngWith(const QList<std::pair<QByteArray, QByteArray>> &textChunks)
    {
        auto chunk = [](const QByteArray &type, const QByteArray &data) {
            QByteArray c(4, '\0');
            qToBigEndian(quint32(data.size()), c.data());
            return c + type + data + QByteArray(4, '\0');
        };
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png += chunk("IHDR", QByteArray::fromHex("00000001000000010802000000"));
        for (const auto &[type, data] : textChunks)
            png += chunk(type, data);
        png += chunk("IDAT", QByteArray::fromHex("789c63000100000500010d0a2db4"));
        png += chunk("IEND", {});
        return png;
    }
    // A ZIP file of these members (name, data), each stored or deflated, with a comment after
    // its directory as some writers add. CRCs are left zero: the card reader does not check them
    // (the JSON it parses does).
    static QByteArray zipWith(const QList<std::pair<QByteArray, QByteArray>> &members, bool deflate)
    {
        auto le16 = [](QByteArray &b, int v) { b.append(char(v & 0xff)).append(char((v >> 8) & 0xff)); };
        auto le32 = [&](QByteArray &b, quint32 v) { le16(b, int(v & 0xffff)); le16(b, int(v >> 16)); };
        QByteArray zip, directory;
        for (const auto &[name, data] : members) {
            const QByteArray stored = deflate ? qCompress(data).mid(6).chopped(4) : data;   // raw deflate: no zlib header or Adler-32
            const quint32 offset = quint32(zip.size());
            zip += QByteArray("PK\x03\x04", 4);
            le16(zip, 20); le16(zip, 0); le16(zip, deflate ? 8 : 0); le16(zip, 0); le16(zip, 0);
            le32(zip, 0); le32(zip, quint32(stored.size())); le32(zip, quint32(data.size()));
            le16(zip, int(name.size())); le16(zip, 0);
            zip += name + stored;
            directory += QByteArray("PK\x01\x02", 4);
            le16(directory, 20); le16(directory, 20); le16(directory, 0); le16(directory, deflate ? 8 : 0); le16(directory, 0); le16(directory, 0);
            le32(directory, 0); le32(directory, quint32(stored.size())); le32(directory, quint32(data.size()));
            le16(directory, int(name.size())); le16(directory, 0); le16(directory, 0); le16(directory, 0); le16(directory, 0);
            le32(directory, 0); le32(directory, offset);
            directory += name;
        }
        const quint32 directoryOffset = quint32(zip.size());
        zip += directory;
        zip += QByteArray("PK\x05\x06", 4);
        le16(zip, 0); le16(zip, 0); le16(zip, int(members.size())); le16(zip, int(members.size()));
        le32(zip, quint32(directory.size())); le32(zip, directoryOffset);
        le16(zip, 7);
        zip += "written";
        return zip;
    }
    static QByteArray cardJson(const QString &name, const QString &spec = QStringLiteral("chara_card_v2"))
    {
        const QJsonObject data{
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), QStringLiteral("{{char}} is the loud herald of Lord Grigon's fleet. He announces every arrival.\r\n"
                                                           "Species: Hylurgian\n# not a heading\n---\nmetadata:\n===")},
            {QStringLiteral("personality"), QStringLiteral("pompous, loyal; easily startled")},
            {QStringLiteral("scenario"), QStringLiteral("{{user}} arrives and <BOT> must announce them.")},
            {QStringLiteral("first_mes"), QStringLiteral("*clears throat* PRESENTING... {{User}}!")},
            {QStringLiteral("alternate_greetings"), QJsonArray{QStringLiteral("Behold!"), 3}},
            {QStringLiteral("mes_example"), QStringLiteral("<START>\n{{user}}: Who are you?\n{{char}}: The Herald!\n<START>\n{{user}}: Quiet.\n{{char}}: I CANNOT.")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("alien"), QStringLiteral("comedy, [loud]")}},
            {QStringLiteral("character_book"),
             QJsonObject{{QStringLiteral("entries"),
                          QJsonArray{QJsonObject{{QStringLiteral("keys"), QJsonArray{QStringLiteral("Hylurg"), QStringLiteral("warrior world")}},
                                                 {QStringLiteral("content"), QStringLiteral("A warrior planet of lava tunnels.")}},
                                     QJsonObject{{QStringLiteral("keys"), QJsonArray{QStringLiteral("secret")}},
                                                 {QStringLiteral("content"), QStringLiteral("Hidden.")},
                                                 {QStringLiteral("enabled"), false}},
                                     QJsonObject{{QStringLiteral("keys"), QJsonArray{QStringLiteral("fleet")}},
                                                 {QStringLiteral("comment"), QStringLiteral("The fleet")},
                                                 {QStringLiteral("content"), QStringLiteral("{{char}} rides on the flagship.")}}}}}},
        };
        return QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec},
                                         {QStringLiteral("spec_version"), QStringLiteral("2.0")},
                                         {QStringLiteral("name"), QStringLiteral("a stale V1 copy")},
                                         {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    // A card's fields land in the sections the generator reads; the card's own Markdown cannot
    // make headings, rules or a metadata block of the sheet.
    void characterCardBecomesASheet()
    {
        QString error;
        const std::optional<CharacterCard> card = CharacterCard::fromJson(cardJson(QStringLiteral("Grigon's Herald")), &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Grigon's Herald"));
        QCOMPARE(card->alternateGreetings, QStringList{QStringLiteral("Behold!")});
        QCOMPARE(card->lore.size(), 2);   // the disabled entry left out
        QCOMPARE(card->lore[0].title, QStringLiteral("Hylurg, warrior world"));
        QCOMPARE(card->lore[1].title, QStringLiteral("The fleet"));

        const QByteArray text = card->toSheet(QStringLiteral("Pixar's Elio"));
        const CharacterSheet s = SheetParser::parse(text, QStringLiteral("character_grigons_herald.md"));
        QVERIFY2(s.issues.isEmpty(), qPrintable(QString::fromUtf8(text)));
        QCOMPARE(s.name, QStringLiteral("Grigon's Herald"));
        QCOMPARE(s.frontMatter.value(QStringLiteral("source")), QStringLiteral("Pixar's Elio"));
        QCOMPARE(s.tags, (QStringList{QStringLiteral("alien"), QStringLiteral("comedy loud")}));
        QVERIFY(s.quote.isSummary());
        QCOMPARE(s.quote.text, QStringLiteral("Grigon's Herald is the loud herald of Lord Grigon's fleet."));
        QStringList titles;
        for (const SheetSection &section : s.sections)
            titles << section.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("Background"), QStringLiteral("Personality"), QStringLiteral("Role in the Story"),
                                      QStringLiteral("Speech / Voice"), QStringLiteral("Lore")}));
        const SheetSection *background = s.section(SheetSection::Kind::Background);
        QVERIFY(background->text.contains(QStringLiteral("Species: Hylurgian")));
        QVERIFY(background->text.contains(QStringLiteral("# not a heading")));
        QVERIFY(!background->text.contains(QStringLiteral("Species: Hylurgian #")));   // each line its own paragraph
        QCOMPARE(s.traits(), (QStringList{QStringLiteral("pompous"), QStringLiteral("loyal"), QStringLiteral("easily startled")}));
        QCOMPARE(s.metadata.value(QStringLiteral("character")), QStringList{QStringLiteral("Grigon's Herald")});
        QCOMPARE(s.section(SheetSection::Kind::Role)->text, QStringLiteral("User arrives and Grigon's Herald must announce them."));
        const SheetSection *voice = s.section(SheetSection::Kind::Speech);
        QCOMPARE(voice->subsections, (QStringList{QStringLiteral("Greeting"), QStringLiteral("Other greetings"), QStringLiteral("Example dialogue")}));
        QVERIFY(voice->text.contains(QStringLiteral("Grigon's Herald: I CANNOT.")));
        QVERIFY(!voice->text.contains(QStringLiteral("<START>")));
        QVERIFY(voice->text.contains(QStringLiteral("PRESENTING... User!")));
        QCOMPARE(s.section(QStringLiteral("Lore"))->subsections, (QStringList{QStringLiteral("Hylurg, warrior world"), QStringLiteral("The fleet")}));
        QVERIFY(s.section(QStringLiteral("Lore"))->text.contains(QStringLiteral("Grigon's Herald rides on the flagship.")));
    }

    // PNG cards: the card in a "chara" text chunk (base64), V3's "ccv3" preferred; compressed
    // chunks too. Older cards: V1's fields at the top, Pygmalion's names. What is not a card says
    // why.
    void characterCardFiles()
    {
        QString error;
        const QByteArray v2 = cardJson(QStringLiteral("Herald Two")).toBase64();
        const QByteArray v3 = cardJson(QStringLiteral("Herald Three"), QStringLiteral("chara_card_v3")).toBase64();
        std::optional<CharacterCard> card = CharacterCard::fromPng(pngWith({{"tEXt", QByteArray("chara\0", 6) + v2}}), &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Herald Two"));
        card = CharacterCard::fromPng(pngWith({{"tEXt", QByteArray("chara\0", 6) + v2}, {"iTXt", QByteArray("ccv3\0\0\0en\0\0", 11) + v3}}), &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Herald Three"));
        QCOMPARE(card->spec, QStringLiteral("chara_card_v3"));
        // zTXt: keyword, method 0, a zlib stream (qCompress's, after its 4-byte length).
        card = CharacterCard::fromPng(pngWith({{"zTXt", QByteArray("chara\0\0", 7) + qCompress(v2).mid(4)}}), &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Herald Two"));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("herald.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pngWith({{"tEXt", QByteArray("chara\0", 6) + v2}}));
        f.close();
        QCOMPARE(CharacterCard::read(png, &error)->name, QStringLiteral("Herald Two"));

        card = CharacterCard::fromJson(R"({"name":"Mira Scout","description":"A quiet scout.","personality":"Curious. Watches everything.","first_mes":"Hello."})", &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->personality, QStringLiteral("Curious. Watches everything."));
        const CharacterSheet mira = SheetParser::parse(card->toSheet(QStringLiteral("Elio")), QStringLiteral("m.md"));
        QCOMPARE(mira.section(SheetSection::Kind::Personality)->text, QStringLiteral("Curious. Watches everything."));
        QVERIFY(mira.traits().isEmpty());   // prose, not a list: the writer is told to add traits
        card = CharacterCard::fromJson(R"({"char_name":"Old Bot","char_persona":"Old.","world_scenario":"Here.","char_greeting":"Hi.","example_dialogue":""})", &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Old Bot"));
        QCOMPARE(card->scenario, QStringLiteral("Here."));

        // A name as a sheet can hold it; a lone carriage return ends a line, as in Markdown.
        card = CharacterCard::fromJson("{\"name\":\"[Bot] Alice_B *2*\",\"description\":\"Old.\\r# Not a heading\\r```\"}", &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Bot Alice B 2"));
        const CharacterSheet alice = SheetParser::parse(card->toSheet(QStringLiteral("Elio")), QStringLiteral("a.md"));
        QCOMPARE(alice.name, QStringLiteral("Bot Alice B 2"));
        QCOMPARE(alice.sections.size(), 1);
        QCOMPARE(alice.sections[0].text, QStringLiteral("Old.\n\n# Not a heading\n\n```"));
        // Quotes and spaces in front of a name go together: the metadata would read a quoted value.
        card = CharacterCard::fromJson("{\"name\":\"'' 'Quoted' Bot''\"}", &error);
        QVERIFY2(card, qPrintable(error));
        QCOMPARE(card->name, QStringLiteral("Quoted' Bot''"));
        const CharacterSheet quoted = SheetParser::parse(card->toSheet(QStringLiteral("Elio")), QStringLiteral("q.md"));
        QCOMPARE(quoted.name, card->name);
        QCOMPARE(quoted.metadata.value(QStringLiteral("character")), QStringList{card->name});

        const QByteArray good = pngWith({{"tEXt", QByteArray("chara\0", 6) + v2}});
        const std::pair<QByteArray, QString> bad[] = {
            {good.left(60), QStringLiteral("the PNG image is cut off")},
            {pngWith({{"tEXt", QByteArray("Comment\0hello", 13)}}), QStringLiteral("the PNG image carries no character card (no \"chara\" or \"ccv3\" text chunk)")},
            {pngWith({{"tEXt", QByteArray("chara\0@@@@", 10)}}), QStringLiteral("the card's text in the PNG image is not base64")},
            {pngWith({{"zTXt", QByteArray("chara\0\0xyz", 10)}}), QStringLiteral("the card's text in the PNG image is damaged")},
        };
        for (const auto &[bytes, message] : bad) {
            QVERIFY(!CharacterCard::fromPng(bytes, &error));
            QCOMPARE(error, message);
        }
        QVERIFY(!CharacterCard::fromJson("{\"hello\": 1}", &error));
        QCOMPARE(error, QStringLiteral("not a character card: it has no \"name\""));
        QVERIFY(!CharacterCard::fromJson("[1]", &error));
        QCOMPARE(error, QStringLiteral("not a JSON object"));
        QVERIFY(!CharacterCard::fromJson("{\"name\":", &error));
        QVERIFY(error.startsWith(QStringLiteral("not valid JSON: ")));
        QVERIFY(!CharacterCard::read(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!error.isEmpty());

        // CHARX: card.json in a ZIP with the card's assets, stored or deflated.
        const QByteArray json = cardJson(QStringLiteral("Herald Zip"), QStringLiteral("chara_card_v3"));
        const QByteArray asset(300000, 'x');
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        for (bool deflate : {false, true}) {
            const QString charx = write(QStringLiteral("herald.charx"), zipWith({{"assets/icon/images/main.png", asset}, {"card.json", json}}, deflate));
            card = CharacterCard::read(charx, &error);
            QVERIFY2(card, qPrintable(error));
            QCOMPARE(card->name, QStringLiteral("Herald Zip"));
            QCOMPARE(card->spec, QStringLiteral("chara_card_v3"));
        }
        const QByteArray charx = zipWith({{"card.json", json}}, true);
        const std::pair<QByteArray, QString> badZips[] = {
            {zipWith({{"readme.txt", "hello"}}, false), QStringLiteral("a ZIP file without card.json, so no CHARX package")},
            {charx.left(charx.size() - 30), QStringLiteral("a CHARX package whose ZIP directory cannot be read")},
            {charx.left(40) + QByteArray(charx.size() - 40, '\0'), QStringLiteral("a CHARX package whose ZIP directory cannot be read")},
        };
        for (const auto &[bytes, message] : badZips) {
            QVERIFY(!CharacterCard::read(write(QStringLiteral("bad.charx"), bytes), &error));
            QCOMPARE(error, message);
        }
        QByteArray damaged = charx;
        damaged[30 + 9 + 2] = char(0xff);   // the deflate stream, past its first bytes
        QVERIFY(!CharacterCard::read(write(QStringLiteral("damaged.charx"), damaged), &error));
        QVERIFY(!error.isEmpty());
    }

    void wellFormed()
    {
        const CharacterSheet s = SheetParser::parseFile(sheet("well_formed.md"));
        QCOMPARE(s.name, QStringLiteral("Captain Mara Vell"));
        QCOMPARE(s.nameLine, 8);
        QCOMPARE(s.frontMatter.value(QStringLiteral("source")), QStringLiteral("The Lantern Coast (2031)"));
        QCOMPARE(s.tags, (QStringList{QStringLiteral("lighthouse"), QStringLiteral("main-cast"), QStringLiteral("sea, storms")}));
        QCOMPARE(s.quote.text, QStringLiteral("\"Every light is a promise to someone you'll never meet.\""));
        QCOMPARE(s.quote.attribution, QStringLiteral("Mara Vell"));

        QCOMPARE(s.sections.size(), 4);
        QCOMPARE(s.sections.at(0).title, QStringLiteral("Background"));
        QCOMPARE(s.sections.at(0).kind, SheetSection::Kind::Background);
        QCOMPARE(s.sections.at(0).line, 13);
        QCOMPARE(s.sections.at(0).text, QStringLiteral("Mara keeps the last working lighthouse on the Lantern Coast. She inherited it from her grandmother."));
        const SheetSection *personality = s.section(SheetSection::Kind::Personality);
        QVERIFY(personality);
        QCOMPARE(personality->subsections, QStringList{QStringLiteral("Hidden side")});
        QCOMPARE(personality->text, QStringLiteral("Dry, patient, and stubborn.\n\nHidden side:\n\n- Afraid of open water\n- Writes letters she never sends"));
        QCOMPARE(s.section(SheetSection::Kind::Speech)->title, QStringLiteral("Speech / Voice"));
        // Unknown sections are kept, in order.
        QCOMPARE(s.sections.at(3).title, QStringLiteral("Odd Habits"));
        QCOMPARE(s.sections.at(3).kind, SheetSection::Kind::Other);

        QCOMPARE(s.traits(), (QStringList{QStringLiteral("dry"), QStringLiteral("patient"), QStringLiteral("stubborn"), QStringLiteral("secretly afraid of the sea")}));
        QCOMPARE(s.metadata.value(QStringLiteral("home")), QStringList{QStringLiteral("Lantern Coast")});
        QCOMPARE(s.metadataLine, 38);
        QVERIFY2(s.issues.isEmpty(), qPrintable(s.issues.isEmpty() ? QString() : s.issues.first().toString()));
        QVERIFY(s.canonNames().contains(QStringLiteral("Ilse Vell")));
        QVERIFY(s.canonNames().contains(QStringLiteral("Lantern Coast")));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << "empty.md" << "Empty" << false << "is empty" << 0;
        QTest::newRow("binary") << "binary.md" << "Binary" << true << "binary" << 1;
        QTest::newRow("latin1") << "latin1.md" << "Latin1" << true << "not valid UTF-8" << 1;
        QTest::newRow("unclosed front matter") << "unclosed_front_matter.md" << "Dangling" << true << "never closed" << 1;
        QTest::newRow("no heading") << "no_heading.md" << "No Heading" << false << "no \"# Name\" heading" << 1;
    }

    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(bool, isError);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        const CharacterSheet s = SheetParser::parseFile(sheet(file.toUtf8().constData()));
        QCOMPARE(s.name, name);
        QVERIFY2(hasIssue(s, fragment, isError), qPrintable(fragment));
        for (const Issue &i : s.issues) {
            QVERIFY(i.file.endsWith(file));
            if (i.message.contains(fragment))
                QCOMPARE(i.line, line);
        }
    }

    // What the generator reads is what the preview shows: entities decoded as md4c's HTML
    // renderer decodes them, a table's cells apart, a code block's lines kept.
    void blocksReadAsThePreviewShowsThem()
    {
        const QByteArray text = "# Tess\n\n"
                                "## Personality\n"
                                "Brave &amp; kind&hellip; she says &#8220;hi&#8221; &mdash; always. Caf&eacute; &copy; &#x1F47D; &lt;3 &bogus; &#0;\n\n"
                                "## Relationships\n"
                                "| Who | How |\n"
                                "| --- | --- |\n"
                                "| Elio | friend |\n"
                                "| Olga | aunt, *strict* |\n\n"
                                "## Lore\n"
                                "```\n"
                                "line one\n"
                                "  line two\n"
                                "```\n\n"
                                "# Second Title\n"
                                "Text.\n\n"
                                "metadata:\n"
                                "  traits: [\"brave\"]\n";
        const CharacterSheet s = SheetParser::parse(text, QStringLiteral("character_tess.md"));
        QCOMPARE(s.name, QStringLiteral("Tess"));
        QCOMPARE(s.section(SheetSection::Kind::Personality)->text,
                 QStringLiteral("Brave & kind\u2026 she says \u201chi\u201d \u2014 always. Caf\u00e9 \u00a9 \U0001F47D <3 &bogus; \ufffd"));
        QCOMPARE(s.section(SheetSection::Kind::Relationships)->text, QStringLiteral("Who | How\nElio | friend\nOlga | aunt, strict"));
        QCOMPARE(s.sections.at(2).title, QStringLiteral("Lore"));
        QCOMPARE(s.sections.at(2).text, QStringLiteral("line one\n  line two"));
        // A second "# " heading is a section, with a warning at its line.
        QCOMPARE(s.sections.at(3).title, QStringLiteral("Second Title"));
        QCOMPARE(s.sections.at(3).text, QStringLiteral("Text."));
        const auto second = std::find_if(s.issues.cbegin(), s.issues.cend(), [](const Issue &i) { return i.message.contains(QLatin1String("second top-level heading \"Second Title\"")); });
        QVERIFY(second != s.issues.cend());
        QCOMPARE(second->line, 18);
        QCOMPARE(s.issues.size(), 1);
    }

    void missingPersonalityAndTraitsWarn()
    {
        const CharacterSheet s = SheetParser::parse("# Someone\n\n## Background\nText.\n", QStringLiteral("character_someone.md"));
        QVERIFY(hasIssue(s, QStringLiteral("no Personality"), false));
        QVERIFY(hasIssue(s, QStringLiteral("no traits"), false));
        QVERIFY(!s.hasErrors());
    }

    // A sheet started from New Character's template and not filled in: one warning names the
    // parts that still hold the placeholders, at the first of them; filled in, none.
    void templatePlaceholdersWarn()
    {
        const QByteArray fresh = CharacterSheet::templateText(QStringLiteral("Hero"), QStringLiteral("The Show"));
        CharacterSheet s = SheetParser::parse(fresh, QStringLiteral("character_hero.md"));
        QCOMPARE(s.name, QStringLiteral("Hero"));
        const auto placeholder = std::find_if(s.issues.cbegin(), s.issues.cend(), [](const Issue &i) { return i.message.contains(QLatin1String("placeholder")); });
        QVERIFY(placeholder != s.issues.cend());
        QVERIFY2(placeholder->message.contains(QStringLiteral("the summary, Background, Personality")), qPrintable(placeholder->message));
        QCOMPARE(placeholder->line, s.section(SheetSection::Kind::Background)->line);
        QByteArray filled = fresh;
        for (const QString &p : CharacterSheet::templatePlaceholders())
            filled.replace(p.toUtf8(), "Written by the writer.");
        s = SheetParser::parse(filled, QStringLiteral("character_hero.md"));
        QVERIFY(!hasIssue(s, QStringLiteral("placeholder"), false));
    }

    void crlfAndBom()
    {
        const CharacterSheet s = SheetParser::parseFile(sheet("crlf_bom.md"));
        QCOMPARE(s.name, QStringLiteral("Crlf Person"));
        QCOMPARE(s.section(SheetSection::Kind::Personality)->text, QStringLiteral("Windows line ends."));
        QCOMPARE(s.traits(), QStringList{QStringLiteral("calm")});
        QVERIFY(s.issues.isEmpty());
    }

    void fencedMetadata()
    {
        const CharacterSheet s = SheetParser::parseFile(sheet("fenced_metadata.md"));
        QCOMPARE(s.traits(), (QStringList{QStringLiteral("tidy"), QStringLiteral("careful")}));
        QCOMPARE(s.section(SheetSection::Kind::Personality)->text, QStringLiteral("Keeps metadata in a fence."));
    }

    void overlongSectionWarns()
    {
        QByteArray text = "# Talker\n\n## Personality\n";
        for (int i = 0; i < 600; ++i)
            text += "She talks and talks about the lighthouse. ";
        text += "\n\nmetadata:\n  traits: [\"talkative\"]\n";
        const CharacterSheet s = SheetParser::parse(text, QStringLiteral("character_talker.md"));
        QVERIFY(hasIssue(s, QStringLiteral("prompts keep about"), false));
    }

    void hugeFileIsRefusedWithoutReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("character_huge.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line(1023, 'a');
        for (int i = 0; i < 20 * 1024; ++i)
            f.write(line + '\n');
        f.close();
        const CharacterSheet s = SheetParser::parseFile(path);
        QCOMPARE(s.name, QStringLiteral("Huge"));
        QVERIFY(hasIssue(s, QStringLiteral("20.0 MB"), true));
    }

    void unreadableFile()
    {
        const CharacterSheet s = SheetParser::parseFile(QStringLiteral("/nonexistent/character_ghost.md"));
        QCOMPARE(s.name, QStringLiteral("Ghost"));
        QVERIFY(s.hasErrors());
    }

    void pathologicalMarkdownFinishes()
    {
        // Deep nesting and long runs that make naive parsers quadratic.
        QByteArray nested(100000, '>');
        nested.prepend("# Deep\n\n## Personality\n");
        const CharacterSheet a = SheetParser::parse(nested + " x\n", QStringLiteral("deep.md"));
        QCOMPARE(a.name, QStringLiteral("Deep"));

        QByteArray stars = "# Stars\n\n## Personality\n";
        for (int i = 0; i < 50000; ++i)
            stars += "*a **b ";
        const CharacterSheet b = SheetParser::parse(stars, QStringLiteral("stars.md"));
        QCOMPARE(b.name, QStringLiteral("Stars"));

        QByteArray brackets = "# Brackets\n\n## Personality\n" + QByteArray(200000, '[') + QByteArray(200000, ']');
        QCOMPARE(SheetParser::parse(brackets, QStringLiteral("b.md")).name, QStringLiteral("Brackets"));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(1234);
        for (int round = 0; round < 300; ++round) {
            QByteArray data(int(rng.bounded(4096)), Qt::Uninitialized);
            for (char &c : data) {
                // Mostly Markdown-significant ASCII, sometimes any byte.
                static const char alphabet[] = "#>-*_`[]()!:\n \t|~\"'abcXYZ123metadat";
                c = rng.bounded(10) == 0 ? char(rng.bounded(256)) : alphabet[rng.bounded(int(sizeof alphabet - 1))];
            }
            const CharacterSheet s = SheetParser::parse(data, QStringLiteral("random.md"));
            QVERIFY(!s.name.isEmpty());
        }
    }

    void slugs()
    {
        QCOMPARE(CharacterSheet::slugForName(QStringLiteral("Olga Solis")), QStringLiteral("olga_solis"));
        QCOMPARE(CharacterSheet::slugForName(QStringLiteral("Ooooo")), QStringLiteral("ooooo"));
        QCOMPARE(CharacterSheet::slugForName(QStringLiteral("  Lord  Grigon ")), QStringLiteral("lord_grigon"));
        QCOMPARE(CharacterSheet::nameFromFileName(QStringLiteral("/x/character_ambassador_questa.md")), QStringLiteral("Ambassador Questa"));
    }

    void renderer()
    {
        QFile f(sheet("well_formed.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = SheetRenderer::toHtml(QString::fromUtf8(f.readAll()));
        QVERIFY(html.contains(QStringLiteral("<h1>Captain Mara Vell</h1>")));
        QVERIFY(html.contains(QStringLiteral("<strong>last working lighthouse</strong>")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\">source</th>")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\">traits</th>")));
        QVERIFY(!html.contains(QStringLiteral("metadata:")));
    }
};

QTEST_GUILESS_MAIN(TestSheetParser)
#include "tst_sheetparser.moc"
