// Sha1 gives QCryptographicHash's SHA-1 digests on both of its paths (the x86 SHA extensions,
// where this processor has them, and QCryptographicHash itself), for every length around the block and
// padding boundaries, fed whole or in pieces, and the FIPS 180 test vectors.

#include "util/sha1.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

class TestSha1 : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Sha1::setAccelerated(true);
    }

    void matchesQt_data()
    {
        QTest::addColumn<bool>("accelerated");
        QTest::newRow("QCryptographicHash") << false;
        QTest::newRow("SHA extensions where present") << true;
    }
    void matchesQt()
    {
        QFETCH(bool, accelerated);
        Sha1::setAccelerated(accelerated);
        if (accelerated && !Sha1::accelerated())
            qInfo("this processor has no SHA extensions: the other path is checked twice");
        QCOMPARE(Sha1::hash("abc").toHex(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
        QCOMPARE(Sha1::hash("").toHex(), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        QCOMPARE(Sha1::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
                 QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1"));
        QRandomGenerator rng(7);
        QByteArray data(1000, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        for (qsizetype size = 0; size <= 300; ++size) {
            const QByteArrayView part = QByteArrayView(data).first(size);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha1);
            QCOMPARE(Sha1::hash(part), expected);
            // In pieces of every size from 1 to 70.
            const qsizetype step = 1 + size % 70;
            Sha1 sha;
            for (qsizetype at = 0; at < size; at += step)
                sha.addData(part.sliced(at, std::min(step, size - at)));
            QCOMPARE(sha.result(), expected);
            Sha1 hex;
            hex.addData(part);
            QByteArray out("key:");
            hex.appendHexResult(out);
            QCOMPARE(out, "key:" + expected.toHex());
        }
        const QByteArray million(1000000, 'a');
        QCOMPARE(Sha1::hash(million).toHex(), QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f"));
    }
};

QTEST_GUILESS_MAIN(TestSha1)
#include "tst_sha1.moc"
