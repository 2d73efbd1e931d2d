// Project::open with and without studio.json, and the errors it reports.

#include "project/project.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestProject : public QObject
{
    Q_OBJECT

    // Every issue of the project, one per line.
    static QString issueText(const Project &p)
    {
        QStringList messages;
        for (const Issue &i : p.issues)
            messages << i.toString();
        return messages.join(QLatin1Char('\n'));
    }

private slots:
    void sampleProject()
    {
        const Project::OpenResult opened = Project::open(TestPaths::sampleProject());
        QVERIFY2(opened.project, qPrintable(opened.error));
        const Project &p = *opened.project;
        QCOMPARE(p.characters.size(), 15);
        QCOMPARE(p.work, QStringLiteral("Pixar's Elio"));
        QCOMPARE(p.generation.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(p.tierOf(QStringLiteral("Glordon")), QStringLiteral("main"));
        QCOMPARE(p.targetFor(QStringLiteral("Glordon")), 150);
        QCOMPARE(p.targetFor(QStringLiteral("Elio Solis")), 0);
        QCOMPARE(p.targetFor(QStringLiteral("Ambassador Mira")), 30);
        QCOMPARE(p.instructionFor(QStringLiteral("Glordon")), QStringLiteral("Respond as Glordon from Pixar's Elio to the following message."));
        QVERIFY(p.priceFor(QStringLiteral("gpt-4o-mini-2024-07-18")));
        QCOMPARE(p.priceFor(QStringLiteral("gpt-4o-mini"))->inputPerMillion, 0.15);
        for (const CharacterEntry &c : p.characters) {
            QVERIFY2(!c.sheet.hasErrors(), qPrintable(c.name));
            QCOMPARE(c.sheet.name, c.name);
            QVERIFY2(c.sheet.section(SheetSection::Kind::Personality), qPrintable(c.name));
            QVERIFY2(!c.sheet.traits().isEmpty(), qPrintable(c.name));
        }
        // Main, major and supporting characters have 4–6 categories of their own.
        for (const QString &name : {QStringLiteral("Glordon"), QStringLiteral("Olga Solis"), QStringLiteral("Lord Grigon"),
                                    QStringLiteral("Ambassador Questa"), QStringLiteral("Gunther Melmac"), QStringLiteral("Bryce Markwell"),
                                    QStringLiteral("Ooooo"), QStringLiteral("Ambassador Helix")}) {
            const qsizetype own = p.characterCategories.value(name).size();
            QVERIFY2(own >= 4 && own <= 6, qPrintable(name));
        }
        QCOMPARE(p.categoriesFor(QStringLiteral("Caleb")).size(), 5);
    }

    void folderOfSheetsBecomesProject()
    {
        TempProject tmp(TestPaths::dataDir() + QStringLiteral("/projects/plain-sheets"));
        QVERIFY(tmp.isValid());
        const QString sheetPath = tmp.path() + QStringLiteral("/rag-resources/character_tobin_reef.md");
        QFile sheet(sheetPath);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const QByteArray before = sheet.readAll();
        sheet.close();

        const Project::OpenResult opened = Project::open(tmp.path());
        QVERIFY2(opened.project, qPrintable(opened.error));
        const Project &p = *opened.project;
        QVERIFY(p.createdFromSheets);
        QCOMPARE(p.sheetsDir, QStringLiteral("rag-resources"));
        QCOMPARE(p.characters.size(), 2);
        QCOMPARE(p.characters.at(0).name, QStringLiteral("Captain Mara Vell"));
        QCOMPARE(p.tiers.size(), 1);
        QCOMPARE(p.tiers.first().name, Project::UnassignedTier);
        QCOMPARE(p.tiers.first().members.size(), 2);
        QCOMPARE(p.targetFor(QStringLiteral("Tobin Reef")), 0);
        QCOMPARE(p.work, QStringLiteral("The Lantern Coast"));
        QCOMPARE(p.commonCategories.size(), 5);
        QVERIFY(!QFile::exists(p.studioJsonPath())); // opening alone writes nothing

        QString error;
        QVERIFY2(p.save(&error), qPrintable(error));
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QCOMPARE(sheet.readAll(), before);
        const Project::OpenResult again = Project::open(tmp.path());
        QVERIFY(again.project);
        QVERIFY(!again.project->createdFromSheets);
        QCOMPARE(again.project->characters.size(), 2);
        QCOMPARE(again.project->toJson(), p.toJson());
    }

    void sheetsDirectlyInFolder()
    {
        QTemporaryDir dir;
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("character_solo.md")), "# Solo\n\n## Personality\nAlone.\n"));
        const Project::OpenResult opened = Project::open(dir.path());
        QVERIFY2(opened.project, qPrintable(opened.error));
        QCOMPARE(opened.project->sheetsDir, QStringLiteral("."));
        QCOMPARE(opened.project->characters.first().name, QStringLiteral("Solo"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("studioJson");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("broken json") << QByteArray("{\n  \"work\": \"x\",\n  oops\n}") << QStringLiteral("studio.json:3: not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("newer format") << QByteArray("{\"format_version\": 99}") << QStringLiteral("newer than this version");
    }

    void errors()
    {
        QFETCH(QByteArray, studioJson);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("studio.json")), studioJson));
        const Project::OpenResult opened = Project::open(dir.path());
        QVERIFY(!opened.project);
        QVERIFY2(opened.error.contains(fragment), qPrintable(opened.error));
    }

    // A project started from nothing: the seed guide's tiers, the common categories, an empty
    // sheets folder; it opens with no problem, and a second start in the same folder is refused.
    void newProjectFromNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("My Show"));
        QString error;
        QVERIFY2(Project::createNew(dir, QStringLiteral("  The   Show "), &error), qPrintable(error));
        QVERIFY(QFileInfo(dir + QStringLiteral("/rag-resources")).isDir());
        const Project::OpenResult opened = Project::open(dir);
        QVERIFY2(opened.project, qPrintable(opened.error));
        const Project &p = *opened.project;
        QVERIFY(!p.createdFromSheets);
        QCOMPARE(p.name, QStringLiteral("My Show"));
        QCOMPARE(p.work, QStringLiteral("The Show"));
        QVERIFY(p.characters.isEmpty());
        QCOMPARE(p.tiers.size(), 4);
        QCOMPARE(p.tierTarget(QStringLiteral("main")), 150);
        QCOMPARE(p.tierTarget(QStringLiteral("major")), 100);
        QCOMPARE(p.tierTarget(QStringLiteral("supporting")), 60);
        QCOMPARE(p.tierTarget(QStringLiteral("minor")), 30);
        QCOMPARE(p.commonCategories, Project::defaultCommonCategories());
        QVERIFY(p.priceFor(QStringLiteral("gpt-4o-mini")).has_value());
        QVERIFY2(p.issues.isEmpty(), qPrintable(p.issues.isEmpty() ? QString() : p.issues.first().toString()));

        QVERIFY(!Project::createNew(dir, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("already holds a project")), qPrintable(error));
        // Without a name for the work, the folder's.
        const QString other = tmp.filePath(QStringLiteral("other"));
        QVERIFY(Project::createNew(other, QString(), &error));
        QCOMPARE(Project::open(other).project->work, QStringLiteral("other"));
    }

    void notAProject()
    {
        QTemporaryDir dir;
        QVERIFY(Project::open(dir.path()).error.contains(QStringLiteral("no studio.json and no character_*.md")));
        QVERIFY(Project::open(dir.filePath(QStringLiteral("missing"))).error.contains(QStringLiteral("does not exist")));
    }

    void problemsThatLeaveAUsableProject()
    {
        QTemporaryDir dir;
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("studio.json")), R"({
            "work": "Test",
            "sheets_dir": "sheets",
            "characters": [
                {"name": "Here", "sheet": "character_here.md"},
                {"name": "Gone", "sheet": "character_gone.md"},
                {"name": "Sneaky", "sheet": "../../etc/passwd"}
            ],
            "tiers": [{"name": "main", "target": 10, "members": ["Here", "Nobody", "Gone"]},
                      {"name": "minor", "target": 5, "members": ["Here"]}],
            "overrides": {"Gone": 3},
            "categories": {"common": ["greeting", {"name": "advice", "weight": 2}, {"name": "greeting", "prompt": "Again."}],
                           "characters": {"Here": ["hobby", "hobby"]}}
        })"));
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("sheets/character_here.md")), "# Here\n\n## Personality\nPresent.\n"));
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("sheets/character_extra.md")), "# Extra\n\n## Personality\nUnlisted.\n"));
        const Project::OpenResult opened = Project::open(dir.path());
        QVERIFY2(opened.project, qPrintable(opened.error));
        const Project &p = *opened.project;
        const QString all = issueText(p);
        QVERIFY2(all.contains(QStringLiteral("the sheet of Gone is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("names Nobody")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("more than one tier")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("is not a file name inside the sheets folder")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Extra is not in studio.json yet")), qPrintable(all));
        // A category named twice would split its share and the run, counting by name, would stop short.
        QVERIFY2(all.contains(QStringLiteral("categories.common names the category greeting twice; the second was ignored")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the categories of Here names the category hobby twice")), qPrintable(all));
        QCOMPARE(p.commonCategories.size(), 2);
        QCOMPARE(p.commonCategories.first().prompt, QString());
        QCOMPARE(p.categoriesFor(QStringLiteral("Here")).size(), 3);
        QCOMPARE(p.characters.size(), 4);
        QCOMPARE(p.tierOf(QStringLiteral("Here")), QStringLiteral("main"));
        QCOMPARE(p.targetFor(QStringLiteral("Gone")), 3);
        QCOMPARE(p.tierOf(QStringLiteral("Extra")), Project::UnassignedTier);
        QCOMPARE(p.targetFor(QStringLiteral("Extra")), 0);
        // The path outside the project was never followed.
        QVERIFY(p.character(QStringLiteral("Sneaky"))->sheet.filePath.endsWith(QStringLiteral("sheets/character_sneaky.md")));
    }

    // A NUL in a file or folder name from studio.json is reported, not handed to the system
    // (Qt refuses such a name with a warning and every later save of the sheet fails).
    void nulInNamesIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("studio.json")), R"({
            "work": "Test",
            "sheets_dir": "she\u0000ets",
            "characters": [{"name": "Here", "sheet": "character_here.md\u0000.txt"}],
            "tiers": [{"name": "main", "target": 10, "members": ["Here"]}]
        })"));
        QVERIFY(TempProject::writeFile(dir.filePath(QStringLiteral("rag-resources/character_here.md")), "# Here\n\n## Personality\nPresent.\n"));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Broken filename")));
        const Project::OpenResult opened = Project::open(dir.path());
        QVERIFY2(opened.project, qPrintable(opened.error));
        const Project &p = *opened.project;
        const QString all = issueText(p);
        QVERIFY2(all.contains(QStringLiteral("sheets_dir \"she\\u0000ets\" is not a folder name")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the sheet of Here, \"character_here.md\\u0000.txt\", is not a file name")), qPrintable(all));
        QCOMPARE(p.sheetsDir, QStringLiteral("rag-resources"));
        // The sheet in the usual place, under the usual name, is read.
        QCOMPARE(p.character(QStringLiteral("Here"))->sheetFile, QStringLiteral("character_here.md"));
        QCOMPARE(p.character(QStringLiteral("Here"))->sheet.name, QStringLiteral("Here"));
        QVERIFY2(!all.contains(QStringLiteral("missing")), qPrintable(all));
    }

    void unknownKeysSurviveSave()
    {
        TempProject tmp(TestPaths::dataDir() + QStringLiteral("/projects/plain-sheets"));
        QVERIFY(TempProject::writeFile(tmp.path() + QStringLiteral("/studio.json"), R"({"work": "W", "future_feature": {"x": 1}})"));
        Project p = *Project::open(tmp.path()).project;
        QString error;
        QVERIFY(p.save(&error));
        QCOMPARE(Project::open(tmp.path()).project->extra.value(QStringLiteral("future_feature")).toObject().value(QStringLiteral("x")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
