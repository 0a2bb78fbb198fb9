// SPDX-License-Identifier: Apache-2.0
#include "cli/sync.h"

#include "cli/common.h"
#include "sync/appconfig.h"
#include "sync/credentials.h"
#include "sync/sshkey.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {

namespace ps = portolan::sync;

QJsonObject eventJson(const ps::SyncEvent &e)
{
    return {{QStringLiteral("event"), QStringLiteral("progress")}, {QStringLiteral("source"), e.source},
            {QStringLiteral("phase"), ps::SyncEvent::phaseName(e.phase)}, {QStringLiteral("objects"), e.objects},
            {QStringLiteral("totalObjects"), e.totalObjects}, {QStringLiteral("bytes"), e.bytes},
            {QStringLiteral("entities"), e.entities}, {QStringLiteral("problems"), e.problems},
            {QStringLiteral("message"), e.message}};
}

/// One status line redrawn in place: a bar over finished sources plus what the busiest one is doing.
class ProgressLine
{
public:
    explicit ProgressLine(int total) : m_total(total) {}
    void update(const ps::SyncEvent &e)
    {
        const bool final = e.phase == ps::SyncEvent::Phase::Done || e.phase == ps::SyncEvent::Phase::Unchanged
                           || e.phase == ps::SyncEvent::Phase::Failed || e.phase == ps::SyncEvent::Phase::Cancelled;
        if (final)
            ++m_done;
        QString detail = e.source + u' ' + ps::SyncEvent::phaseName(e.phase);
        if (e.totalObjects > 0)
            detail += QStringLiteral(" %1/%2 objects, %3 KiB").arg(e.objects).arg(e.totalObjects).arg(e.bytes / 1024);
        const int width = 24;
        const int filled = m_total > 0 ? m_done * width / m_total : width;
        err() << "\r\033[K[" << QString(filled, u'#') << QString(width - filled, u' ') << "] " << m_done << '/' << m_total
              << ' ' << detail.left(80);
        if (final) {
            err() << "\r\033[K";
            printFinal(e);
        }
        err().flush();
    }
    static void printFinal(const ps::SyncEvent &e)
    {
        switch (e.phase) {
        case ps::SyncEvent::Phase::Done:
            err() << "synced    " << e.source << ": " << e.entities << " entities, " << e.problems << " problems\n";
            break;
        case ps::SyncEvent::Phase::Unchanged:
            err() << "unchanged " << e.source << '\n';
            break;
        case ps::SyncEvent::Phase::Failed:
            err() << "FAILED    " << e.source << ": " << e.message << '\n';
            break;
        case ps::SyncEvent::Phase::Cancelled:
            err() << "cancelled " << e.source << '\n';
            break;
        default:
            break;
        }
    }

private:
    int m_total;
    int m_done = 0;
};

} // namespace

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Syncs the catalog from Git repositories, app-config locations and Backstage instances. Reads the Portolan "
        "config (%1), then app-config.yaml and app-config.local.yaml here, or the --config files in order.")
                                         .arg(ps::portolanConfigPath()));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({QStringLiteral("config"), QStringLiteral("An app-config file (repeatable; later ones win)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("Only this source, e.g. payments or git:payments (repeatable)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("Where bare clones are kept (default %1).").arg(ps::SyncEngine::defaultCacheDir()), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("parallel"), QStringLiteral("Sources synced at once (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    int code = Ok;
    if (!parse(parser, QStringLiteral("sync"), args, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList configs = parser.isSet(QStringLiteral("config")) ? parser.values(QStringLiteral("config"))
                                                                       : ps::defaultAppConfigFiles(QDir::currentPath());
    ps::SyncPlan plan = ps::loadPlan(configs);
    for (const QString &problem : std::as_const(plan.errors))
        json ? printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("config-error")}, {QStringLiteral("message"), problem}})
             : void(err() << "config: " << problem << '\n');
    for (const QString &warning : std::as_const(plan.warnings))
        json ? printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("config-warning")}, {QStringLiteral("message"), warning}})
             : void(err() << "config: " << warning << '\n');
    if (plan.sourceIds().isEmpty()) {
        err() << "sync: nothing to sync; add repositories with `portolan repo add URL` or give an app-config with "
                 "catalog.locations (--config)\n";
        return UsageOrFatal;
    }
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;
    ps::TokenStore().fillPlan(plan);
    ps::SyncOptions options;
    options.cacheDir = parser.value(QStringLiteral("cache"));
    options.parallel = std::clamp(parser.value(QStringLiteral("parallel")).toInt(), 1, 32);
    options.sources = parser.values(QStringLiteral("source"));
    int total = 0;
    for (const QString &id : plan.sourceIds())
        total += options.sources.isEmpty() || options.sources.contains(id) || options.sources.contains(id.section(u':', 1));
    if (total == 0) {
        err() << "sync: no configured source is called " << options.sources.join(QStringLiteral(", ")) << "; sources: "
              << plan.sourceIds().join(QStringLiteral(", ")) << '\n';
        return UsageOrFatal;
    }
    ps::SyncEngine engine(*store, plan, options);
    ProgressLine line(total);
    const bool terminal = isatty(fileno(stderr));
    const ps::SyncReport report = engine.run([&](const ps::SyncEvent &e) {
        if (json)
            printJson(eventJson(e));
        else if (terminal)
            line.update(e);
        else
            ProgressLine::printFinal(e);
    });
    if (json) {
        printJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("summary")}, {QStringLiteral("updated"), report.updated},
                              {QStringLiteral("unchanged"), report.unchanged}, {QStringLiteral("failed"), report.failed},
                              {QStringLiteral("cancelled"), report.cancelled}, {QStringLiteral("offline"), report.offline},
                              {QStringLiteral("exitCode"), report.exitCode()}});
    } else {
        err() << report.updated << " updated, " << report.unchanged << " unchanged, " << report.failed << " failed"
              << (report.offline ? " (offline: no source could be reached)" : "") << '\n';
    }
    return report.exitCode();
}

int runRepo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages the Git repositories Portolan syncs (in %1).\n  repo add URL   add a repository\n  repo list      "
        "show them\n  repo token HOST  store a token for HOST in the system keychain (read from stdin)\n"
        "  repo passphrase KEYFILE  store an SSH key's passphrase in the system keychain (read from stdin)")
                                         .arg(ps::portolanConfigPath()));
    addJsonOption(parser);
    parser.addOption({QStringLiteral("branch"), QStringLiteral("Branch to read (default: the remote HEAD)."), QStringLiteral("B")});
    parser.addOption({QStringLiteral("path"), QStringLiteral("Catalog file glob (repeatable; default **/catalog-info.yaml)."), QStringLiteral("GLOB")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Source name (default: from the URL)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("ssh-key"), QStringLiteral("SSH private key for this repository, offered before "
                                                                "ssh-agent and the default keys."), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, token or passphrase"), QStringLiteral("ACTION [ARG]"));
    int code = Ok;
    if (!parse(parser, QStringLiteral("repo"), args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString config = ps::portolanConfigPath();
    if (action == u"add" && positional.size() == 2) {
        ps::RepoSpec spec{parser.value(QStringLiteral("name")), positional.at(1), parser.value(QStringLiteral("branch")), {}};
        if (parser.isSet(QStringLiteral("ssh-key"))) {
            // Stored absolute: the config file is read from other folders later.
            spec.sshKey = QFileInfo(parser.value(QStringLiteral("ssh-key"))).absoluteFilePath();
            const ps::SshKeyFile key = ps::inspectSshKey(spec.sshKey);
            if (!key.readable) {
                err() << "repo add: cannot read the SSH key " << spec.sshKey << ": " << key.problem << '\n';
                return UsageOrFatal;
            }
        }
        const QString error = ps::appendRepository(config, spec, parser.values(QStringLiteral("path")));
        if (!error.isEmpty()) {
            err() << "repo add: " << error << '\n';
            return UsageOrFatal;
        }
        out() << "Added " << spec.url << " to " << config << "; run `portolan sync` to read it\n";
        return Ok;
    }
    if (action == u"list" && positional.size() == 1) {
        const ps::SyncPlan plan = ps::loadPlan({});
        QJsonArray list;
        for (const auto &r : plan.repositories) {
            QStringList paths;
            for (const auto &root : r.roots)
                paths << root.pathOrGlob;
            list.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("url"), r.url},
                                    {QStringLiteral("branch"), r.branch}, {QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
                                    {QStringLiteral("sshKey"), r.sshKey}});
            if (!parser.isSet(QStringLiteral("json")))
                out() << r.name << "  " << r.url << (r.branch.isEmpty() ? QString() : u" (" + r.branch + u')') << "  "
                      << paths.join(QStringLiteral(", ")) << (r.sshKey.isEmpty() ? QString() : u"  key " + r.sshKey) << '\n';
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(list);
        return Ok;
    }
    if (action == u"token" && positional.size() == 2) {
        if (!ps::TokenStore::available()) {
            err() << "repo token: no session bus, so no keychain to keep the token in; put it in app-config "
                     "integrations with ${ENV_VAR} instead\n";
            return UsageOrFatal;
        }
        QTextStream in(stdin);
        const QString token = in.readLine().trimmed();
        if (token.isEmpty()) {
            err() << "repo token: give the token on standard input\n";
            return UsageOrFatal;
        }
        const QString error = ps::TokenStore().store(positional.at(1), token);
        if (!error.isEmpty()) {
            err() << "repo token: the keychain refused: " << error << '\n';
            return UsageOrFatal;
        }
        out() << "Stored a token for " << positional.at(1) << " in the system keychain\n";
        return Ok;
    }
    if (action == u"passphrase" && positional.size() == 2) {
        const QString keyFile = QFileInfo(positional.at(1)).absoluteFilePath();
        const ps::SshKeyFile key = ps::inspectSshKey(keyFile);
        if (!key.readable) {
            err() << "repo passphrase: cannot read the SSH key " << keyFile << ": " << key.problem << '\n';
            return UsageOrFatal;
        }
        if (!key.encrypted) {
            err() << "repo passphrase: " << keyFile << " has no passphrase; nothing to store\n";
            return UsageOrFatal;
        }
        if (!ps::TokenStore::available()) {
            err() << "repo passphrase: no session bus, so no keychain to keep the passphrase in; load the key into "
                     "ssh-agent instead\n";
            return UsageOrFatal;
        }
        QTextStream in(stdin);
        const QString passphrase = in.readLine();
        if (passphrase.isEmpty()) {
            err() << "repo passphrase: give the passphrase on standard input\n";
            return UsageOrFatal;
        }
        const QString error = ps::TokenStore().storeSshPassphrase(keyFile, passphrase);
        if (!error.isEmpty()) {
            err() << "repo passphrase: the keychain refused: " << error << '\n';
            return UsageOrFatal;
        }
        out() << "Stored the passphrase of " << keyFile << " in the system keychain\n";
        return Ok;
    }
    err() << "repo: say `add URL`, `list`, `token HOST` or `passphrase KEYFILE`\n\n" << parser.helpText();
    return UsageOrFatal;
}

} // namespace cli
