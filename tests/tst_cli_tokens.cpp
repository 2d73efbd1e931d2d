// persona-studio-cli tokens, run as a user would: counts and ids from a file and from standard
// input, both encodings, and errors.

#include "clirun.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QTest>

class TestCliTokens : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run cli(const QStringList &args, const QByteArray &input = {})
    {
        Run r = runCli(QStringList{QStringLiteral("tokens")} + args, input);
        r.out = r.out.trimmed();
        return r;
    }

private slots:
    void standardInput()
    {
        // Reference ids from tiktoken: o200k_base "Hello, world!" = 13225 11 2375 0.
        Run r = cli({QStringLiteral("--ids")}, "Hello, world!");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("13225 11 2375 0"));
        r = cli({}, "Hello, world!");
        QCOMPARE(r.out, QByteArray("4"));
        r = cli({QStringLiteral("--encoding"), QStringLiteral("cl100k_base"), QStringLiteral("--ids")}, "Hello, world!");
        QCOMPARE(r.out, QByteArray("9906 11 1917 0"));
    }

    void file()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("line.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*wiggles happily* Elio is my best friend! \xf0\x9f\x91\xbd");
        f.close();
        const Run r = cli({path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.toInt() > 8);
        QVERIFY(r.out.toInt() < 20);
    }

    void errors()
    {
        Run r = cli({QStringLiteral("/nonexistent/file.txt")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("/nonexistent/file.txt"));
        r = cli({QStringLiteral("--encoding"), QStringLiteral("p50k_nonsense")}, "x");
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_cli_tokens.moc"
