// SheetParser on the sheets writers keep and on hostile files.

#include "sheet/sheetparser.h"
#include "sheet/sheetrenderer.h"
#include "testpaths.h"

#include <QFile>
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

private slots:
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
