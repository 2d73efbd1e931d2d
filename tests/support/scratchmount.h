#pragma once
// ScratchMount: a small tmpfs mounted for one test (a disk that fills up, a folder that becomes
// read-only). Needs root and a kernel that lets this process mount; tests QSKIP otherwise. The
// mount is lazily unmounted (umount -l) by the destructor, so a failing QVERIFY still cleans up.
// Header-only, like providerprocess.h.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

class ScratchMount
{
public:
    explicit ScratchMount(qint64 bytes)
    {
        if (::geteuid() != 0) {
            m_error = QStringLiteral("not root: mounting a tmpfs needs root");
            return;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        QString out;
        if (!run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=%1k,mode=0755").arg((bytes + 1023) / 1024), QStringLiteral("tmpfs"), m_dir.path()},
                 &out)) {
            m_error = QStringLiteral("mount -t tmpfs failed: ") + out;
            return;
        }
        m_mounted = true;
    }
    ~ScratchMount() { unmount(); }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }

    bool remount(const QString &options, QString *output = nullptr)
    {
        QString out;
        const bool ok = run({QStringLiteral("-o"), QStringLiteral("remount,") + options, m_dir.path()}, &out);
        if (output)
            *output = out;
        return ok;
    }
    void unmount()
    {
        if (!m_mounted)
            return;
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
        m_mounted = false;
    }

    // Writes `path` until the file system has no room left; returns the bytes written.
    static qint64 fill(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return -1;
        const QByteArray block(64 * 1024, 'x');
        qint64 total = 0;
        for (;;) {
            const qint64 n = f.write(block);
            if (n <= 0)
                break;
            total += n;
        }
        // The last partial page: byte by byte is not needed, tmpfs counts whole pages.
        for (int i = 0; i < 64; ++i) {
            if (f.write(QByteArray(64, 'x')) <= 0)
                break;
            total += 64;
        }
        return total;
    }

private:
    static bool run(const QStringList &arguments, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("mount"), arguments);
        if (!p.waitForFinished(20000))
            return false;
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_error;
    bool m_mounted = false;
};
