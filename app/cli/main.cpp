// SPDX-License-Identifier: Apache-2.0
// The portolan command line: the same model layer as the desktop app, for scripts and CI.
#include "cli/catalog.h"
#include "cli/common.h"
#include "cli/docs.h"
#include "cli/k8sstore.h"
#include "highlight/factory.h"
#include "cli/template.h"
#include "cli/score.h"
#include "cli/sync.h"

#include <QCoreApplication>
#include <functional>
#include <git2.h>

namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"validate", "Check catalog files as Backstage would (file:line:col: field: message)", cli::runValidate},
        {"import", "Read catalog files or folders into the local catalog", cli::runImport},
        {"search", "Search the local catalog", cli::runSearch},
        {"show", "Show an entity with its relations", cli::runShow},
        {"owner-of", "Which team owns this, and who is in it", cli::runOwnerOf},
        {"relations", "The relation graph around an entity", cli::runRelations},
        {"sync", "Sync the catalog from Git, app-config locations and Backstage", cli::runSync},
        {"repo", "Add and list the Git repositories to sync; keep tokens in the keychain", cli::runRepo},
        {"docs", "Build a TechDocs (MkDocs) site or check its links and syntax (build, check)",
         [](const QStringList &args) {
             const auto highlighter = highlight::createHighlighter();
             return cli::runDocs(args, highlighter.get());
         }},
        {"k8s", "Kubernetes workloads and health of a component (status)", cli::runK8sWithCatalog},
        {"template", "Validate or run a Software Template locally (run, validate)", cli::runTemplate},
        {"score", "Scorecards: what each entity misses, completeness per owner, CI gate", cli::runScore},
    };
    return list;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: portolan <command> [options]\n\nCommands:\n";
    for (const auto &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12) << QString::fromLatin1(command.summary) << '\n';
    stream << "\nRun `portolan <command> --help` for a command's options. Exit codes: 0 ok, 1 problems found, 2 usage "
              "or fatal error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan"));
    QCoreApplication::setOrganizationName(QStringLiteral("portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    git_libgit2_init();

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage(cli::out());
        return args.isEmpty() ? cli::UsageOrFatal : cli::Ok;
    }
    if (args.first() == u"--version") {
        cli::out() << "portolan " << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }
    const QString name = args.takeFirst();
    for (const auto &command : commands()) {
        if (name == QLatin1String(command.name)) {
            const int code = command.run(args);
            git_libgit2_shutdown();
            return code;
        }
    }
    cli::err() << "portolan: unknown command '" << name << "'\n\n";
    printUsage(cli::err());
    return cli::UsageOrFatal;
}
