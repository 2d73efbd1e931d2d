// persona-studio-cli plan, run as a user would: its JSON, its table and its errors.

#include "tempproject.h"
#include "clirun.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliPlan : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList &args) { return runCli(args); }

private slots:
    void sampleJson()
    {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--project"), TestPaths::sampleProject(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject plan = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(plan.value(QStringLiteral("total")).toInt(), 920);
        const QJsonArray personas = plan.value(QStringLiteral("personas")).toArray();
        QCOMPARE(personas.size(), 15);
        int sum = 0;
        for (const QJsonValue &v : personas) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.contains(QStringLiteral("tier")));
            QVERIFY(p.value(QStringLiteral("traits")).isArray());
            QVERIFY(p.value(QStringLiteral("warnings")).isArray());
            int categories = 0;
            const QJsonObject split = p.value(QStringLiteral("categories")).toObject();
            for (auto it = split.begin(); it != split.end(); ++it)
                categories += it.value().toInt();
            QCOMPARE(categories, p.value(QStringLiteral("target")).toInt());
            sum += p.value(QStringLiteral("target")).toInt();
            if (p.value(QStringLiteral("name")).toString() == QLatin1String("Olga Solis")) {
                QCOMPARE(p.value(QStringLiteral("tier")).toString(), QStringLiteral("main"));
                QCOMPARE(p.value(QStringLiteral("target")).toInt(), 150);
            }
        }
        QCOMPARE(sum, 920);
    }

    void table()
    {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--project"), TestPaths::sampleProject()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Total to generate: 920 records for 15 characters"));
        QVERIFY(r.out.contains("Glordon"));
    }

    // init starts a project; a sheet put in its folder and listed under a tier is planned.
    void initThenPlan()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ferry"));
        Run r = cli({QStringLiteral("init"), QStringLiteral("--project"), dir, QStringLiteral("--work"), QStringLiteral("Night Ferry")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Night Ferry"));
        r = cli({QStringLiteral("init"), QStringLiteral("--project"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already holds a project"));

        QVERIFY(TempProject::writeFile(dir + QStringLiteral("/rag-resources/character_captain_ilse.md"),
                                       "# Captain Ilse\n\n## Personality\n\n- Calm.\n- Dry humour.\n"));
        QFile json(dir + QStringLiteral("/studio.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonObject studio = QJsonDocument::fromJson(json.readAll()).object();
        json.close();
        QJsonArray tiers = studio.value(QStringLiteral("tiers")).toArray();
        QCOMPARE(tiers.size(), 4);
        QJsonObject main = tiers.at(0).toObject();
        QCOMPARE(main.value(QStringLiteral("name")).toString(), QStringLiteral("main"));
        main.insert(QStringLiteral("members"), QJsonArray{QStringLiteral("Captain Ilse")});
        tiers.replace(0, main);
        studio.insert(QStringLiteral("tiers"), tiers);
        QVERIFY(TempProject::writeFile(dir + QStringLiteral("/studio.json"), QJsonDocument(studio).toJson()));

        r = cli({QStringLiteral("plan"), QStringLiteral("--project"), dir, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plan.value(QStringLiteral("total")).toInt(), 150);
        QCOMPARE(plan.value(QStringLiteral("personas")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Captain Ilse"));
    }

    void folderOfSheets()
    {
        TempProject tmp(TestPaths::dataDir() + QStringLiteral("/projects/plain-sheets"));
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--project"), tmp.path(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plan.value(QStringLiteral("personas")).toArray().size(), 2);
        QCOMPARE(plan.value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(plan.value(QStringLiteral("personas")).toArray().first().toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("unassigned"));
    }

    void errorsGoToStderr()
    {
        QTemporaryDir empty;
        Run r = cli({QStringLiteral("plan"), QStringLiteral("--project"), empty.path()});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("no studio.json"));

        r = cli({QStringLiteral("plan")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("plan needs --project DIR"));
        r = cli({QStringLiteral("plan"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no-such-option"));

        // A command's help names the command in its usage line.
        r = cli({QStringLiteral("plan"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("persona-studio-cli plan [options]"), r.out.constData());
        QVERIFY(r.out.contains("--project"));

        r = cli({QStringLiteral("no-such-command")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command"));
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"
