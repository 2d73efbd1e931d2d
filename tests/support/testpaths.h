#pragma once
// Paths the tests use: the source tree (for data/elio), the test data folder and the CLI binary.
#include <QString>

namespace TestPaths {
inline QString sourceDir() { return QStringLiteral(PS_SOURCE_DIR); }
inline QString dataDir() { return QStringLiteral(PS_TEST_DATA_DIR); }
inline QString sampleProject() { return sourceDir() + QStringLiteral("/data/elio"); }
inline QString cli()
{
    const QByteArray fromEnv = qgetenv("PS_CLI");
    return fromEnv.isEmpty() ? QStringLiteral(PS_BINARY_DIR "/app/persona-studio-cli") : QString::fromLocal8Bit(fromEnv);
}
}
