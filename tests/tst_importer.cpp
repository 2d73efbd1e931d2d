// Importer: every accepted format, every kind of bad line (with its line number), nothing valid
// lost, chunking, over-long lines, and the dedup keys it computes on its own.

#include "gzipdata.h"
#include "tempproject.h"
#include "testpaths.h"

#include "dataset/datasetstore.h"
#include "dataset/importer.h"
#include "project/project.h"
#include "util/compressedfile.h"
#include "util/utf8.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestImporter : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name) { return TestPaths::dataDir() + QStringLiteral("/import/") + name; }

    struct Setup
    {
        TempProject project{TestPaths::sampleProject()};
        DatasetStore store;
        QStringList names;
    };
    static void open(Setup &s)
    {
        QVERIFY(s.project.isValid());
        QString error;
        QVERIFY2(s.store.open(QDir(s.project.path()).filePath(QStringLiteral("studio.db")), &error), qPrintable(error));
        const Project::OpenResult opened = Project::open(s.project.path());
        QVERIFY(opened.project);
        for (const CharacterEntry &c : opened.project->characters)
            s.names << c.name;
    }
    static ImportSummary run(Setup &s, const QStringList &files, Importer::Options options = Importer::Options())
    {
        Importer importer(options);
        importer.setKnownPersonas(s.names);
        return importer.importFiles(s.store, files);
    }
    // Imports `lines`, written to a file of this name in the project.
    static ImportSummary importLines(Setup &s, const QString &name, const QByteArray &lines, const Importer::Options &options = {})
    {
        const QString path = QDir(s.project.path()).filePath(name);
        if (!TempProject::writeFile(path, lines))
            qWarning("cannot write %s", qPrintable(path));   // the import then reports the file
        return run(s, {path}, options);
    }
    // What problemsOf() gives for lines skipped as not a usable record.
    static QList<std::pair<qint64, ImportProblem::Kind>> notRecords(const QList<qint64> &lines)
    {
        QList<std::pair<qint64, ImportProblem::Kind>> list;
        for (const qint64 line : lines)
            list.append({line, ImportProblem::Kind::NotARecord});
        return list;
    }
    static QList<std::pair<qint64, ImportProblem::Kind>> problemsOf(const ImportSummary &summary)
    {
        QList<std::pair<qint64, ImportProblem::Kind>> list;
        for (const ImportProblem &p : summary.problems)
            list.append({p.line, p.kind});
        return list;
    }

private slots:
    void studioFormatWithBomCrlfBlankLines()
    {
        Setup s;
        open(s);
        const ImportSummary summary = run(s, {fixture(QStringLiteral("studio.jsonl"))});
        QCOMPARE(summary.imported, 5);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(summary.files.first().lines, 7);
        QCOMPARE(summary.files.first().blank, 2);
        // "glordon" and "olga_solis" are the project's Glordon and Olga Solis.
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Glordon")), 2);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Olga Solis")), 2);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Lord Grigon")), 1);
        QVERIFY(summary.personasWithoutSheet.isEmpty());

        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 5);
        // The BOM is not part of the first key, CR is not part of the last value.
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[0].output, QStringLiteral("*wiggles happily* Elio is my best friend!"));
        QCOMPARE(records[1].output, QStringLiteral("Hello, friend! 🥔"));
        QCOMPARE(records[2].input, QStringLiteral("Ça va?"));
        // The last line has no newline and is a whole multi-turn conversation.
        QCOMPARE(records[4].input, QStringLiteral("What do you want?"));
        QCOMPARE(records[4].output, QStringLiteral("Kneel."));
        QVERIFY(records[4].dialogue.contains(QStringLiteral("Who are you?")));
        for (const Record &r : records) {
            QCOMPARE(r.sourceKind, Record::SourceKind::Imported);
            QCOMPARE(r.source, QFileInfo(fixture(QStringLiteral("studio.jsonl"))).absoluteFilePath());
            QCOMPARE(r.status, Record::Status::Unreviewed);
        }
    }

    void openAiChat()
    {
        Setup s;
        open(s);
        const ImportSummary summary = run(s, {fixture(QStringLiteral("openai_chat.jsonl"))});
        QCOMPARE(summary.imported, 5);
        QCOMPARE(problemsOf(summary), notRecords({5, 6}));
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Glordon")), 1);        // "You are Glordon from …"
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ooooo")), 1);          // metadata.character
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ambassador Questa")), 1); // metadata.persona
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Caleb")), 1);          // "You are Caleb, a bully."
        QCOMPARE(summary.personasWithoutSheet, QStringList{QStringLiteral("Mysterio")});
        const QList<Record> records = s.store.records();
        QCOMPARE(records[1].category, QStringLiteral("greeting"));   // metadata.category
        QCOMPARE(records[0].instruction, QStringLiteral("You are Glordon from Pixar's Elio."));
        // Multi-turn: kept whole; input and output are the last exchange.
        QCOMPARE(records[3].input, QStringLiteral("c"));
        QCOMPARE(records[3].output, QStringLiteral("d"));
        QVERIFY(records[3].dialogue.contains(QStringLiteral("\"a\"")));
    }

    void personaOption()
    {
        Setup s;
        open(s);
        Importer::Options options;
        options.persona = QStringLiteral("elio solis");
        options.category = QStringLiteral("imported");
        const ImportSummary summary = run(s, {fixture(QStringLiteral("openai_chat.jsonl"))}, options);
        // Line 5 names nobody: --persona applies; metadata and system messages still win elsewhere.
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Elio Solis")), 4);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ooooo")), 1);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].category, QStringLiteral("imported"));
        QCOMPARE(records[1].category, QStringLiteral("greeting"));
    }

    // "You are NAME" names the persona; "You are a helpful assistant" (OpenAI's examples, most
    // system prompts) describes one and names nobody.
    void systemMessageDescriptionsNameNobody()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("system.jsonl"),
            "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a happy assistant that puts a positive spin on everything.\"},"
            "{\"role\":\"user\",\"content\":\"I fell.\"},{\"role\":\"assistant\",\"content\":\"Exercise!\"}]}\n"
            "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Marv, a chatbot that is sarcastic.\"},"
            "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Oh. You.\"}]}\n");
        QCOMPARE(summary.imported, 1);
        QCOMPARE(problemsOf(summary), notRecords({1}));
        QVERIFY2(summary.problems[0].reason.startsWith(QStringLiteral("no persona")), qPrintable(summary.problems[0].reason));
        QCOMPARE(summary.importedByPersona.keys(), QStringList{QStringLiteral("Marv")});
    }

    void shareGptAndAlpaca()
    {
        Setup s;
        open(s);
        const ImportSummary summary = run(s, {fixture(QStringLiteral("sharegpt.jsonl")), fixture(QStringLiteral("alpaca.jsonl"))});
        QCOMPARE(summary.imported, 4);
        QCOMPARE(summary.problems.size(), 2);
        QCOMPARE(summary.problems[0].line, 3);
        QVERIFY(summary.problems[0].file.endsWith(QStringLiteral("sharegpt.jsonl")));
        QCOMPARE(summary.problems[1].line, 2);
        QVERIFY(summary.problems[1].file.endsWith(QStringLiteral("alpaca.jsonl")));
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Olga Solis")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ambassador Helix")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Bryce Markwell")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Gunther Melmac")), 1);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[1].input, QStringLiteral("Bye"));
        QCOMPARE(records[1].output, QStringLiteral("Farewell."));
        QVERIFY(!records[1].dialogue.isEmpty());
        QCOMPARE(records[2].input, QStringLiteral("Want to play?"));
        QCOMPARE(records[3].output, QStringLiteral("They're out there!"));
        QVERIFY(records[3].dialogue.contains(QStringLiteral("Shh, I'm listening.")));
    }

    // LLaMA-Factory's alpaca lines carry the system prompt in a "system" column: it names the
    // character and is the record's instruction when the line has no other.
    void alpacaSystemColumn()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("alpaca_system.jsonl"),
                   "{\"instruction\":\"Say hi\",\"input\":\"\",\"output\":\"Hi there\",\"system\":\"You are Caleb from Pixar's Elio.\","
                   "\"history\":[[\"Who are you?\",\"Caleb.\"]]}\n"
                   "{\"instruction\":\"Respond as Glordon.\",\"input\":\"Hello?\",\"output\":\"Hello, friend!\",\"system\":\"Stay in character.\"}\n");
        QCOMPARE(summary.imported, 2);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].persona, QStringLiteral("Caleb"));
        QCOMPARE(records[0].instruction, QStringLiteral("You are Caleb from Pixar's Elio."));
        QCOMPARE(records[0].input, QStringLiteral("Say hi"));
        QVERIFY(records[0].dialogue.contains(QStringLiteral("Who are you?")));
        // An instruction of its own stays; the system column does not replace it.
        QCOMPARE(records[1].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[1].instruction, QStringLiteral("Respond as Glordon."));
    }

    // OpenAI's per-message "weight" is kept with the conversation (an export for OpenAI leaves
    // a reply weighted 0 out of the training again), even for a single exchange.
    void openAiWeightsAreKept()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("weights.jsonl"),
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\",\"weight\":0},"
                   "{\"role\":\"user\",\"content\":\"How are you?\"},{\"role\":\"assistant\",\"content\":\"Squishy.\",\"weight\":1}],"
                   "\"metadata\":{\"character\":\"Glordon\"}}\n"
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Not this one.\",\"weight\":0}],"
                   "\"metadata\":{\"character\":\"Glordon\"}}\n"
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Plain.\"}],"
                   "\"metadata\":{\"character\":\"Glordon\"}}\n"
                   // Another weight would make the export refused: the line is not taken.
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Twice?\",\"weight\":2}],"
                   "\"metadata\":{\"character\":\"Glordon\"}}\n"
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Half?\",\"weight\":\"1\"}],"
                   "\"metadata\":{\"character\":\"Glordon\"}}\n");
        QCOMPARE(summary.imported, 3);
        QCOMPARE(problemsOf(summary), notRecords({4, 5}));
        QCOMPARE(summary.problems[0].reason, QStringLiteral("message 2: \"weight\" must be 0 or 1"));
        const QList<Record> records = s.store.records();
        QVERIFY2(records[0].dialogue.contains(QStringLiteral("\"content\":\"Hello!\",\"role\":\"assistant\",\"weight\":0")), qPrintable(records[0].dialogue));
        QVERIFY(records[0].dialogue.contains(QStringLiteral("\"weight\":1")));
        QVERIFY2(records[1].dialogue.contains(QStringLiteral("\"weight\":0")), qPrintable(records[1].dialogue));
        QVERIFY(records[2].dialogue.isEmpty());   // a single exchange without weights stays flat
    }

    // A reply's speaker named in OpenAI's "name" is the persona when the project has such a
    // character, before --persona; another name is left to the system message.
    void assistantNameIsThePersona()
    {
        Setup s;
        open(s);
        Importer::Options options;
        options.persona = QStringLiteral("Caleb");
        const ImportSummary summary = importLines(s, QStringLiteral("names.jsonl"),
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"name\":\"glordon\",\"content\":\"Hello!\"}]}\n"
                   "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Olga Solis.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
                   "{\"role\":\"assistant\",\"name\":\"Narrator\",\"content\":\"She nods.\"}]}\n"
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hey.\"}]}\n",
                   options);
        QCOMPARE(summary.imported, 3);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[1].persona, QStringLiteral("Caleb"));   // --persona before the system message, as before
        QCOMPARE(records[2].persona, QStringLiteral("Caleb"));
    }

    // Preference pairs (the export's dpo format, TRL's DPO datasets) come in as edited records:
    // the rejected reply as generated, the chosen one as the edit, the conversation before them
    // kept; text pairs too. A pair without a reply or a prompt is reported.
    void preferencePairsBecomeEditedRecords()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("pairs.jsonl"),
            "{\"prompt\":[{\"role\":\"system\",\"content\":\"You are Olga Solis from Pixar's Elio.\"},{\"role\":\"user\",\"content\":\"Where were you?\"},"
            "{\"role\":\"assistant\",\"content\":\"At the base.\"},{\"role\":\"user\",\"content\":\"And now?\"}],"
            "\"chosen\":[{\"role\":\"assistant\",\"content\":\"Home, kiddo. Seatbelt on.\"}],"
            "\"rejected\":[{\"role\":\"assistant\",\"content\":\"Now we go home.\"}],\"category\":\"family\"}\n"
            "{\"prompt\":\"Hi\",\"chosen\":\"Hiya, pal!\",\"rejected\":\"Hello.\",\"persona\":\"glordon\"}\n"
            "{\"prompt\":\"Hi\",\"chosen\":[],\"rejected\":\"Hello.\",\"persona\":\"Glordon\"}\n"
            "{\"chosen\":\"Hiya!\",\"rejected\":\"Hello.\",\"persona\":\"Glordon\"}\n");
        QCOMPARE(summary.imported, 2);
        QCOMPARE(problemsOf(summary), notRecords({3, 4}));
        QVERIFY2(summary.problems[0].reason.contains(QStringLiteral("\"chosen\" has no reply")), qPrintable(summary.problems[0].reason));
        QVERIFY2(summary.problems[1].reason.contains(QStringLiteral("\"prompt\" is missing")), qPrintable(summary.problems[1].reason));
        QCOMPARE(summary.files.first().formats.value(QStringLiteral("dpo")), 2);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[0].category, QStringLiteral("family"));
        QCOMPARE(records[0].input, QStringLiteral("And now?"));
        QCOMPARE(records[0].output, QStringLiteral("Now we go home."));
        QCOMPARE(records[0].editedOutput, QStringLiteral("Home, kiddo. Seatbelt on."));
        QCOMPARE(records[0].status, Record::Status::Edited);
        QVERIFY(records[0].dialogue.contains(QStringLiteral("At the base.")));
        QCOMPARE(records[1].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[1].input, QStringLiteral("Hi"));
        QCOMPARE(records[1].output, QStringLiteral("Hello."));
        QCOMPARE(records[1].editedOutput, QStringLiteral("Hiya, pal!"));
        QCOMPARE(records[1].status, Record::Status::Edited);
        QCOMPARE(records[1].sourceKind, Record::SourceKind::Imported);
    }

    // Without "prompt": the conversation before the chosen reply is the prompt — TRL's implicit
    // prompt (lists of messages) and Anthropic's HH-RLHF transcripts ("\n\nHuman: …").
    void preferencePairsWithoutPrompt()
    {
        Setup s;
        open(s);
        Importer::Options options;
        options.persona = QStringLiteral("Glordon");
        const ImportSummary summary = importLines(s, QStringLiteral("implicit.jsonl"),
            "{\"chosen\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hiya, pal!\"}],"
            "\"rejected\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello.\"}]}\n"
            "{\"chosen\":\"\\n\\nHuman: What is Earth like?\\n\\nAssistant: Like a potato!\\n\\nHuman: Really?\\n\\nAssistant: Yes, friend!\","
            "\"rejected\":\"\\n\\nHuman: What is Earth like?\\n\\nAssistant: Like a potato!\\n\\nHuman: Really?\\n\\nAssistant: No.\"}\n"
            // text without a prompt or a transcript, and a transcript that does not open with Human
            "{\"chosen\":\"Hiya!\",\"rejected\":\"Hello.\"}\n"
            "{\"chosen\":\"Assistant: Hiya!\",\"rejected\":\"Assistant: Hello.\"}\n",
            options);
        QCOMPARE(summary.imported, 2);
        QCOMPARE(problemsOf(summary), notRecords({3, 4}));
        QVERIFY2(summary.problems[1].reason.contains(QStringLiteral("\"prompt\" is missing")), qPrintable(summary.problems[1].reason));
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].input, QStringLiteral("Hi"));
        QCOMPARE(records[0].output, QStringLiteral("Hello."));
        QCOMPARE(records[0].editedOutput, QStringLiteral("Hiya, pal!"));
        QCOMPARE(records[1].input, QStringLiteral("Really?"));
        QCOMPARE(records[1].output, QStringLiteral("No."));
        QCOMPARE(records[1].editedOutput, QStringLiteral("Yes, friend!"));
        QCOMPARE(records[1].status, Record::Status::Edited);
        QVERIFY(records[1].dialogue.contains(QStringLiteral("Like a potato!")));
        QVERIFY(!records[1].dialogue.contains(QStringLiteral("Human:")));
    }

    // Conversations written out in a chat template as one "text" (datasets prepared for a local
    // trainer): ChatML, Llama 3, Gemma, Mistral [INST]; plain text and a conversation without a
    // reply are reported.
    void chatTemplateText()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("text.jsonl"),
            "{\"text\":\"<|im_start|>system\\nYou are Glordon from Pixar's Elio.<|im_end|>\\n<|im_start|>user\\nHi!<|im_end|>\\n"
            "<|im_start|>assistant\\nHello, friend!<|im_end|>\\n\"}\n"
            "{\"text\":\"<|begin_of_text|><|start_header_id|>system<|end_header_id|>\\n\\nYou are Olga Solis.<|eot_id|>"
            "<|start_header_id|>user<|end_header_id|>\\n\\nWhere is Elio?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n"
            "On the base, I hope.<|eot_id|>\"}\n"
            "{\"text\":\"<bos><start_of_turn>user\\nHey<end_of_turn>\\n<start_of_turn>model\\nWhat do you want?<end_of_turn>\\n\",\"persona\":\"Caleb\"}\n"
            "{\"text\":\"<s>[INST] <<SYS>>\\nYou are Ooooo.\\n<</SYS>>\\n\\nHello [/INST] Greetings.</s><s>[INST] What are you? [/INST] A supercomputer.</s>\"}\n"
            "{\"text\":\"Once upon a time there was a plain text line.\"}\n"
            "{\"text\":\"<|im_start|>user\\nOnly a question<|im_end|>\\n\"}\n"
            // Alpaca's prompt template, with and without an input
            "{\"text\":\"Below is an instruction that describes a task, paired with an input that provides further context.\\n\\n"
            "### Instruction:\\nRespond as Glordon from Pixar's Elio.\\n\\n### Input:\\nAre you scared?\\n\\n### Response:\\nA little!</s>\"}\n"
            "{\"text\":\"### Instruction:\\nSay hello to Elio.\\n\\n### Response:\\nHi, Elio!\",\"persona\":\"Olga Solis\"}\n"
            // OpenAssistant Guanaco's transcripts
            "{\"text\":\"### Human: Are you a warrior?### Assistant: No, I like hugs.### Human: Really?### Assistant: Really!\",\"persona\":\"Glordon\"}\n");
        QCOMPARE(summary.imported, 7);
        QCOMPARE(problemsOf(summary), notRecords({5, 6}));
        QCOMPARE(summary.files.first().formats.value(QStringLiteral("chat-text")), 7);
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[0].instruction, QStringLiteral("You are Glordon from Pixar's Elio."));
        QCOMPARE(records[0].input, QStringLiteral("Hi!"));
        QCOMPARE(records[0].output, QStringLiteral("Hello, friend!"));
        QCOMPARE(records[1].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[1].input, QStringLiteral("Where is Elio?"));
        QCOMPARE(records[1].output, QStringLiteral("On the base, I hope."));
        QCOMPARE(records[2].persona, QStringLiteral("Caleb"));
        QCOMPARE(records[2].output, QStringLiteral("What do you want?"));
        QCOMPARE(records[3].persona, QStringLiteral("Ooooo"));
        QCOMPARE(records[3].instruction, QStringLiteral("You are Ooooo."));
        QCOMPARE(records[3].input, QStringLiteral("What are you?"));
        QCOMPARE(records[3].output, QStringLiteral("A supercomputer."));
        QVERIFY(records[3].dialogue.contains(QStringLiteral("Greetings.")));
        // Read as the Alpaca lines they were written from; the preamble is not kept.
        QCOMPARE(records[4].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[4].instruction, QStringLiteral("Respond as Glordon from Pixar's Elio."));
        QCOMPARE(records[4].input, QStringLiteral("Are you scared?"));
        QCOMPARE(records[4].output, QStringLiteral("A little!"));
        QCOMPARE(records[5].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[5].instruction, QString());
        QCOMPARE(records[5].input, QStringLiteral("Say hello to Elio."));
        QCOMPARE(records[5].output, QStringLiteral("Hi, Elio!"));
        QCOMPARE(records[6].input, QStringLiteral("Really?"));
        QCOMPARE(records[6].output, QStringLiteral("Really!"));
        QVERIFY(records[6].dialogue.contains(QStringLiteral("No, I like hugs.")));
    }

    void partsOfNames()
    {
        Setup s;
        open(s);
        const QByteArray lines =
            "{\"persona\":\"Bryce\",\"input\":\"Hey\",\"output\":\"What?\"}\n"
            "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Elio, an eleven-year-old.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
            "{\"role\":\"assistant\",\"content\":\"Hi!\"}]}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"name\":\"questa\",\"content\":\"Welcome.\"}]}\n"
            // Parts of more than one character's name are no one's.
            "{\"persona\":\"Solis\",\"input\":\"Hey\",\"output\":\"Yes?\"}\n"
            "{\"persona\":\"Ambassador\",\"input\":\"Hey\",\"output\":\"Greetings.\"}\n"
            "{\"persona\":\"bryce_markwell\",\"input\":\"Yo\",\"output\":\"Yo.\"}\n";
        const ImportSummary summary = importLines(s, QStringLiteral("parts.jsonl"), lines);
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Bryce Markwell")), 2);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Elio Solis")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ambassador Questa")), 1);
        QCOMPARE(summary.personasWithoutSheet, (QStringList{QStringLiteral("Ambassador"), QStringLiteral("Solis")}));
        // Told, since the files did not say it: part → character.
        QCOMPARE(summary.matchedByPartOfName, (QMap<QString, QString>{{QStringLiteral("Bryce"), QStringLiteral("Bryce Markwell")},
                                                                      {QStringLiteral("Elio"), QStringLiteral("Elio Solis")},
                                                                      {QStringLiteral("Questa"), QStringLiteral("Ambassador Questa")}}));
        QVERIFY(summary.toText().contains(QStringLiteral("Bryce → Bryce Markwell, Elio → Elio Solis, Questa → Ambassador Questa")));
        QCOMPARE(summary.toJson().value(QStringLiteral("matched_by_part_of_name")).toObject().value(QStringLiteral("Elio")).toString(),
                 QStringLiteral("Elio Solis"));

        // The same lines again: nothing stored, nothing matched to tell.
        const ImportSummary again = importLines(s, QStringLiteral("parts.jsonl"), lines);
        QCOMPARE(again.imported, 0);
        QVERIFY(again.matchedByPartOfName.isEmpty());

        // --persona takes a part of a name too, and says so.
        Importer::Options options;
        options.persona = QStringLiteral("gunther");
        const ImportSummary withOption = importLines(s, QStringLiteral("noname.jsonl"), "{\"input\":\"Hi\",\"output\":\"Data!\"}\n", options);
        QCOMPARE(withOption.importedByPersona.value(QStringLiteral("Gunther Melmac")), 1);
        QCOMPARE(withOption.matchedByPartOfName.value(QStringLiteral("Gunther")), QStringLiteral("Gunther Melmac"));
    }

    void badLines()
    {
        Setup s;
        open(s);
        const ImportSummary summary = run(s, {fixture(QStringLiteral("bad_lines.jsonl"))});
        using K = ImportProblem::Kind;
        const QList<std::pair<qint64, K>> expected = {{2, K::InvalidJson}, {4, K::NotAnObject}, {5, K::NotAnObject},
                                                      {6, K::InvalidUtf8}, {7, K::NotARecord},  {8, K::NotARecord},
                                                      {10, K::NotARecord}, {11, K::NotARecord}, {12, K::InvalidJson},
                                                      {13, K::InvalidUtf8}};
        QCOMPARE(problemsOf(summary), expected);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.files.first().blank, 1);
        QCOMPARE(summary.files.first().lines, 14);
        QVERIFY(!summary.hasUnreadableFile());
        QVERIFY(summary.problems.first().toString().endsWith(QStringLiteral("bad_lines.jsonl:2: ") + summary.problems.first().reason));
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2].output, QStringLiteral("fine 3"));   // the last line, without a newline
        const QString text = summary.toText();
        // Why, not only that: each kind's lines grouped by their reason.
        QVERIFY2(text.contains(QStringLiteral("  not a JSON object (2):\n    bad_lines.jsonl:4, bad_lines.jsonl:5: not a JSON object\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("    bad_lines.jsonl:10: \"messages\" is not a list\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  invalid UTF-8 (2):\n    bad_lines.jsonl:6: ")), qPrintable(text));
        QVERIFY(!summary.skippedOnlyArrayElements());
        QVERIFY(text.contains(QStringLiteral(" line(s):")));
    }

    // Each kind of refused line says why in words, at its line; the lines around it are kept.
    void eachRefusedLineSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("chat: message not an object") << QByteArray(R"({"messages":["hi",{"role":"assistant","content":"a"}]})")
                                                     << QStringLiteral("message 1 is not an object");
        QTest::newRow("chat: message without role") << QByteArray(R"({"messages":[{"content":"q"},{"role":"assistant","content":"a"}]})")
                                                    << QStringLiteral("message 1 has no \"role\"");
        QTest::newRow("chat: content a number") << QByteArray(R"({"messages":[{"role":"user","content":5},{"role":"assistant","content":"a"}]})")
                                                << QStringLiteral("message 1: \"content\" is not text");
        QTest::newRow("sharegpt: value a list of numbers") << QByteArray(R"({"conversations":[{"from":"human","value":["q",5]},{"from":"gpt","value":"a"}]})")
                                                           << QStringLiteral("message 1: \"value\" is not text");
        QTest::newRow("chat: a part without a type") << QByteArray(R"({"messages":[{"role":"user","content":[{"image":"a.png"}]},{"role":"assistant","content":"a"}]})")
                                                     << QStringLiteral("message 1: \"content\" is not text");
        QTest::newRow("studio: dialogue text not JSON") << QByteArray(R"({"persona":"Glordon","input":"q","output":"a","dialogue":"q, then a"})")
                                                        << QStringLiteral("\"dialogue\" is not a JSON array of messages");
        QTest::newRow("studio: dialogue a number") << QByteArray(R"({"persona":"Glordon","input":"q","output":"a","dialogue":3})")
                                                   << QStringLiteral("\"dialogue\" is not a list of messages");
        QTest::newRow("studio: input a number") << QByteArray(R"({"persona":"Glordon","input":42,"output":"a"})")
                                                << QStringLiteral("\"input\" and \"output\" must be text");
        QTest::newRow("alpaca: no request") << QByteArray(R"({"instruction":"","input":"","output":"a"})")
                                            << QStringLiteral("\"instruction\" and \"input\" are both empty");
        QTest::newRow("alpaca: output a number") << QByteArray(R"({"instruction":"i","input":"q","output":7})")
                                                 << QStringLiteral("\"output\" is missing or not text");
        QTest::newRow("response a number") << QByteArray(R"({"instruction":"i","response":7})")
                                           << QStringLiteral("\"response\" is missing or not text");
    }

    void eachRefusedLineSaysWhy()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("refused.jsonl"),
                                                  R"({"persona":"Glordon","input":"q1","output":"a1"})" "\n" + line + "\n"
                                                  R"({"persona":"Glordon","input":"q3","output":"a3"})" "\n");
        QCOMPARE(problemsOf(summary), notRecords({2}));
        QCOMPARE(summary.problems.first().reason, reason);
        QVERIFY2(summary.problems.first().toString().endsWith(QStringLiteral("refused.jsonl:2: ") + reason), qPrintable(summary.problems.first().toString()));
        QCOMPARE(summary.imported, 2);
        // QJsonDocument's path gives the same reason as the importer's own parser.
        ImportFormat::Defaults defaults;
        defaults.addKnownPersona(QStringLiteral("Glordon"));
        Record record;
        QString why;
        QVERIFY(!ImportFormat::toRecord(QJsonDocument::fromJson(line).object(), defaults, record, why));
        QCOMPARE(why, reason);
    }

    // Gzip-compressed files are read as they are: the same records, problems and line numbers as
    // the plain file, whatever the block size; several members one after another; a damaged or
    // cut-off file keeps what came before and says what went wrong.
    void gzipFiles()
    {
        Setup s;
        open(s);
        QFile plainFile(fixture(QStringLiteral("bad_lines.jsonl")));
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plain = plainFile.readAll();
        const QByteArray packed = GzipData::compress(plain);
        QVERIFY(!packed.isEmpty());
        const ImportSummary expected = importLines(s, QStringLiteral("bad_lines.jsonl"), plain);
        QCOMPARE(expected.imported, 3);
        for (const qsizetype block : {qsizetype(64), qsizetype(4 * 1024 * 1024)}) {
            Importer::Options options;
            options.chunkBytes = block;
            const ImportSummary summary = importLines(s, QStringLiteral("bad_lines_%1.jsonl.gz").arg(block), packed, options);
            QVERIFY2(summary.files.first().error.isEmpty(), qPrintable(summary.files.first().error));
            QCOMPARE(summary.imported, expected.imported);
            QCOMPARE(summary.files.first().lines, expected.files.first().lines);
            QCOMPARE(problemsOf(summary), problemsOf(expected));
        }

        // Larger than the reader's input buffer, in two members (`cat a.gz b.gz`), with the zero
        // padding some tools leave after the last one.
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "{\"persona\":\"Glordon\",\"input\":\"Question " + QByteArray::number(i) + "\",\"output\":\"Answer "
                   + QByteArray::number(i * 7919) + "\"}\n";
        const qsizetype half = big.indexOf('\n', big.size() / 2) + 1;
        qint64 lastDone = 0, lastTotal = 0;
        const QString twoPath = QDir(s.project.path()).filePath(QStringLiteral("two.jsonl.gz"));
        QVERIFY(TempProject::writeFile(twoPath, GzipData::compress(big.left(half)) + GzipData::compress(big.mid(half)) + QByteArray(512, '\0')));
        Importer importer;
        importer.setKnownPersonas(s.names);
        importer.setProgress([&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        // The text's size, for the choice to drop the indexes during a large import: the last
        // member's, at least four times the file's (here the padding hides the last member's).
        QCOMPARE(CompressedFile::textSize(twoPath), 4 * QFileInfo(twoPath).size());
        const QString onePath = QDir(s.project.path()).filePath(QStringLiteral("one.jsonl.gz"));
        QVERIFY(TempProject::writeFile(onePath, GzipData::compress(big)));
        QCOMPARE(CompressedFile::textSize(onePath), big.size());
        const ImportSummary two = importer.importFiles(s.store, {twoPath});
        QVERIFY2(two.files.first().error.isEmpty(), qPrintable(two.files.first().error));
        QCOMPARE(two.imported, 20000);
        QCOMPARE(two.skipped, 0);
        QCOMPARE(two.files.first().lines, 20000);
        // Progress counts the file's bytes on disk, not the text inflated from them.
        QVERIFY(lastDone > 0);
        QVERIFY(lastDone <= lastTotal);
        QCOMPARE(lastTotal, QFileInfo(twoPath).size());

        // Cut off: the lines before the cut are kept, and the file is named with what happened.
        const QByteArray bigPacked = GzipData::compress(big);
        const ImportSummary cut = importLines(s, QStringLiteral("cut.jsonl.gz"), bigPacked.left(bigPacked.size() * 2 / 3));
        QVERIFY2(cut.files.first().error.contains(QStringLiteral("ends early")), qPrintable(cut.files.first().error));
        QVERIFY(cut.hasUnreadableFile());
        QVERIFY2(cut.imported > 5000 && cut.imported < 20000, qPrintable(QString::number(cut.imported)));
        QVERIFY(cut.files.first().partlyImported());
        QVERIFY2(cut.toText().contains(QStringLiteral("  stopped there, the records before kept: reading failed after line ")), qPrintable(cut.toText()));
        // Damaged in the middle (the CRC check or the inflater finds it).
        QByteArray damaged = bigPacked;
        for (qsizetype i = damaged.size() / 2; i < damaged.size() / 2 + 64; ++i)
            damaged[i] = char(damaged[i] ^ 0x5a);
        const ImportSummary bad = importLines(s, QStringLiteral("damaged.jsonl.gz"), damaged);
        QVERIFY2(bad.files.first().error.contains(QStringLiteral("damaged")), qPrintable(bad.files.first().error));
        QVERIFY(bad.imported < 20000);

        // A JSON array, compressed.
        const ImportSummary array = importLines(s, QStringLiteral("alpaca.json.gz"),
            GzipData::compress("[{\"instruction\":\"Respond as Caleb from Pixar's Elio.\",\"input\":\"Hi\",\"output\":\"What?\"},"
                 "{\"instruction\":\"Respond as Caleb from Pixar's Elio.\",\"input\":\"Bye\",\"output\":\"Finally.\"}]"));
        QVERIFY(array.files.first().jsonArray);
        QCOMPARE(array.importedByPersona.value(QStringLiteral("Caleb")), 2);
    }

    // Other compressions and Parquet are named, not read as invalid UTF-8.
    void otherCompressionsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("says");
        QTest::newRow("zstd") << QByteArray("\x28\xb5\x2f\xfd\x00\x58", 6) << QStringLiteral("zstd -d data.bin");
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") << QStringLiteral("bunzip2 -k data.bin");
        QTest::newRow("xz") << QByteArray("\xfd" "7zXZ\x00\x00", 7) << QStringLiteral("unxz -k data.bin");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << QStringLiteral("unzip data.bin");
        QTest::newRow("parquet") << QByteArray("PAR1\x15\x04") << QStringLiteral("pd.read_parquet(\"data.bin\")");
    }

    void otherCompressionsAreNamed()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, says);
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("data.bin"), head + QByteArray(100, 'x'));
        QVERIFY2(summary.files.first().error.contains(says), qPrintable(summary.files.first().error));
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(summary.imported, 0);
    }

    void unreadableFileDoesNotStopTheOthers()
    {
        Setup s;
        open(s);
        const ImportSummary summary = run(s, {QStringLiteral("/nonexistent/file.jsonl"), fixture(QStringLiteral("studio.jsonl"))});
        QVERIFY(summary.hasUnreadableFile());
        QVERIFY(!summary.files[0].error.isEmpty());
        QVERIFY(!summary.files[0].partlyImported());
        QVERIFY(summary.toText().contains(QStringLiteral("file.jsonl: not imported: ")));
        QCOMPARE(summary.imported, 5);
    }

    void chunksAndLongLines()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.jsonl"));
        QByteArray content;
        const QByteArray huge(3 * 1024 * 1024, 'x');   // a 3 MB reply
        for (int i = 1; i <= 23; ++i) {
            if (i == 7)
                content += "{\"persona\":\"Caleb\",\"input\":\"long\",\"output\":\"" + huge + "\"}\n";
            else if (i == 15)
                content += "{\"persona\":\"Caleb\",\"input\":\"too long\",\"output\":\"" + huge + huge + "\"}\n";
            else
                content += "{\"persona\":\"Caleb\",\"input\":\"line " + QByteArray::number(i) + "\",\"output\":\"ok\"}\n";
        }
        QVERIFY(TempProject::writeFile(path, content));
        Importer::Options options;
        options.chunkBytes = 1024;
        options.maxLineBytes = 5 * 1024 * 1024;
        const ImportSummary summary = run(s, {path}, options);
        QCOMPARE(summary.imported, 22);
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(summary.problems[0].line, 15);
        QCOMPARE(summary.problems[0].kind, ImportProblem::Kind::TooLong);
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 22);
        QCOMPARE(records[6].output.size(), huge.size());
        QCOMPARE(records[21].input, QStringLiteral("line 23"));
    }

    static QStringList recordIndexes(DatasetStore &store)
    {
        QStringList sql;
        QSqlQuery q(store.database());
        if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' ORDER BY name")))
            while (q.next())
                sql << q.value(0).toString();
        return sql;
    }

    void largeImportBuildsIndexesAgain()
    {
        Setup s;
        open(s);
        const QStringList before = recordIndexes(s.store);
        QCOMPARE(before.size(), 5);   // four dropped and built again, the flagged records' kept
        Importer::Options options;
        options.rebuildIndexesFrom = 0;   // every import counts as large
        options.chunkBytes = 256;
        const ImportSummary summary = run(s, {fixture(QStringLiteral("studio.jsonl"))}, options);
        QVERIFY(summary.imported > 0);
        QVERIFY(summary.indexError.isEmpty());
        QCOMPARE(recordIndexes(s.store), before);
        QCOMPARE(s.store.recordCount(), summary.imported);
        // The lock is free again: another import could drop them.
        QLockFile lock(s.store.importLockPath());
        QVERIFY(lock.tryLock(0));
        // The connection checks constraints again: a status the schema does not know is refused.
        QSqlQuery q(s.store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!q.exec(QStringLiteral("UPDATE records SET status = 'maybe' WHERE id = 1")));
    }

    void indexesOfAKilledImportAreBuiltAtOpen()
    {
        Setup s;
        open(s);
        const QStringList before = recordIndexes(s.store);
        const QString path = s.store.path();
        QVERIFY(s.store.dropRecordIndexes(nullptr));
        QVERIFY(!s.store.hasRecordIndexes());
        {
            // An import still running holds the lock: opening leaves its indexes alone.
            QLockFile running(s.store.importLockPath());
            QVERIFY(running.tryLock(0));
            DatasetStore other;
            QVERIFY(other.open(path, nullptr));
            QVERIFY(!other.hasRecordIndexes());
        }
        // Nobody holds it (the import was killed): the next open builds them.
        DatasetStore reopened;
        QVERIFY(reopened.open(path, nullptr));
        QVERIFY(reopened.hasRecordIndexes());
        QCOMPARE(recordIndexes(reopened), before);
    }

    void dedupKeysMatchRecord()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.jsonl"));
        QVERIFY(TempProject::writeFile(path, QStringLiteral("{\"persona\":\"Glordon\",\"input\":\"Ça VA?  ÉLAN — ß İ 𝒳 ½ x\",\"output\":\"Hello, WORLD! ǅ ﬁ 42\"}\n"
                                                            "{\"persona\":\"Glordon\",\"input\":\"plain ascii, Mixed CASE.\",\"output\":\"...\"}\n"
                                                            // Greek final sigma, capital sharp s, Cherokee (folds to upper case), a
                                                            // combining accent, Arabic-Indic digits, CJK, an emoji, a soft hyphen,
                                                            // escapes (the UTF-8 path unescapes itself)
                                                            "{\"persona\":\"Caleb\",\"input\":\"ΣΊΣΥΦΟΣ ẞ ꭰꭱ e\u0301 ٣٤ 漢字 😀 co\u00ADop\",\"output\":\"\\u0041\\u00e9\\ud83d\\ude00\\n!\"}\n"
                                                            "{\"messages\":[{\"role\":\"user\",\"content\":\"ΣΊΣΥΦΟΣ ẞ\"},{\"role\":\"assistant\",\"content\":\"ꭰꭱ 漢字\"}],\"persona\":\"Caleb\"}\n").toUtf8()));
        QCOMPARE(run(s, {path}).imported, 4);
        QSqlQuery q(s.store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT persona, input, output, dedup_key FROM records")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(3).toString(), Record::dedupKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        }
        QCOMPARE(rows, 4);
    }

    // A U+FEFF opening a string is read as QJsonDocument reads it, on every path (the UTF-8
    // path for studio lines, the fast path for flat lines, QJsonDocument for the rest, the
    // store's reading of what they give): dropped from a string without escapes (Qt takes it
    // for a byte order mark), kept in one with escapes and when written as \ufeff.
    void leadingFeffReadAsQJsonDocumentReadsIt()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feff.jsonl"));
        const QByteArray bom("\xEF\xBB\xBF");
        const QList<QByteArray> lines = {
            bom + "{\"persona\":\"Glordon\",\"input\":\"" + bom + "hi\",\"output\":\"a\"}",
            "{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\\ufeff\\\"b\\\"\"}",
            "{\"persona\":\"Glordon\",\"input\":\"" + bom + "\\\"q\\\"\",\"output\":\"c\"}",
            "{\"instruction\":\"Respond as Caleb from Elio.\",\"input\":\"" + bom + "q\",\"output\":\"d\"}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"" + bom + "q\"},{\"role\":\"assistant\",\"content\":\"e\"}],\"persona\":\"Caleb\"}",
            "{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"" + bom + "\"}",
        };
        QVERIFY(TempProject::writeFile(path, lines.join('\n') + '\n'));
        ImportFormat::Defaults defaults;
        for (const char *name : {"Glordon", "Caleb"})
            defaults.addKnownPersona(QString::fromUtf8(name));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = i == 0 ? lines[i].mid(bom.size()) : lines[i];
            Record fast, slow;
            QString fastReason, slowReason;
            bool handled = false;
            const bool fastOk = ImportFormat::toRecordFast(line, defaults, fast, fastReason, nullptr, &handled);
            const bool slowOk = ImportFormat::toRecord(QJsonDocument::fromJson(line).object(), defaults, slow, slowReason);
            QCOMPARE(slowOk, i != 5);
            if (handled) {
                QCOMPARE(fastOk, slowOk);
                QCOMPARE(fast.input, slow.input);
                QCOMPARE(fast.output, slow.output);
            }
        }
        const ImportSummary summary = run(s, {path});
        QCOMPARE(summary.imported, 5);
        QCOMPARE(problemsOf(summary), notRecords({6}));   // the reply was nothing but U+FEFF
        QList<Record> records = s.store.records();
        std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.sourceLine < b.sourceLine; });
        QCOMPARE(records.size(), 5);
        const QString feff(QChar(0xFEFF));
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[0].input, QStringLiteral("hi"));
        QCOMPARE(records[1].output, feff + QStringLiteral("\"b\""));
        QCOMPARE(records[2].input, feff + QStringLiteral("\"q\""));
        QCOMPARE(records[3].input, QStringLiteral("q"));
        QCOMPARE(records[4].input, QStringLiteral("q"));
    }

    void fastPathAgreesWithQJsonDocument_data()
    {
        // fastpath.jsonl: lines the fast parser takes, then lines it must leave to QJsonDocument
        // (a number value, a duplicate key, a lone surrogate, a nested value, trailing garbage,
        // a raw control character).
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast");
        QFile file(fixture(QStringLiteral("fastpath.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const int fastLines = 9;
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                QTest::addRow("line %d", i + 1) << lines[i] << (i < fastLines);
        }
    }

    void fastPathAgreesWithQJsonDocument()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        ImportFormat::Defaults defaults;
        for (const char *name : {"Glordon", "Olga Solis", "Caleb"})
            defaults.addKnownPersona(QString::fromUtf8(name));
        Record a, b;
        QString reasonA, reasonB;
        ImportFormat::Kind kindA = ImportFormat::Kind::Unknown, kindB = ImportFormat::Kind::Unknown;
        bool handled = false;
        const bool okA = ImportFormat::toRecordFast(line, defaults, a, reasonA, &kindA, &handled);
        QCOMPARE(handled, fast);
        if (!handled)
            return;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const bool okB = ImportFormat::toRecord(doc.object(), defaults, b, reasonB, &kindB);
        QCOMPARE(okA, okB);
        QCOMPARE(reasonA, reasonB);
        QCOMPARE(kindA, kindB);
        if (!okA)
            return;   // a refused line: only the verdict and the reason matter
        QCOMPARE(a.persona, b.persona);
        QCOMPARE(a.category, b.category);
        QCOMPARE(a.instruction, b.instruction);
        QCOMPARE(a.input, b.input);
        QCOMPARE(a.output, b.output);
    }

    void utf8PathAgreesWithToRecordFast_data()
    {
        // Every line of fastpath.jsonl, and studio lines the UTF-8 path must take or leave alone.
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("taken");   // 1: the UTF-8 path must take it, 0: must leave it, -1: either
        QFile file(fixture(QStringLiteral("fastpath.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                QTest::addRow("fastpath line %d", i + 1) << lines[i] << -1;
        }
        QTest::addRow("canonical spelling") << QByteArray("{\"persona\":\"  olga_solis \",\"input\":\"q\",\"output\":\"a\"}") << 1;
        QTest::addRow("unknown persona kept") << QByteArray("{\"persona\":\"Zorp\",\"category\":\"\",\"input\":\"q\",\"output\":\"a\"}") << 1;
        QTest::addRow("empty persona, named in the instruction") << QByteArray("{\"persona\":\"\",\"instruction\":\"Respond as Caleb from Elio.\",\"input\":\"q\",\"output\":\"a\"}") << 0;
        QTest::addRow("persona starting with non-ASCII") << QByteArray("{\"persona\":\"Élodie\",\"input\":\"q\",\"output\":\"a\"}") << 0;
        QTest::addRow("non-ASCII inside the persona") << QByteArray("{\"persona\":\"Zoë Ann\",\"input\":\"ç\",\"output\":\"ß\"}") << 1;
        QTest::addRow("non-breaking space around the persona") << QByteArray("{\"persona\":\"\xC2\xA0Glordon\xC2\xA0\",\"input\":\"q\",\"output\":\"a\"}") << 0;
        QTest::addRow("escaped persona") << QByteArray("{\"persona\":\"Glor\\u0064on\",\"input\":\"q\",\"output\":\"a\"}") << 0;
        QTest::addRow("escapes in every text") << QByteArray("{\"persona\":\"Glordon\",\"category\":\"gr\\u00fc\\u00df\",\"instruction\":\"say \\\"hi\\\"\",\"input\":\"\\u00c7a va\\u2014\\ud83e\\udd54?\",\"output\":\"line\\nline\\t\\u0001\"}") << 1;
        QTest::addRow("escaped reply of one character") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\\u0041\"}") << 1;
        // Blank texts are toRecordFast's to judge (a reply without text is skipped, an input
        // without text takes the instruction's place or the line is skipped).
        QTest::addRow("escaped blank reply") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\\n\"}") << 0;
        QTest::addRow("whitespace reply") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"   \"}") << 0;
        QTest::addRow("non-breaking space reply") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\xC2\xA0\"}") << 0;
        QTest::addRow("blank input, an instruction") << QByteArray("{\"persona\":\"Glordon\",\"instruction\":\"Tell me about you.\",\"input\":\"\",\"output\":\"a\"}") << 0;
        QTest::addRow("no input") << QByteArray("{\"persona\":\"Glordon\",\"output\":\"a\"}") << 0;
        QTest::addRow("character empty, persona set") << QByteArray("{\"character\":\" \",\"persona\":\"Caleb\",\"input\":\"q\",\"output\":\"a\"}") << 1;
        QTest::addRow("bad escape in the persona the character wins over") << QByteArray("{\"character\":\"Olga Solis\",\"persona\":\"Glor\\on\",\"input\":\"q\",\"output\":\"a\"}") << 0;
        QTest::addRow("escaped persona the character wins over") << QByteArray("{\"character\":\"Olga Solis\",\"persona\":\"Glor\\u0064on\",\"input\":\"q\",\"output\":\"a\"}") << 1;
        QTest::addRow("bad escape in a key nobody reads") << QByteArray("{\"persona\":\"glordon\",\"ilput\":\"esc\\\"ape\\d u009\",\"output\":\"line\\nbreak\"}") << 0;
        QTest::addRow("bad escape") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"\\x\",\"output\":\"a\"}") << 0;
        // U+FEFF opening a text: kept where QJsonDocument keeps it (a string with escapes).
        QTest::addRow("U+FEFF opening the input") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"\xEF\xBB\xBF\\\"ape\",\"output\":\"a\"}") << 1;
        QTest::addRow("escaped U+FEFF opening the reply") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\\ufeff\\ufeffa\"}") << 1;
        QTest::addRow("U+FEFF opening a string without escapes") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"\xEF\xBB\xBFq\",\"output\":\"a\"}") << 1;
        QTest::addRow("two U+FEFF opening a string without escapes") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\xEF\xBB\xBF\xEF\xBB\xBF\"}") << 1;
        QTest::addRow("U+FEFF alone as the reply") << QByteArray("{\"persona\":\"Glordon\",\"input\":\"q\",\"output\":\"\xEF\xBB\xBF\"}") << 0;
    }

    void utf8PathAgreesWithToRecordFast()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, taken);
        const int expected = taken;
        ImportFormat::Defaults defaults;
        for (const char *name : {"Glordon", "Olga Solis", "Caleb"})
            defaults.addKnownPersona(QString::fromUtf8(name));
        defaults.category = QStringLiteral("imported");
        Record record;
        QString reason;
        ImportFormat::Kind kind = ImportFormat::Kind::Unknown;
        bool handled = false;
        const bool usable = ImportFormat::toRecordFast(line, defaults, record, reason, &kind, &handled);
        QHash<QByteArray, QByteArray> spellings;
        QByteArray out("prefix");
        ImportFormat::Utf8Fields f;
        const bool took = ImportFormat::studioRecordUtf8(line, defaults, spellings, out, f);
        if (expected >= 0)
            QCOMPARE(took, expected == 1);
        if (!took) {
            QCOMPARE(out, QByteArray("prefix"));   // left alone, for toRecordFast to decide
            return;
        }
        QVERIFY(handled && usable);
        QCOMPARE(kind, ImportFormat::Kind::Studio);
        auto field = [&](int i) { return Utf8::toString(QByteArrayView(out.constData() + f.offset[i], f.size[i])); };
        QCOMPARE(field(ImportFormat::Utf8Fields::Persona), record.persona);
        QCOMPARE(field(ImportFormat::Utf8Fields::Category), record.category);
        QCOMPARE(field(ImportFormat::Utf8Fields::Instruction), record.instruction);
        QCOMPARE(field(ImportFormat::Utf8Fields::Input), record.input);
        QCOMPARE(field(ImportFormat::Utf8Fields::Output), record.output);
        QVERIFY(out.startsWith("prefix"));
    }

    // A file holding one JSON array (Alpaca's and ShareGPT's datasets as published): pretty
    // printed over many lines or all on one, with a BOM and CRLF; every element is a record
    // numbered in the array, every bad one reported at the line it begins on with its number.
    void jsonArrayFiles()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString pretty = dir.filePath(QStringLiteral("alpaca_data.json"));
        QByteArray content = "\xEF\xBB\xBF[\r\n";
        for (int i = 1; i <= 3; ++i) {
            content += "    {\r\n        \"instruction\": \"Respond as Caleb from Pixar's Elio to the following message.\",\r\n"
                       "        \"input\": \"Question " + QByteArray::number(i) + "\",\r\n        \"output\": \"Answer ] } \\\" [ { " + QByteArray::number(i) + "\"\r\n    }";
            content += i < 3 ? ",\r\n" : "\r\n";
        }
        content += "]\r\n";
        QVERIFY(TempProject::writeFile(pretty, content));
        const QString oneLine = dir.filePath(QStringLiteral("sharegpt.json"));
        QVERIFY(TempProject::writeFile(oneLine,
                                       "[{\"conversations\":[{\"from\":\"system\",\"value\":\"You are Glordon.\"},{\"from\":\"human\",\"value\":\"Hi\"},"
                                       "{\"from\":\"gpt\",\"value\":\"Hello!\"}]}, 42, {\"conversations\":[]},"
                                       "{\"conversations\":[{\"from\":\"human\",\"value\":\"Bye\"},{\"from\":\"gpt\",\"value\":\"Farewell.\"}],"
                                       "\"persona\":\"Olga Solis\"}]"));
        ImportSummary summary = run(s, {pretty, oneLine});
        QCOMPARE(summary.imported, 5);
        QVERIFY(summary.files[0].jsonArray);
        QCOMPARE(summary.files[0].lines, 17);
        QCOMPARE(summary.files[0].imported, 3);
        QCOMPARE(summary.files[0].skipped, 0);
        QCOMPARE(summary.files[1].lines, 1);
        QCOMPARE(summary.files[1].imported, 2);
        using K = ImportProblem::Kind;
        QCOMPARE(problemsOf(summary), (QList<std::pair<qint64, K>>{{1, K::NotAnObject}, {1, K::NotARecord}}));
        QVERIFY2(summary.problems[0].text().contains(QStringLiteral("(record 2 in the file)")), qPrintable(summary.problems[0].text()));
        QVERIFY2(summary.problems[1].text().contains(QStringLiteral("(record 3 in the file)")), qPrintable(summary.problems[1].text()));
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Caleb")), 3);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Glordon")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Olga Solis")), 1);
        QVERIFY(summary.toText().contains(QStringLiteral("read as one JSON array")));
        // Only array elements were skipped: records, to the reader, not lines.
        QVERIFY(summary.skippedOnlyArrayElements());
        QVERIFY2(summary.toText().contains(QStringLiteral("Skipped 2 record(s):")), qPrintable(summary.toText()));
        QVERIFY(summary.toJson().value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("json_array")).toBool());
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 5);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(records[i].input, QStringLiteral("Question %1").arg(i + 1));
            QCOMPARE(records[i].output, QStringLiteral("Answer ] } \" [ { %1").arg(i + 1));
            QCOMPARE(records[i].sourceLine, i + 1);   // the number in the array
        }
        QCOMPARE(records[3].sourceLine, 1);
        QCOMPARE(records[4].sourceLine, 4);
        QCOMPARE(records[4].output, QStringLiteral("Farewell."));

        // Importing them again adds nothing.
        summary = run(s, {pretty, oneLine});
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.files[0].alreadyImported, 3);
        QCOMPARE(summary.files[1].alreadyImported, 2);
        QCOMPARE(s.store.recordCount(), 5);
    }

    // An array broken in the middle keeps every record before the break and says where it is.
    // Pretty-printed objects one after another (jq without -c, one record dumped with an
    // indent, as fixtures and exports often are): read as records, not as a line each of broken
    // JSON; a record that is no object's end stops the reading there, the records before kept.
    void prettyPrintedObjects()
    {
        Setup s;
        open(s);
        ImportSummary summary = importLines(s, QStringLiteral("jq.json"),
            "\xEF\xBB\xBF{\r\n  \"persona\": \"Caleb\",\r\n  \"input\": \"a { [\",\r\n  \"output\": \"b\"\r\n}\r\n"
            "{\n  \"persona\": \"Caleb\",\n  \"input\": 3\n},\n"
            "{\n  \"conversations\": [\n    {\"from\": \"human\", \"value\": \"Hi\"},\n    {\"from\": \"gpt\", \"value\": \"Hey.\"}\n  ],\n"
            "  \"persona\": \"Glordon\"\n}\n");
        QCOMPARE(summary.imported, 2);
        QVERIFY(summary.files[0].jsonObjects);
        QVERIFY(!summary.files[0].jsonArray);
        QCOMPARE(summary.files[0].lines, 16);
        QCOMPARE(problemsOf(summary), notRecords({6}));
        QCOMPARE(summary.problems[0].record, 2);
        QVERIFY2(summary.toText().contains(QStringLiteral(", read as JSON objects one after another")), qPrintable(summary.toText()));
        QVERIFY2(summary.toText().contains(QStringLiteral("Skipped 1 record(s):")), qPrintable(summary.toText()));
        QVERIFY(summary.toJson().value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("json_objects")).toBool());
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].input, QStringLiteral("a { ["));
        QCOMPARE(records[1].persona, QStringLiteral("Glordon"));

        // Something else after a record: said at its line, the records before it stored.
        summary = importLines(s, QStringLiteral("broken.json"),
                              "{\n  \"persona\": \"Caleb\", \"input\": \"x\", \"output\": \"y\"\n}\n]\n{\"persona\": \"Caleb\", \"input\": \"z\", \"output\": \"w\"}\n");
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(summary.problems[0].line, 4);
        QVERIFY2(summary.problems[0].reason.contains(QStringLiteral("a record ('{') expected after record 1 (line 1)")), qPrintable(summary.problems[0].reason));

        // A JSON Lines file is never taken for one: its first line is a whole object.
        summary = importLines(s, QStringLiteral("lines.jsonl"),
                              "{\"persona\": \"Caleb\", \"input\": \"q\", \"output\": \"r\"}\n{\n");
        QVERIFY(!summary.files[0].jsonObjects);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(problemsOf(summary), (QList<std::pair<qint64, ImportProblem::Kind>>{{2, ImportProblem::Kind::InvalidJson}}));
    }

    void brokenJsonArrays_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("imported");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray a = "{\"persona\":\"Caleb\",\"input\":\"a\",\"output\":\"b\"}";
        const QByteArray b = "{\"persona\":\"Caleb\",\"input\":\"c\",\"output\":\"d\"}";
        QTest::newRow("bad JSON inside a record") << QByteArray("[\n" + a + ",\n{\"persona\": \"Caleb\",\n \"output\": tru},\n" + b + "\n]\n") << 2
                                                  << qint64(3) << QStringLiteral("at line 4, column 13 (record 2 in the file)");
        QTest::newRow("ends inside a record") << QByteArray("[\n" + a + ",\n{\"persona\":\"Caleb\",\"input\":\"c\",") << 1 << qint64(3)
                                              << QStringLiteral("the file ends inside this record (record 2 in the file)");
        QTest::newRow("ends before the closing bracket") << QByteArray("[\n" + a + ",\n" + b + "\n") << 2 << qint64(3)
                                                         << QStringLiteral("the file ends before the array's closing ']'");
        QTest::newRow("a missing comma") << QByteArray("[\n" + a + "\n" + b + "\n" + a + "]") << 1 << qint64(3)
                                         << QStringLiteral("a comma or ']' expected after record 1 of the array (line 2)");
        QTest::newRow("text after the array") << QByteArray("[" + a + "," + b + "]\n" + a + "\n") << 2 << qint64(2)
                                              << QStringLiteral("text after the array's closing ']'");
        QTest::newRow("a comma without a record") << QByteArray("[" + a + ",,\n" + b + "]") << 1 << qint64(1)
                                                  << QStringLiteral("a comma without a record before it");
    }
    void brokenJsonArrays()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, imported);
        QFETCH(qint64, line);
        QFETCH(QString, reason);
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(TempProject::writeFile(path, content));
        const ImportSummary summary = run(s, {path});
        QCOMPARE(summary.imported, imported);
        QCOMPARE(s.store.recordCount(), imported);
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(summary.problems[0].line, line);
        QCOMPARE(summary.problems[0].kind, ImportProblem::Kind::InvalidJson);
        QVERIFY2(summary.problems[0].text().contains(reason), qPrintable(summary.problems[0].text()));
        QVERIFY(!summary.hasUnreadableFile());
    }

    // Elements cross the reader's blocks and chunks; one longer than the limit is skipped as it
    // is read and reported; the order of the others is kept.
    void jsonArrayInSmallBlocks()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.json"));
        QByteArray content = "[";
        for (int i = 1; i <= 60; ++i) {
            const QByteArray output = i == 31 ? QByteArray(3000, 'y') : "reply " + QByteArray::number(i);
            content += QByteArray(i > 1 ? ",\n  " : "\n  ") + "{\"persona\": \"Caleb\", \"input\": \"message " + QByteArray::number(i)
                       + "\", \"output\": \"" + output + "\"}";
        }
        content += "\n]";
        QVERIFY(TempProject::writeFile(path, content));
        Importer::Options options;
        options.chunkBytes = 100;
        options.maxLineBytes = 2000;
        const ImportSummary summary = run(s, {path}, options);
        QCOMPARE(summary.imported, 59);
        QCOMPARE(problemsOf(summary), (QList<std::pair<qint64, ImportProblem::Kind>>{{32, ImportProblem::Kind::TooLong}}));
        QVERIFY(summary.problems[0].text().contains(QStringLiteral("(record 31 in the file)")));
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 59);
        for (int i = 0; i < 59; ++i) {
            const int n = i < 30 ? i + 1 : i + 2;
            QCOMPARE(records[i].input, QStringLiteral("message %1").arg(n));
            QCOMPARE(records[i].sourceLine, n);
        }
    }

    // Random records whose texts are full of the characters the array reader watches (quotes,
    // backslashes, brackets, commas, escaped newlines, non-ASCII), written compact and indented,
    // read in blocks of random small sizes: every record comes back whole and in order.
    void jsonArrayRandomized()
    {
        QRandomGenerator rng(20261130);
        const QString alphabet = QStringLiteral("ab ,:[]{}\"\\\n\t/é✨𝄞");
        auto text = [&] {
            QString t;
            const int n = rng.bounded(0, 40);
            for (int i = 0; i < n; ++i) {
                const QChar c = alphabet.at(rng.bounded(int(alphabet.size())));
                if (c.isHighSurrogate() || c.isLowSurrogate())
                    t += QStringLiteral("𝄞");
                else
                    t += c;
            }
            return t;
        };
        for (int round = 0; round < 6; ++round) {
            Setup s;
            open(s);
            QJsonArray array;
            QStringList inputs, outputs;
            for (int i = 0; i < 40; ++i) {
                inputs << QStringLiteral("q") + text();    // a message and a reply always have text
                outputs << QStringLiteral("x") + text();
                array.append(QJsonObject{{QStringLiteral("persona"), QStringLiteral("Caleb")},
                                         {QStringLiteral("input"), inputs.last()},
                                         {QStringLiteral("output"), outputs.last()}});
            }
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("random.json"));
            QVERIFY(TempProject::writeFile(path, QJsonDocument(array).toJson(round % 2 ? QJsonDocument::Compact : QJsonDocument::Indented)));
            Importer::Options options;
            options.chunkBytes = 64 + rng.bounded(400);
            const ImportSummary summary = run(s, {path}, options);
            QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.toText()));
            const QList<Record> records = s.store.records();
            QCOMPARE(records.size(), 40);
            for (int i = 0; i < 40; ++i) {
                QCOMPARE(records[i].input, inputs[i]);
                QCOMPARE(records[i].output, outputs[i]);
                QCOMPARE(records[i].sourceLine, i + 1);
            }
        }
    }

    // Prompt/completion pairs (OpenAI's legacy fine-tuning lines, TRL's datasets, as text or as
    // lists of messages), and chat lines that mix ShareGPT's and OpenAI's keys.
    void promptCompletionAndMixedChatKeys()
    {
        Setup s;
        open(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.jsonl"));
        QVERIFY(TempProject::writeFile(path,
            "{\"prompt\":\"Hi\",\"completion\":\"Hello!\",\"persona\":\"glordon\"}\n"
            "{\"prompt\":[{\"role\":\"system\",\"content\":\"You are Olga Solis.\"},{\"role\":\"user\",\"content\":\"Where is Elio?\"}],"
            "\"completion\":[{\"role\":\"assistant\",\"content\":\"On the roof again.\"}]}\n"
            "{\"conversations\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hey.\"}],\"persona\":\"Caleb\"}\n"
            "{\"messages\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"Greetings.\"}],\"persona\":\"Lord Grigon\"}\n"
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"model\",\"value\":\"Hello there.\"}],\"persona\":\"Ooooo\"}\n"
            "{\"prompt\":\"Hi\",\"completion\":\"\",\"persona\":\"Caleb\"}\n"
            "{\"prompt\":\"Hi\",\"completion\":[\"x\"],\"persona\":\"Caleb\"}\n"
            "{\"prompt\":\"Hi\",\"persona\":\"Caleb\"}\n"
            // LMSYS-Chat-1M and WildChat: "conversation", role/content
            "{\"conversation_id\":\"a1\",\"conversation\":[{\"role\":\"user\",\"content\":\"Hey Olga\"},"
            "{\"role\":\"assistant\",\"content\":\"Homework first.\"}],\"turn\":1,\"persona\":\"Olga Solis\"}\n"));
        const ImportSummary summary = run(s, {path});
        QCOMPARE(summary.imported, 6);
        QCOMPARE(problemsOf(summary), notRecords({6, 7, 8}));
        QCOMPARE(summary.files[0].formats.value(QStringLiteral("prompt-completion")), 2);
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 6);
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[0].input, QStringLiteral("Hi"));
        QCOMPARE(records[0].output, QStringLiteral("Hello!"));
        QCOMPARE(records[1].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[1].instruction, QStringLiteral("You are Olga Solis."));
        QCOMPARE(records[1].input, QStringLiteral("Where is Elio?"));
        QCOMPARE(records[1].output, QStringLiteral("On the roof again."));
        QCOMPARE(records[2].output, QStringLiteral("Hey."));
        QCOMPARE(records[3].output, QStringLiteral("Greetings."));
        QCOMPARE(records[4].output, QStringLiteral("Hello there."));
        QCOMPARE(records[5].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[5].input, QStringLiteral("Hey Olga"));
        QCOMPARE(records[5].output, QStringLiteral("Homework first."));
    }

    // Instruction datasets that call the reply "response" (Databricks Dolly: instruction,
    // context, response; prompt / response; query / response) or a question's "answer", and
    // PIPPA's role-play conversations (bot_name, messages with is_human).
    void instructionResponseAndPippa()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("qa.jsonl"),
            "{\"instruction\":\"Where does Elio live?\",\"context\":\"Elio lives with his aunt by the base.\","
            "\"response\":\"With Aunt Olga, by the base.\",\"category\":\"closed_qa\",\"persona\":\"Elio Solis\"}\n"
            "{\"instruction\":\"Say hi\",\"context\":\"\",\"response\":\"Greetings, Earthling.\",\"category\":\"open_qa\",\"persona\":\"Glordon\"}\n"
            "{\"prompt\":\"Hi\",\"response\":\"Hello!\",\"character\":\"glordon\"}\n"
            "{\"query\":\"Hi\",\"response\":\"Hey.\",\"system\":\"You are Caleb.\",\"history\":[[\"Yo\",\"What?\"]]}\n"
            "{\"question\":\"Who are you?\",\"answer\":\"Ooooo.\",\"persona\":\"Ooooo\"}\n"
            "{\"prompt\":\"Hi\",\"response\":\" \",\"persona\":\"Caleb\"}\n"
            "{\"response\":\"Hello\",\"persona\":\"Caleb\"}\n"
            "{\"prompt\":[\"x\"],\"response\":\"Hello\",\"persona\":\"Caleb\"}\n"
            "{\"bot_id\":\"b1\",\"bot_name\":\"Glordon\",\"bot_greeting\":\"Hi!\",\"conversation\":["
            "{\"message\":\"*waves* Hi!\",\"is_human\":false},{\"message\":\"I am Glordon.\",\"is_human\":false},"
            "{\"message\":\"Hello Glordon\",\"is_human\":true},"
            "{\"message\":\"Want to see my room?\",\"is_human\":false},{\"message\":\"brb\",\"is_human\":true}],\"categories\":[\"Fiction\"]}\n"
            "{\"bot_name\":\"Glordon\",\"conversation\":[{\"message\":\"Hi\",\"is_human\":true},{\"message\":3,\"is_human\":false}]}\n");
        QCOMPARE(summary.imported, 6);
        QCOMPARE(problemsOf(summary), notRecords({6, 7, 8, 10}));
        QCOMPARE(summary.problems[0].reason, QStringLiteral("\"response\" is empty"));
        QCOMPARE(summary.problems[1].reason,
                 QStringLiteral("the line has no request: \"instruction\", \"prompt\", \"query\" or \"question\" is missing or empty"));
        QCOMPARE(summary.problems[2].reason, QStringLiteral("\"prompt\" is not text"));
        QCOMPARE(summary.problems[3].reason, QStringLiteral("message 2: \"message\" is not text"));
        QCOMPARE(summary.files[0].formats.value(QStringLiteral("instruction-response")), 5);
        QCOMPARE(summary.files[0].formats.value(QStringLiteral("sharegpt")), 1);
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 6);
        // A request with material: the request is the instruction, the material the message.
        QCOMPARE(records[0].persona, QStringLiteral("Elio Solis"));
        QCOMPARE(records[0].category, QStringLiteral("closed_qa"));
        QCOMPARE(records[0].instruction, QStringLiteral("Where does Elio live?"));
        QCOMPARE(records[0].input, QStringLiteral("Elio lives with his aunt by the base."));
        QCOMPARE(records[0].output, QStringLiteral("With Aunt Olga, by the base."));
        // A request alone is the message.
        QCOMPARE(records[1].instruction, QString());
        QCOMPARE(records[1].input, QStringLiteral("Say hi"));
        QCOMPARE(records[2].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[2].input, QStringLiteral("Hi"));
        QCOMPARE(records[2].output, QStringLiteral("Hello!"));
        QCOMPARE(records[3].persona, QStringLiteral("Caleb"));
        QCOMPARE(records[3].instruction, QStringLiteral("You are Caleb."));
        QCOMPARE(records[3].input, QStringLiteral("Hi"));
        // ms-swift's history: the earlier exchanges, before the line's own.
        const QJsonArray swift = QJsonDocument::fromJson(records[3].dialogue.toUtf8()).array();
        QCOMPARE(swift.size(), 4);
        QCOMPARE(swift[1].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("What?"));
        QCOMPARE(swift[3].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Hey."));
        QCOMPARE(records[4].persona, QStringLiteral("Ooooo"));
        QCOMPARE(records[4].input, QStringLiteral("Who are you?"));
        QCOMPARE(records[4].output, QStringLiteral("Ooooo."));
        // PIPPA: the character's greeting opens the conversation, kept whole up to the last
        // reply (the user's message after it answered by nothing); the character's two
        // messages in a row are one turn.
        QCOMPARE(records[5].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[5].input, QStringLiteral("Hello Glordon"));
        QCOMPARE(records[5].output, QStringLiteral("Want to see my room?"));
        const QJsonArray dialogue = QJsonDocument::fromJson(records[5].dialogue.toUtf8()).array();
        QCOMPARE(dialogue.size(), 3);
        QCOMPARE(dialogue[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(dialogue[0].toObject().value(QStringLiteral("content")).toString(), QStringLiteral("*waves* Hi!\n\nI am Glordon."));
        // The user's "brb" after the last reply: said.
        QCOMPARE(summary.partlyKept.size(), 1);
        QCOMPARE(summary.partlyKept[0].line, 9);
        // And the record says so, for the Review mode's flag filter.
        QCOMPARE(records[5].flags, QStringList{QStringLiteral("partly_kept")});
        QVERIFY(records[4].flags.isEmpty());
    }

    // A SillyTavern chat file is one conversation: its header names the character (newer
    // versions write "unused" and the messages do), the greeting opens it, hidden messages and the
    // narrator's are left out, a broken line or an empty message is reported at its line and the
    // chat read without it. A group chat is a record for each character, the others' messages
    // named.
    void sillyTavernChats()
    {
        Setup s;
        open(s);
        const QByteArray chat =
            "\xEF\xBB\xBF{\"user_name\":\"Elio\",\"character_name\":\"glordon\",\"create_date\":\"2026-11-30@18h02m11s\",\"chat_metadata\":{\"note_prompt\":\"\"}}\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"is_system\":false,\"mes\":\"Greetings, Earthling!\",\"swipe_id\":0,\"swipes\":[\"Greetings, Earthling!\"],\"extra\":{}}\r\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"is_system\":false,\"mes\":\"Do you like space?\",\"extra\":{}}\r\n"
            "\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"is_system\":false,\"mes\":\"I LIVE in space!\",\"swipe_id\":1,\"swipes\":[\"No.\",\"I LIVE in space!\"]}\r\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"is_system\":true,\"mes\":\"(a note)\",\"extra\":{\"type\":\"comment\"}}\r\n"
            "{\"name\":\"System\",\"is_user\":false,\"is_system\":false,\"mes\":\"The lights flicker.\",\"extra\":{\"type\":\"narrator\"}}\r\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"is_system\":false,\"mes\":\"What is your dad like?\"}\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"Very big.\"}\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"  \"}\r\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"But kind.\"}\r\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"brb\"}";
        const QByteArray unused =
            "{\"chat_metadata\":{\"integrity\":\"a1\"},\"user_name\":\"unused\",\"character_name\":\"unused\"}\n"
            "{\"name\":\"Ooooo\",\"is_user\":false,\"mes\":\"Welcome.\"}\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Tell me everything.\"}\n"
            "{\"name\":\"Ooooo\",\"is_user\":false,\"mes\":\"Ask.\"}\n";
        // Written by older versions: no header.
        const QByteArray headerless =
            "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Hi, Olga.\"}\n"
            "{\"name\":\"Olga\",\"is_user\":false,\"mes\":\"Homework first.\"}\n";
        const QByteArray group =
            "{\"chat_metadata\":{},\"user_name\":\"unused\",\"character_name\":\"unused\"}\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"Hi!\"}\n"
            "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Hey both.\"}\n"
            "{\"name\":\"Ooooo\",\"is_user\":false,\"mes\":\"Greetings.\"}\n"
            "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"Ooooo knows everything!\"}\n";
        const QByteArray greetingOnly = "{\"user_name\":\"Elio\",\"character_name\":\"Caleb\",\"chat_metadata\":{}}\n"
                                        "{\"name\":\"Caleb\",\"is_user\":false,\"mes\":\"What do you want?\"}\n";
        const QDir dir(s.project.path());
        const QStringList files = {dir.filePath(QStringLiteral("Glordon - 2026-11-30@18h02m11s.jsonl")), dir.filePath(QStringLiteral("ooooo.jsonl")),
                                   dir.filePath(QStringLiteral("olga.jsonl.gz")), dir.filePath(QStringLiteral("group.jsonl")),
                                   dir.filePath(QStringLiteral("caleb.jsonl"))};
        QVERIFY(TempProject::writeFile(files[0], chat));
        QVERIFY(TempProject::writeFile(files[1], unused));
        QVERIFY(TempProject::writeFile(files[2], GzipData::compress(headerless)));
        QVERIFY(TempProject::writeFile(files[3], group));
        QVERIFY(TempProject::writeFile(files[4], greetingOnly));
        ImportSummary summary = run(s, files);
        QCOMPARE(summary.imported, 5);
        using K = ImportProblem::Kind;
        const QList<std::pair<qint64, K>> expected = {{9, K::InvalidJson}, {11, K::NotARecord}, {1, K::NotARecord}};
        QCOMPARE(problemsOf(summary), expected);
        QCOMPARE(summary.problems[0].file, QFileInfo(files[0]).absoluteFilePath());
        QCOMPARE(summary.problems[1].reason, QStringLiteral("the message has no text: the chat is read without it"));
        QCOMPARE(summary.problems[2].file, QFileInfo(files[4]).absoluteFilePath());
        QCOMPARE(summary.problems[2].reason, QStringLiteral("the conversation has no user message before the assistant's reply"));
        QCOMPARE(summary.files[0].lines, 13);
        QCOMPARE(summary.files[0].blank, 1);
        QCOMPARE(summary.files[0].formats.value(QStringLiteral("sillytavern")), 1);
        QCOMPARE(summary.files[2].formats.value(QStringLiteral("sillytavern")), 1);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Glordon")), 2);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Ooooo")), 2);
        QCOMPARE(summary.files[3].imported, 2);
        QCOMPARE(summary.importedByPersona.value(QStringLiteral("Olga Solis")), 1);   // by part of her name

        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 5);
        const Record &glordon = records[0];
        QCOMPARE(glordon.persona, QStringLiteral("Glordon"));
        QCOMPARE(glordon.sourceLine, 1);
        QCOMPARE(glordon.input, QStringLiteral("What is your dad like?"));
        QCOMPARE(glordon.output, QStringLiteral("Very big.\n\nBut kind."));   // the empty message between left out
        const QJsonArray dialogue = QJsonDocument::fromJson(glordon.dialogue.toUtf8()).array();
        QStringList roles, texts;
        for (const QJsonValue &m : dialogue) {
            roles << m.toObject().value(QStringLiteral("role")).toString();
            texts << m.toObject().value(QStringLiteral("content")).toString();
        }
        QCOMPARE(roles, QStringList({QStringLiteral("assistant"), QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("user"), QStringLiteral("assistant")}));
        QCOMPARE(texts[2], QStringLiteral("I LIVE in space!"));   // the swipe chosen, the note and the narrator left out
        QCOMPARE(records[1].persona, QStringLiteral("Ooooo"));
        QCOMPARE(records[1].output, QStringLiteral("Ask."));
        QCOMPARE(records[2].persona, QStringLiteral("Olga Solis"));
        QCOMPARE(records[2].sourceLine, 1);
        QCOMPARE(records[2].input, QStringLiteral("Hi, Olga."));
        QCOMPARE(records[2].dialogue, QString());   // one exchange
        // The group chat, as each character saw it.
        QCOMPARE(records[3].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[3].sourceLine, 1);
        QCOMPARE(records[3].input, QStringLiteral("Elio: Hey both.\n\nOoooo: Greetings."));
        QCOMPARE(records[3].output, QStringLiteral("Ooooo knows everything!"));
        QCOMPARE(QJsonDocument::fromJson(records[3].dialogue.toUtf8()).array().size(), 3);
        QCOMPARE(records[4].persona, QStringLiteral("Ooooo"));
        QCOMPARE(records[4].input, QStringLiteral("Glordon: Hi!\n\nElio: Hey both."));
        QCOMPARE(records[4].output, QStringLiteral("Greetings."));

        // Imported again: nothing new.
        summary = run(s, files);
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.files[0].alreadyImported, 1);
        QCOMPARE(summary.files[3].alreadyImported, 2);
        QCOMPARE(s.store.records().size(), 5);
        // The chat went on since: the longer conversation is stored beside the earlier one, and
        // the summary says so.
        QVERIFY(TempProject::writeFile(files[1], unused + "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Where are you from?\"}\n"
                                                          "{\"name\":\"Ooooo\",\"is_user\":false,\"mes\":\"Everywhere.\"}\n"));
        summary = run(s, {files[1]});
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.files[0].changedSinceImport, 1);
        QCOMPARE(summary.files[0].alreadyImported, 0);
        QVERIFY2(summary.toText().contains(QStringLiteral(", 1 changed since an earlier import (the earlier records kept beside)")), qPrintable(summary.toText()));
        QCOMPARE(summary.toJson().value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("changed_since_import")).toInt(), 1);
        QCOMPARE(s.store.records().size(), 6);

        // A file of records is not taken for a chat, though its lines name a "character".
        QVERIFY(importLines(s, QStringLiteral("records.jsonl"),
                            "{\"persona\":\"Glordon\",\"character_name\":\"x\",\"output\":\"Hi\",\"input\":\"Hey\"}\n")
                    .files[0]
                    .formats.contains(QStringLiteral("studio")));
    }

    // Tool calls and their results are not conversations of text: such lines are skipped with
    // why (an export with them would be refused), and so are roles the studio does not know.
    // OpenAI's "developer" is the system message.
    void toolCallsAndUnknownRoles()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("tools.jsonl"),
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Weather?\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":"
            "[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"w\",\"arguments\":\"{}\"}}]},"
            "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"sunny\"},{\"role\":\"assistant\",\"content\":\"Sunny!\"}],\"persona\":\"Glordon\"}\n"
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"function_call\",\"value\":\"{}\"},"
            "{\"from\":\"observation\",\"value\":\"{}\"},{\"from\":\"gpt\",\"value\":\"Hello\"}],\"persona\":\"Glordon\"}\n"
            "{\"messages\":[{\"role\":\"narrator\",\"content\":\"Night falls.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
            "{\"role\":\"assistant\",\"content\":\"Hi!\"}],\"persona\":\"Glordon\"}\n"
            "{\"text\":\"<|im_start|>user\\nWeather?<|im_end|>\\n<|im_start|>tool\\nsunny<|im_end|>\\n<|im_start|>assistant\\nSunny!<|im_end|>\",\"persona\":\"Glordon\"}\n"
            "{\"messages\":[{\"role\":\"developer\",\"content\":\"You are Glordon.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
            "{\"role\":\"assistant\",\"content\":\"Hiya!\",\"tool_calls\":[]}]}\n");
        QCOMPARE(summary.imported, 1);
        QCOMPARE(problemsOf(summary), notRecords({1, 2, 3, 4}));
        QCOMPARE(summary.problems[0].reason, QStringLiteral("message 2 is a tool call or its result: the studio keeps conversations of text only"));
        QVERIFY(summary.problems[1].reason.startsWith(QStringLiteral("message 2 is a tool call")));
        QCOMPARE(summary.problems[2].reason, QStringLiteral("message 1 has the role \"narrator\": the studio reads system, user and assistant messages"));
        QVERIFY(summary.problems[3].reason.startsWith(QStringLiteral("message 2 is a tool call")));
        const QList<Record> records = s.store.records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].persona, QStringLiteral("Glordon"));
        QCOMPARE(records[0].instruction, QStringLiteral("You are Glordon."));
        QCOMPARE(records[0].output, QStringLiteral("Hiya!"));
    }

    // A conversation about an image or a sound (OpenAI's vision and audio parts, LLaMA-Factory's
    // "images" beside the messages): the reply answers what the record would not hold, so the
    // line is skipped with why — not stored as text that speaks of nothing.
    void imagesAndSoundsAreNamed()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("media.jsonl"),
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Who is this?\"},"
            "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}]},"
            "{\"role\":\"assistant\",\"content\":\"My dad!\"}],\"persona\":\"Glordon\"}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"<image>Who are they?\"},{\"role\":\"assistant\",\"content\":\"Friends.\"}],"
            "\"images\":[\"mllm_demo_data/1.jpg\"],\"persona\":\"Glordon\"}\n"
            "{\"instruction\":\"Describe it.\",\"output\":\"Round.\",\"images\":\"a.jpg\",\"persona\":\"Glordon\"}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi \"},{\"type\":\"text\",\"text\":\"there\"}]},"
            "{\"role\":\"assistant\",\"content\":\"Hello!\"}],\"images\":[],\"persona\":\"Glordon\"}\n"
            // Parts written as plain text, or as {"text": …} without a type, are text as well.
            "{\"messages\":[{\"role\":\"user\",\"content\":[\"Are you \",{\"text\":\"Glordon?\"}]},"
            "{\"role\":\"assistant\",\"content\":\"Yes!\"}],\"persona\":\"Glordon\"}\n");
        QCOMPARE(summary.imported, 2);
        QCOMPARE(problemsOf(summary), notRecords({1, 2, 3}));
        QCOMPARE(summary.problems[0].reason, QStringLiteral("message 1 holds a part of type \"image_url\" (an image, a sound or a file): "
                                                            "the studio keeps conversations of text only"));
        QCOMPARE(summary.problems[1].reason, QStringLiteral("the line carries \"images\": the messages speak of them, and the studio keeps "
                                                            "conversations of text only"));
        QCOMPARE(summary.problems[2].reason, summary.problems[1].reason);
        QCOMPARE(s.store.records().at(0).input, QStringLiteral("Hi there"));
        QCOMPARE(s.store.records().at(1).input, QStringLiteral("Are you Glordon?"));
    }

    // A message or reply without text would make a trainer (and the export's validator) refuse
    // the file: such lines are skipped with why — but a studio line with only an instruction
    // is read as Alpaca's are, the instruction as the message.
    void blankMessagesAndReplies()
    {
        Setup s;
        open(s);
        const ImportSummary summary = importLines(s, QStringLiteral("blank.jsonl"),
            "{\"persona\":\"Glordon\",\"instruction\":\"Tell me about yourself.\",\"input\":\"\",\"output\":\"I am Glordon.\"}\n"
            "{\"persona\":\"Glordon\",\"input\":\" \",\"output\":\"x\"}\n"
            "{\"persona\":\"Glordon\",\"input\":\"hi\",\"output\":\"  \\n\"}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"\"},"
            "{\"role\":\"user\",\"content\":\"Hello?\"},{\"role\":\"assistant\",\"content\":\"Yes?\"}],\"persona\":\"Glordon\"}\n"
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"Hey.\"}],\"system\":\"\",\"persona\":\"Caleb\"}\n");
        QCOMPARE(summary.imported, 2);
        QCOMPARE(problemsOf(summary), notRecords({2, 3, 4}));
        QVERIFY2(summary.problems[0].reason.contains(QStringLiteral("no user message")), qPrintable(summary.problems[0].reason));
        QCOMPARE(summary.problems[1].reason, QStringLiteral("the reply has no text"));
        QCOMPARE(summary.problems[2].reason, QStringLiteral("message 2 (assistant) has no text"));
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].instruction, QString());
        QCOMPARE(records[0].input, QStringLiteral("Tell me about yourself."));
        // An empty "system" column says nothing: no instruction.
        QCOMPARE(records[1].persona, QStringLiteral("Caleb"));
        QCOMPARE(records[1].instruction, QString());
    }

    // A record holds one system message and ends with its reply: what else a line holds is
    // stored nowhere, and the summary says so for each line (file and line, or the record of
    // an array) — the reviewer is not left to find it.
    void partsLeftOutAreReported()
    {
        Setup s;
        open(s);
        const QByteArray lines =
            "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Glordon.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
            "{\"role\":\"assistant\",\"content\":\"Hello!\"},{\"role\":\"system\",\"content\":\"Scene: the gym.\"},"
            "{\"role\":\"user\",\"content\":\"Lift this.\"},{\"role\":\"assistant\",\"content\":\"I would rather hug it.\"},"
            "{\"role\":\"user\",\"content\":\"ok bye\"}]}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hey.\"}],\"persona\":\"Caleb\"}\n"
            // The same system message twice (a "system" column and the first message): nothing lost.
            "{\"conversations\":[{\"from\":\"system\",\"value\":\"You are Olga.\"},{\"from\":\"human\",\"value\":\"Hi\"},"
            "{\"from\":\"gpt\",\"value\":\"Homework.\"}],\"system\":\"You are Olga.\"}\n"
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"Hm.\"},"
            "{\"from\":\"human\",\"value\":\"Well?\"},{\"from\":\"human\",\"value\":\"Hello?\"}],\"persona\":\"Caleb\"}\n"
            // Tools offered but not called (glaive's "tools" text); "[]" offers none.
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"I can only fetch stocks.\"}],"
            "\"tools\":\"[{\\\"name\\\": \\\"get_stock\\\"}]\",\"persona\":\"Caleb\"}\n"
            "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hey\"},{\"from\":\"gpt\",\"value\":\"Hey.\"}],\"tools\":\"[]\",\"persona\":\"Caleb\"}\n";
        ImportSummary summary = importLines(s, QStringLiteral("left.jsonl"), lines);
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(summary.partlyKept.size(), 3);
        QCOMPARE(summary.partlyKept[2].line, 5);
        QCOMPARE(summary.partlyKept[2].reason, QStringLiteral("the tools offered (\"tools\") left out"));
        QCOMPARE(summary.partlyKept[0].line, 1);
        QCOMPARE(summary.partlyKept[0].kind, ImportProblem::Kind::PartlyKept);
        QCOMPARE(summary.partlyKept[0].reason, QStringLiteral("1 system message(s) after the first left out; 1 message(s) after the last reply left out"));
        QCOMPARE(summary.partlyKept[1].line, 4);
        // Two user messages in a row: counted as written.
        QCOMPARE(summary.partlyKept[1].reason, QStringLiteral("2 message(s) after the last reply left out"));
        QCOMPARE(summary.files[0].partlyKept, 3);
        const QString text = summary.toText();
        QVERIFY2(text.contains(QStringLiteral(", 3 stored with a part left out")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stored with a part of their line left out, 3 record(s):\n"
                                              "    left.jsonl:1: 1 system message(s) after the first left out; 1 message(s) after the last reply left out\n"
                                              "    left.jsonl:4: 2 message(s) after the last reply left out\n"
                                              "    left.jsonl:5: the tools offered (\"tools\") left out\n")),
                 qPrintable(text));
        const QJsonObject json = summary.toJson();
        QCOMPARE(json.value(QStringLiteral("partly_kept")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("partly_kept")).toArray().at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("partly_kept")).toArray().at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("partly-kept"));
        QCOMPARE(json.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("partly_kept")).toInt(), 3);
        // What is stored: the first system message, the conversation up to its last reply.
        const QList<Record> records = s.store.records();
        QCOMPARE(records[0].instruction, QStringLiteral("You are Glordon."));
        QCOMPARE(records[0].output, QStringLiteral("I would rather hug it."));
        QVERIFY(!records[0].dialogue.contains(QStringLiteral("ok bye")));
        QVERIFY(!records[0].dialogue.contains(QStringLiteral("gym")));

        // Imported again: nothing stored, so nothing said to be left out.
        summary = importLines(s, QStringLiteral("left.jsonl"), lines);
        QCOMPARE(summary.files[0].alreadyImported, 6);
        QVERIFY(summary.partlyKept.isEmpty());

        // A JSON array: the line its record begins on, and the record's number.
        QByteArray array = "[\n";
        const QList<QByteArray> objects = lines.trimmed().split('\n');
        for (qsizetype i = 0; i < objects.size(); ++i)
            array += "  " + objects[i] + (i + 1 < objects.size() ? ",\n" : "\n");
        array += "]\n";
        summary = importLines(s, QStringLiteral("left.json"), array);
        QCOMPARE(summary.imported, 6);
        QCOMPARE(summary.partlyKept.size(), 3);
        QCOMPARE(summary.partlyKept[1].line, 5);
        QVERIFY2(summary.partlyKept[1].text().endsWith(QStringLiteral("(record 4 in the file)")), qPrintable(summary.partlyKept[1].text()));
        QCOMPARE(summary.partlyKept[1].record, 4);
        QCOMPARE(summary.partlyKept[1].reason, QStringLiteral("2 message(s) after the last reply left out"));

        // The records of an array with one reason are one entry of the summary, each record
        // named by its line and number.
        summary = importLines(s, QStringLiteral("nameless.json"),
                              "[{\"input\":\"a\",\"output\":\"b\"},\n {\"input\":\"c\",\"output\":\"d\"},\n {\"input\":\"e\",\"output\":\"f\"}]\n");
        QCOMPARE(summary.skipped, 3);
        const QString grouped = summary.toText();
        QVERIFY2(grouped.contains(QStringLiteral("    nameless.json:1 (record 1), nameless.json:2 (record 2), nameless.json:3 (record 3): no persona: ")),
                 qPrintable(grouped));
        QCOMPARE(summary.toJson().value(QStringLiteral("problems")).toArray().at(2).toObject().value(QStringLiteral("record")).toInt(), 3);

        // A SillyTavern chat the user wrote last in: the chat's header line.
        summary = importLines(s, QStringLiteral("chat.jsonl"),
                              "{\"user_name\":\"Elio\",\"character_name\":\"Glordon\",\"chat_metadata\":{}}\n"
                              "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Hi!\"}\n"
                              "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"Hello, Elio.\"}\n"
                              "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"brb\"}\n");
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.partlyKept.size(), 1);
        QCOMPARE(summary.partlyKept[0].line, 1);
        QCOMPARE(summary.partlyKept[0].reason, QStringLiteral("1 message(s) after the last reply left out"));

        // A group chat the user wrote last in: said once, with the record of who spoke last.
        summary = importLines(s, QStringLiteral("group.jsonl"),
                              "{\"user_name\":\"Elio\",\"character_name\":\"unused\",\"chat_metadata\":{}}\n"
                              "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"Hi both!\"}\n"
                              "{\"name\":\"Glordon\",\"is_user\":false,\"mes\":\"Hello!\"}\n"
                              "{\"name\":\"Ooooo\",\"is_user\":false,\"mes\":\"Greetings.\"}\n"
                              "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"brb\"}\n"
                              "{\"name\":\"Elio\",\"is_user\":true,\"mes\":\"ok back\"}\n");
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.partlyKept.size(), 1);
        QCOMPARE(summary.partlyKept[0].line, 1);
        QCOMPARE(summary.partlyKept[0].reason, QStringLiteral("2 message(s) after the last reply left out"));
    }

    // The summary's reasons stay short whatever the file: five reasons a kind, then the lines of
    // the others together; twenty lines a reason.
    void summaryGroupsReasons()
    {
        Setup s;
        open(s);
        QByteArray lines;
        for (int i = 0; i < 8; ++i)   // eight columns, eight reasons
            lines += "{\"persona\":\"Glordon\",\"input\":\"" + QByteArray(i + 1, 'x') + "\",\n";
        for (int i = 0; i < 25; ++i)
            lines += "{\"hello\":1}\n";
        const ImportSummary summary = importLines(s, QStringLiteral("many.jsonl"), lines);
        QCOMPARE(summary.skipped, 33);
        const QString text = summary.toText();
        QCOMPARE(text.count(QStringLiteral("not valid JSON: ")), 5);
        QVERIFY2(text.contains(QStringLiteral("    many.jsonl:6, many.jsonl:7, many.jsonl:8: 3 other reason(s)\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("many.jsonl:28, … 5 more: not a record: ")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("many.jsonl:29")));
    }

    // A file of many characters (a role-play dataset's thousands): the summary lists those
    // with the most records and counts the rest; --json keeps every one.
    void summaryOfManyPersonas()
    {
        Setup s;
        open(s);
        QByteArray lines;
        for (int i = 1; i <= 50; ++i) {
            const int records = i == 7 ? 3 : i == 42 ? 2 : 1;
            for (int r = 0; r < records; ++r)
                lines += "{\"persona\":\"Bot " + QByteArray::number(i) + "\",\"input\":\"Hi " + QByteArray::number(r) + "\",\"output\":\"Hello\"}\n";
        }
        const ImportSummary summary = importLines(s, QStringLiteral("bots.jsonl"), lines);
        QCOMPARE(summary.imported, 53);
        QCOMPARE(summary.personasWithoutSheet.size(), 50);
        QCOMPARE(summary.personasWithoutSheetByRecords().mid(0, 4),
                 QStringList({QStringLiteral("Bot 7"), QStringLiteral("Bot 42"), QStringLiteral("Bot 1"), QStringLiteral("Bot 10")}));
        const QString text = summary.toText();
        QVERIFY2(text.contains(QStringLiteral("Imported 53 record(s):\n  Bot 7 ")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("\n  Bot ")), 40);
        QVERIFY2(text.contains(QStringLiteral("  … 10 more persona(s), 10 record(s)\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Personas without a character sheet in the project: Bot 7, Bot 42, Bot 1, Bot 10, ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(", … 30 more\n")), qPrintable(text));
        const QJsonObject o = summary.toJson();
        QCOMPARE(o.value(QStringLiteral("personas_without_sheet")).toArray().size(), 50);
    }

    void summaryJson()
    {
        Setup s;
        open(s);
        const QJsonObject o = run(s, {fixture(QStringLiteral("bad_lines.jsonl"))}).toJson();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 10);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
