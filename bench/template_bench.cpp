// SPDX-License-Identifier: Apache-2.0
// Dry run of a generated 200-file skeleton end to end (load template.yaml, start nunjucks, run fetch:template
// into a temporary workspace, list the tree). Budget: 500 ms. Exit code 1 when over budget.
// --no-shapes: compile every file on its own (what the shape cache saves); --shm: work in /dev/shm (tmpfs).
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/templatedefinition.h"
#include "scaffolder/templaterunner.h"
#include "scaffolder/workflowrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace scaffolder;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
}

// 120 templated text files (some with loops and filters), 40 binary files, 40 copied without templating,
// spread over 20 folders, some with templated names.
void generateSkeleton(const QString &root)
{
    write(root + QStringLiteral("/template.yaml"),
          "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: bench\nspec:\n"
          "  type: service\n  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n"
          "        url: ./skeleton\n        copyWithoutTemplating: ['vendor/**']\n        values:\n"
          "          name: ${{ parameters.name }}\n          owner: ${{ parameters.owner }}\n"
          "          tags: ${{ parameters.tags }}\n");
    QByteArray binary(2048, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    for (int i = 0; i < 200; ++i) {
        const QString dir = QStringLiteral("/skeleton/%1/d%2").arg(i % 3 == 0 ? QStringLiteral("${{ values.name }}") : QStringLiteral("src")).arg(i % 20);
        if (i < 120) {
            QByteArray text = "# ${{ values.name }} file " + QByteArray::number(i) + "\nowner: ${{ values.owner | parseEntityRef | pick('name') }}\n";
            text += "{% for t in values.tags %}- ${{ t | upper }}\n{% endfor %}";
            for (int l = 0; l < 40; ++l)
                text += "line " + QByteArray::number(l) + " of ${{ values.name }} with some plain text to render\n";
            write(root + dir + QStringLiteral("/file%1-${{ values.name }}.txt").arg(i), text);
        } else if (i < 160) {
            write(root + dir + QStringLiteral("/image%1.bin").arg(i), binary);
        } else {
            write(root + QStringLiteral("/skeleton/vendor/lib%1/v%2.js").arg(i % 5).arg(i),
                  "const x = `${{ values.name }}`; // copied verbatim\n" + QByteArray(1500, 'x') + "\n");
        }
    }
}

// CPU time of this process: the machine is shared, so wall time alone mostly measures the neighbours.
qint64 cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool shapes = !app.arguments().contains(QStringLiteral("--no-shapes"));
    const QString tempBase = app.arguments().contains(QStringLiteral("--shm")) ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir dir(tempBase + QStringLiteral("/bench-XXXXXX"));
    generateSkeleton(dir.path());
    const int rounds = 3;
    qint64 best = -1;
    int files = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir workspace(tempBase + QStringLiteral("/ws-XXXXXX"));
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMs();
        auto def = loadTemplate(dir.path());
        if (isError(def)) {
            out << std::get<Error>(def).toString() << '\n';
            return 2;
        }
        NunjucksEngine engine;
        engine.setShapeCache(shapes);
        const qint64 loadMs = timer.elapsed();
        RunOptions options;
        options.workspace = workspace.path();
        options.dryRun = true;
        const RunResult result = runWorkflow(engine, std::get<TemplateDefinition>(def),
                                             QStringLiteral("{\"name\":\"orders\",\"owner\":\"group:default/team\","
                                                            "\"tags\":[\"a\",\"b\",\"c\"]}"),
                                             options);
        if (result.error) {
            out << result.error->toString() << '\n';
            return 2;
        }
        files = int(listTree(result.workspace).filter(QRegularExpression(QStringLiteral("[^/]$"))).size());
        const qint64 ms = timer.elapsed();
        out << QStringLiteral("round %1: %2 ms wall, %3 ms CPU (template + nunjucks load %4 ms)\n")
                   .arg(round + 1).arg(ms).arg(cpuMs() - cpuStart).arg(loadMs);
        best = best < 0 ? ms : std::min(best, ms);
    }
    out << QStringLiteral("template dry-run%1, %2 files written to %3: best %4 ms (budget 500 ms)\n")
               .arg(shapes ? QString() : QStringLiteral(" without shape cache"))
               .arg(files).arg(tempBase).arg(best);
    return files == 200 && best < 500 ? 0 : 1;
}
