// Tokenizer throughput: encodes a generated dialogue corpus (names, contractions, *action
// beats*, emoji, accents, some CJK, numbers, punctuation) of 5 MB and 50 MB with o200k_base.
//
//   bench_tokenizer                       5 MB and 50 MB, o200k_base
//   bench_tokenizer --mb 5 --mb 20        other sizes
//   bench_tokenizer --encoding cl100k_base
//   bench_tokenizer --write-corpus FILE --mb 5   only write the corpus (for tokenizer-vs-js.sh)
//   bench_tokenizer --file FILE           encode an existing file
// MB are 10^6 bytes. The corpus is the same on every run (fixed-seed generator).

#include "tokenizer/bpeencoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

struct Rng
{
    uint64_t state;
    uint32_t next()
    {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return uint32_t(state >> 33);
    }
    template<std::size_t N>
    const char *pick(const char *const (&items)[N]) { return items[next() % N]; }
    bool chance(int percent) { return int(next() % 100) < percent; }
};

const char *const names[] = {"Elio", "Mira", "Zoë", "José", "Ana-Lucía", "Łukasz", "Søren", "Noémie", "Kenji", "李明",
                             "さくら", "Priya", "O'Brien", "McAllister", "Dr. Okafor", "Ms. Nguyễn"};
const char *const openers[] = {"Well,", "Oh!", "Hmm...", "Okay", "Wait —", "Honestly,", "Look,", "So", "Yeah,", "No way!"};
const char *const words[] = {"I", "you", "we", "they", "it", "the", "a", "friend", "robot", "garden", "light", "story",
    "really", "never", "always", "maybe", "think", "know", "want", "remember", "little", "tomorrow", "morning",
    "adventure", "favourite", "colour", "beautiful", "strange", "wonderful", "quietly", "together", "café",
    "naïve", "résumé", "über", "jalapeño", "façade", "coöperate", "Straße", "smörgåsbord", "déjà", "vu",
    "spaceship", "battery", "circuits", "umbrella", "sandwich", "homework", "neighbour", "ocean", "mountain"};
const char *const contractions[] = {"I'm", "you're", "it's", "don't", "can't", "won't", "we'll", "they've", "I'd",
    "that's", "isn't", "he's", "she'll", "let's", "DON'T", "Elio's", "couldn't", "y'all", "we’re", "it’s"};
const char *const beats[] = {"*wiggles happily*", "*tilts head*", "*beeps twice*", "*looks away, blushing*",
    "*spins around*", "*sighs dramatically*", "*laughs*", "*whispers*", "*nods slowly*", "*taps the table*"};
const char *const emoji[] = {"😀", "😂", "❤️", "👍🏽", "✨", "🤖", "🙈", "🎉", "👨‍👩‍👧‍👦", "🇯🇵", "🌧️", "🔥"};
const char *const cjk[] = {"我是艾利奥的好朋友。", "今天天气很好！", "東京に住んでいます。", "ありがとう！", "안녕하세요.", "你好，世界"};
const char *const ends[] = {".", "!", "?", "...", "?!", "!!", ",", ";", " —", ":"};

std::string makeCorpus(std::size_t bytes, uint64_t seed)
{
    Rng rng{seed};
    std::string s;
    s.reserve(bytes + 256);
    while (s.size() < bytes) {
        s += rng.pick(names);
        s += ": \"";
        if (rng.chance(30)) {
            s += rng.pick(openers);
            s += ' ';
        }
        const int sentences = 1 + int(rng.next() % 3);
        for (int k = 0; k < sentences; ++k) {
            const int n = 3 + int(rng.next() % 12);
            for (int w = 0; w < n; ++w) {
                if (w)
                    s += ' ';
                const uint32_t r = rng.next() % 100;
                if (r < 12)
                    s += rng.pick(contractions);
                else if (r < 15)
                    s += std::to_string(rng.next() % (r < 14 ? 100 : 100000));
                else if (r < 17)
                    s += rng.pick(names);
                else
                    s += rng.pick(words);
                if (w == 0 && k == 0 && (s.back() >= 'a' && s.back() <= 'z') && rng.chance(10))
                    s += ',';
            }
            s += rng.pick(ends);
            s += ' ';
            if (rng.chance(25)) {
                s += rng.pick(beats);
                s += ' ';
            }
            if (rng.chance(15)) {
                s += rng.pick(emoji);
                s += ' ';
            }
            if (rng.chance(5)) {
                s += rng.pick(cjk);
                s += ' ';
            }
        }
        s.pop_back();
        s += '"';
        s += rng.chance(20) ? "\n\n" : "\n";
    }
    // Cut at a line end so the corpus stays valid UTF-8.
    const std::size_t cut = s.rfind('\n', bytes);
    s.resize(cut == std::string::npos ? bytes : cut + 1);
    return s;
}

uint64_t fnv1a(const std::vector<uint32_t> &ids)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (uint32_t id : ids) {
        for (int b = 0; b < 4; ++b) {
            h ^= (id >> (8 * b)) & 0xFF;
            h *= 0x100000001b3ull;
        }
    }
    return h;
}

void run(const BpeEncoder &enc, const QByteArray &data, const char *label)
{
    const double mb = double(data.size()) / 1e6;
    // Warm up (loads the ranks; first-touch of the pages).
    (void)enc.count(QByteArrayView(data.constData(), std::min<qsizetype>(data.size(), 1 << 20)));
    QElapsedTimer timer;
    timer.start();
    const std::vector<uint32_t> ids = enc.encode(QByteArrayView(data));
    const double encodeS = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const qsizetype counted = enc.count(QByteArrayView(data));
    const double countS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("ours %-12s %s %8.2f MB  encode %8.2f MB/s (%.3f s)  count %8.2f MB/s  tokens %zu  ids-fnv1a %016llx%s\n",
                qPrintable(enc.name()), label, mb, mb / encodeS, encodeS, mb / countS, ids.size(),
                static_cast<unsigned long long>(fnv1a(ids)), counted == qsizetype(ids.size()) ? "" : "  COUNT MISMATCH");
    std::fflush(stdout);
}

}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    std::vector<double> sizes;
    QString encodingName = QStringLiteral("o200k_base");
    QString writeCorpus, file;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--mb")) {
            sizes.push_back(value.toDouble());
            ++i;
        } else if (a == QLatin1String("--encoding")) {
            encodingName = value;
            ++i;
        } else if (a == QLatin1String("--write-corpus")) {
            writeCorpus = value;
            ++i;
        } else if (a == QLatin1String("--file")) {
            file = value;
            ++i;
        } else {
            std::fprintf(stderr, "usage: bench_tokenizer [--mb N]... [--encoding NAME] [--write-corpus FILE | --file FILE]\n");
            return 2;
        }
    }
    if (sizes.empty())
        sizes = {5, 50};
    const BpeEncoder *enc = BpeEncoder::byName(encodingName);
    if (!enc || !enc->isValid()) {
        std::fprintf(stderr, "bench_tokenizer: unknown encoding %s\n", qPrintable(encodingName));
        return 2;
    }
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_tokenizer: cannot read %s\n", qPrintable(file));
            return 1;
        }
        run(*enc, f.readAll(), "file");
        return 0;
    }
    for (double size : sizes) {
        const std::string corpus = makeCorpus(std::size_t(size * 1e6), 20240513);
        const QByteArray data = QByteArray::fromRawData(corpus.data(), qsizetype(corpus.size()));
        if (!writeCorpus.isEmpty()) {
            QFile f(writeCorpus);
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
                std::fprintf(stderr, "bench_tokenizer: cannot write %s\n", qPrintable(writeCorpus));
                return 1;
            }
            return 0;
        }
        run(*enc, data, "corpus");
    }
    return 0;
}
