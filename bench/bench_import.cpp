// bench_import: writes a 200,000-record JSONL file, imports it into a fresh studio.db with the
// importer (read, parse, store, index) and prints records per second and peak memory, next to a
// python3 loop that only parses the same file with json.loads, next to a python3 script doing the
// same job (json.loads, sqlite3, indexes), and next to SQLite alone storing the same rows from
// memory (no reading, no parsing): the least any import into studio.db costs. Last, the same
// records as one JSON array and the same file gzip-compressed, each into a fresh studio.db.
//
//   bench_import [RECORDS] [--keep FILE]

#include "dataset/datasetstore.h"
#include "dataset/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <zlib.h>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

const char *const Personas[] = {"Elio Solis", "Glordon", "Olga Solis", "Lord Grigon", "Ambassador Questa", "Gunther Melmac",
                                "Bryce Markwell", "Ooooo", "Ambassador Helix", "Caleb", "Ambassador Tegmen"};
const char *const Words[] = {"the", "stars", "friend", "Communiverse", "ocean", "potato", "warrior", "kind", "brave", "I",
                             "you", "we", "ambassador", "hello", "tell", "me", "about", "your", "day", "signal",
                             "Wikkit", "ship", "lab", "radio", "Earth", "naïve", "café", "✨", "really", "maybe"};

QByteArray sentence(QRandomGenerator &rng, int words)
{
    QByteArray s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        s += Words[rng.bounded(int(std::size(Words)))];
    }
    return s;
}

// Mostly the studio's own records, with some OpenAI chat and ShareGPT lines mixed in, as a
// merged dataset would have.
bool writeFile(const QString &path, int records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(42);
    QByteArray line;
    for (int i = 0; i < records; ++i) {
        const QByteArray persona = Personas[rng.bounded(int(std::size(Personas)))];
        const QByteArray input = sentence(rng, 12 + rng.bounded(10));
        const QByteArray output = sentence(rng, 30 + rng.bounded(40));
        const int kind = i % 10;
        if (kind < 8) {
            line = "{\"persona\":\"" + persona + "\",\"category\":\"greeting\",\"instruction\":\"Respond as " + persona
                   + " from Pixar's Elio to the following message.\",\"input\":\"" + input + "\",\"output\":\"" + output + "\"}\n";
        } else if (kind == 8) {
            line = "{\"messages\":[{\"role\":\"system\",\"content\":\"You are " + persona + " from Pixar's Elio.\"},{\"role\":\"user\",\"content\":\""
                   + input + "\"},{\"role\":\"assistant\",\"content\":\"" + output + "\"}]}\n";
        } else {
            line = "{\"conversations\":[{\"from\":\"system\",\"value\":\"You are " + persona + " from Pixar's Elio.\"},{\"from\":\"human\",\"value\":\""
                   + input + "\"},{\"from\":\"gpt\",\"value\":\"" + output + "\"}]}\n";
        }
        file.write(line);
    }
    return file.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int records = 200000;
    if (args.size() > 1 && args.at(1).toInt() > 0)
        records = args.at(1).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.jsonl"));
    if (!writeFile(path, records)) {
        out << "cannot write " << path << Qt::endl;
        return 1;
    }
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    if (keep > 0 && keep + 1 < args.size()) {
        QFile::remove(args.at(keep + 1));
        QFile::copy(path, args.at(keep + 1));   // to profile the import of the same file elsewhere
    }
    const qint64 bytes = QFile(path).size();
    out << "file: " << records << " records, " << bytes / (1024 * 1024) << " MB" << Qt::endl;
    const long rssBefore = peakRssKb();

    DatasetStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("studio.db")), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    Importer importer;
    QStringList names;
    for (const char *p : Personas)
        names << QString::fromUtf8(p);
    importer.setKnownPersonas(names);
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const ImportSummary summary = importer.importFiles(store, {path});
    const qint64 importMs = timer.elapsed();
    const double importCpu = cpuSeconds() - cpuBefore;
    const long rssAfter = peakRssKb();
    if (summary.imported != records || store.recordCount() != records) {
        out << "import lost records: " << summary.imported << " of " << records << Qt::endl;
        return 1;
    }

    // SQLite alone: the rows just imported, read back into memory, stored into a fresh studio.db
    // the way the importer stores them (chunks of about 4 MB, CHECK constraints off, indexes built
    // at the end), without the checkpoint that copies them from the WAL into the database file.
    qint64 sqliteMs = -1;
    {
        QList<QByteArray> text;
        std::vector<ImportRow> all;
        {
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT persona, category, instruction, input, output, dialogue, dedup_key, source_line FROM records ORDER BY id"));
            while (q.next()) {
                for (int c = 0; c < 7; ++c)
                    text << q.value(c).toString().toUtf8();
                const qsizetype b = text.size() - 7;
                all.push_back(ImportRow{text[b], text[b + 1], text[b + 2], text[b + 3], text[b + 4], text[b + 5], text[b + 6], q.value(7).toLongLong(), {}, {}});
            }
        }
        DatasetStore bare;
        if (!bare.open(dir.filePath(QStringLiteral("bare.db")), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        timer.restart();
        QSqlQuery pragma(bare.database());
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints=ON"));
        bare.dropRecordIndexes(nullptr);
        DatasetBulkInserter inserter(bare);
        std::vector<ImportRow> chunk;
        qsizetype chunkBytes = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            const ImportRow &r = all[i];
            chunk.push_back(r);
            chunkBytes += r.instruction.size() + r.input.size() + r.output.size() + r.dialogue.size() + 100;
            if (chunkBytes >= 4 * 1024 * 1024 || i + 1 == all.size()) {
                if (!inserter.insertImported(chunk, path, now, &error)) {
                    out << error << Qt::endl;
                    return 1;
                }
                chunk.clear();
                chunkBytes = 0;
            }
        }
        bare.createRecordIndexes(nullptr);
        sqliteMs = timer.elapsed();
    }

    // Imports `file` into a fresh studio.db of that name: its time, or -1 (said) when the
    // database cannot be opened or records are lost.
    auto importInto = [&](const QString &file, const QString &dbName) -> qint64 {
        DatasetStore store;
        QString openError;
        if (!store.open(dir.filePath(dbName), &openError)) {
            out << openError << Qt::endl;
            return -1;
        }
        Importer importer;
        importer.setKnownPersonas(names);
        QElapsedTimer clock;
        clock.start();
        const ImportSummary summary = importer.importFiles(store, {file});
        const qint64 ms = clock.elapsed();
        if (summary.imported != records) {
            out << "the import of " << file << " lost records: " << summary.imported << " of " << records << Qt::endl;
            return -1;
        }
        return ms;
    };

    // The same records as one JSON array (as Alpaca and ShareGPT datasets are published),
    // imported into another fresh studio.db.
    qint64 arrayMs = -1;
    {
        const QString arrayPath = dir.filePath(QStringLiteral("bench.json"));
        QFile in(path);
        QFile arrayFile(arrayPath);
        if (in.open(QIODevice::ReadOnly) && arrayFile.open(QIODevice::WriteOnly)) {
            arrayFile.write("[\n");
            bool first = true;
            while (!in.atEnd()) {
                const QByteArray line = in.readLine().trimmed();
                if (line.isEmpty())
                    continue;
                arrayFile.write(first ? "  " : ",\n  ");
                arrayFile.write(line);
                first = false;
            }
            arrayFile.write("\n]\n");
        }
        arrayFile.close();
        arrayMs = importInto(arrayPath, QStringLiteral("array.db"));
        if (arrayMs < 0)
            return 1;
    }

    // The same JSON Lines gzip-compressed (as many datasets are published: .jsonl.gz), imported
    // into another fresh studio.db: inflated as it is read.
    qint64 gzipMs = -1;
    qint64 gzipBytes = 0;
    {
        const QString gzipPath = dir.filePath(QStringLiteral("bench.jsonl.gz"));
        QFile in(path);
        gzFile gz = gzopen(QFile::encodeName(gzipPath).constData(), "wb6");
        if (!gz || !in.open(QIODevice::ReadOnly)) {
            out << "cannot write " << gzipPath << Qt::endl;
            return 1;
        }
        while (!in.atEnd()) {
            const QByteArray block = in.read(1 << 20);
            gzwrite(gz, block.constData(), unsigned(block.size()));
        }
        gzclose(gz);
        gzipBytes = QFileInfo(gzipPath).size();
        gzipMs = importInto(gzipPath, QStringLiteral("gzip.db"));
        if (gzipMs < 0)
            return 1;
    }

    // The same file parsed by CPython's json.loads only (C accelerated), nothing stored.
    QProcess python;
    const QString script = QStringLiteral(
        "import json, sys, time\n"
        "t = time.perf_counter()\n"
        "c = time.process_time()\n"
        "n = 0\n"
        "with open(sys.argv[1], encoding='utf-8') as f:\n"
        "    for line in f:\n"
        "        if line.strip():\n"
        "            json.loads(line)\n"
        "            n += 1\n"
        "print(n, int((time.perf_counter() - t) * 1000), int((time.process_time() - c) * 1000))\n");
    timer.restart();
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    python.waitForFinished(-1);
    const qint64 pythonWallMs = timer.elapsed();
    const QList<QByteArray> pythonOut = python.readAllStandardOutput().trimmed().split(' ');
    const qint64 pythonLoopMs = pythonOut.size() == 3 ? pythonOut.at(1).toLongLong() : -1;
    const qint64 pythonCpuMs = pythonOut.size() == 3 ? pythonOut.at(2).toLongLong() : -1;

    // The plain script that the studio replaces, doing the same job: python3 reads the file,
    // parses each line with json.loads, takes the record's fields (the studio's own lines, OpenAI
    // chat and ShareGPT conversations), hashes it lowercased for the duplicate check, stores the
    // rows into a fresh studio.db with the sqlite3 module (one transaction, the records' indexes
    // dropped before and built after, as the importer does) and checkpoints. It checks less than
    // the importer (no folding of punctuation and spaces before hashing, no UTF-8 or line problems
    // reported, no duplicates looked up, no re-import by line), so it is the least such a script
    // costs.
    qint64 pythonImportMs = -1;
    QString pythonImportError;
    {
        const QString target = dir.filePath(QStringLiteral("python.db"));
        {
            DatasetStore fresh;
            if (!fresh.open(target, &error)) {
                out << error << Qt::endl;
                return 1;
            }
        }
        const QString importScript = QStringLiteral(
            "import hashlib, json, re, sqlite3, sys, time\n"
            "t = time.perf_counter()\n"
            "def key(p, i, o):\n"
            "    return hashlib.sha1((p + '\\x1f' + i.lower() + '\\x1f' + o.lower()).encode()).hexdigest()\n"
            "db = sqlite3.connect(sys.argv[2], isolation_level=None)\n"
            "db.execute('PRAGMA journal_mode=WAL'); db.execute('PRAGMA synchronous=NORMAL')\n"
            "db.execute('PRAGMA wal_autocheckpoint=0')\n"
            "idx = db.execute(\"SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='records' AND sql IS NOT NULL\").fetchall()\n"
            "db.execute('BEGIN')\n"
            "for name, _ in idx: db.execute('DROP INDEX ' + name)\n"
            "now = time.strftime('%Y-%m-%dT%H:%M:%S.000Z', time.gmtime())\n"
            "rows = []\n"
            "def flush():\n"
            "    db.executemany('INSERT INTO records (persona, category, instruction, input, output, dialogue, status, source_kind, source,'\n"
            "                   ' flags, dedup_key, created_at, source_line) VALUES (?, ?, ?, ?, ?, ?, \\'unreviewed\\', \\'imported\\', ?, \\'\\', ?, ?, ?)', rows)\n"
            "    rows.clear()\n"
            "with open(sys.argv[1], encoding='utf-8') as f:\n"
            "    for n, line in enumerate(f, 1):\n"
            "        if not line.strip(): continue\n"
            "        r = json.loads(line)\n"
            "        turns = r.get('messages') or r.get('conversations')\n"
            "        if turns:\n"
            "            text = [t.get('content', t.get('value', '')) for t in turns]\n"
            "            m = re.match(r'You are (.+?)(?: from|[.,]|$)', text[0])\n"
            "            persona, category, instruction, inp, out = (m.group(1) if m else ''), '', text[0], text[1], text[2]\n"
            "        else:\n"
            "            persona, category, instruction, inp, out = r['persona'], r.get('category', ''), r.get('instruction', ''), r.get('input', ''), r['output']\n"
            "        rows.append((persona, category, instruction, inp, out, None, sys.argv[1], key(persona, inp, out), now, n))\n"
            "        if len(rows) == 10000: flush()\n"
            "flush()\n"
            "for _, sql in idx: db.execute(sql)\n"
            "db.execute('COMMIT')\n"
            "db.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
            "n = db.execute('SELECT count(*) FROM records').fetchone()[0]\n"
            "print(n, int((time.perf_counter() - t) * 1000))\n");
        QProcess pythonImport;
        pythonImport.start(QStringLiteral("python3"), {QStringLiteral("-c"), importScript, path, target});
        pythonImport.waitForFinished(-1);
        const QList<QByteArray> result = pythonImport.readAllStandardOutput().trimmed().split(' ');
        if (pythonImport.exitStatus() == QProcess::NormalExit && pythonImport.exitCode() == 0 && result.size() == 2
            && result.at(0).toInt() == records)
            pythonImportMs = result.at(1).toLongLong();
        else
            pythonImportError = QString::fromUtf8(pythonImport.readAllStandardError().trimmed()) + QString::fromUtf8(result.join(' '));
    }

    const double seconds = importMs / 1000.0;
    out << QStringLiteral("persona-studio import (read, parse, store, index): %1 ms (CPU %5 s, all threads), %2 records/s, peak RSS %3 MB (%4 MB before the import)")
               .arg(importMs)
               .arg(qint64(records / (seconds > 0 ? seconds : 0.001)))
               .arg(rssAfter / 1024)
               .arg(rssBefore / 1024)
               .arg(importCpu, 0, 'f', 2)
           << Qt::endl;
    if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0)
        out << QStringLiteral("python3 json.loads parse-only loop:                 %1 ms (CPU %4 s; %2 ms with interpreter start), %3 records/s")
                   .arg(pythonLoopMs)
                   .arg(pythonWallMs)
                   .arg(qint64(records / (pythonLoopMs > 0 ? pythonLoopMs / 1000.0 : 0.001)))
                   .arg(pythonCpuMs / 1000.0, 0, 'f', 2)
            << Qt::endl;
    else
        out << "python3 could not be run: " << python.errorString() << Qt::endl;
    if (pythonImportMs >= 0)
        out << QStringLiteral("python3 doing the same job (json.loads, sqlite3):  %1 ms, %2 records/s")
                   .arg(pythonImportMs)
                   .arg(qint64(records / (pythonImportMs > 0 ? pythonImportMs / 1000.0 : 0.001)))
            << Qt::endl;
    else
        out << "python3's import failed: " << pythonImportError << Qt::endl;
    out << QStringLiteral("SQLite alone, the same rows from memory (stored in the WAL, indexed): %1 ms").arg(sqliteMs) << Qt::endl;
    out << QStringLiteral("persona-studio import of the same records as one JSON array:      %1 ms").arg(arrayMs) << Qt::endl;
    out << QStringLiteral("persona-studio import of the same file gzip-compressed (%1 MB):    %2 ms")
               .arg(gzipBytes / 1e6, 0, 'f', 1)
               .arg(gzipMs)
        << Qt::endl;
    return 0;
}
