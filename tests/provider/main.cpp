// ps-test-provider: an OpenAI-compatible server for the generator's tests and benchmark.
//   ps-test-provider [--seed N] [--latency-ms N] [--ms-per-token F] [--rpm N] [--tpm N] [--burst-s S]
//                    [--fault KIND:RATE | --fault KIND@N,M]... [--hang-ms N] [--reject-schema]
//                    [--ignore-schema] [--no-usage] [--require-key KEY] [--scenario FILE.json]
// Listens on 127.0.0.1 on a free port and prints that port on the first line of stdout.

#include "testprovider.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestProvider::Settings settings;
    QString error;
    if (!TestProvider::parseArguments(QCoreApplication::arguments().mid(1), &settings, &error)) {
        QTextStream(stderr) << "ps-test-provider: " << error << Qt::endl;
        return 2;
    }
    TestProvider provider(settings);
    if (!provider.listen()) {
        QTextStream(stderr) << "ps-test-provider: cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << provider.port() << Qt::endl;
    return app.exec();
}
