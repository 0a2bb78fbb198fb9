// SPDX-License-Identifier: Apache-2.0
// portolan-highlighter: KSyntaxHighlighting (KF5, Qt 5) behind stdin/stdout for the Qt 6 application, which cannot
// load Qt 5 libraries in its own process. Serves frames (see models/highlight/protocol.h) until stdin closes.
#include "highlight/ksh/htmlspanwriter.h"
#include "highlight/ksh/resolver.h"
#include "highlight/protocol.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <string>

namespace
{

using namespace highlight;

void send(const QJsonObject &header, const QByteArray &payload = {})
{
    const QByteArray frame = protocol::encodeFrame(header, payload);
    std::fwrite(frame.constData(), 1, size_t(frame.size()), stdout);
    std::fflush(stdout);
}

QJsonObject replyTo(const QJsonObject &request)
{
    return { { QStringLiteral("id"), request.value(QStringLiteral("id")) }, { QStringLiteral("ok"), true } };
}

QByteArray listing(const KSyntaxHighlighting::Repository &repository)
{
    QJsonArray definitions;
    const auto all = repository.definitions();
    for (const auto &definition : all) {
        QJsonArray extensions;
        for (const QString &extension : definition.extensions())
            extensions.append(extension);
        definitions.append(QJsonObject { { QStringLiteral("name"), definition.name() },
            { QStringLiteral("section"), definition.section() }, { QStringLiteral("hidden"), definition.isHidden() },
            { QStringLiteral("extensions"), extensions } });
    }
    QJsonArray themes;
    const auto allThemes = repository.themes();
    for (const auto &theme : allThemes)
        themes.append(theme.name());
    return QJsonDocument(
        QJsonObject { { QStringLiteral("definitions"), definitions }, { QStringLiteral("themes"), themes } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // KSyntaxHighlighting reads its definitions from Qt resources and data dirs
    std::ios::sync_with_stdio(false);

    KSyntaxHighlighting::Repository repository;
    ksh::HtmlSpanWriter writer;
    send({ { QStringLiteral("op"), QStringLiteral("ready") }, { QStringLiteral("version"), protocol::version },
        { QStringLiteral("definitions"), repository.definitions().size() } });

    std::string line;
    std::string payload;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        QString error;
        const auto header = protocol::parseHeader(QByteArray::fromStdString(line), &error);
        if (!header) {
            // Without a length the stream cannot be resynchronised: say why and stop; the client restarts us.
            send({ { QStringLiteral("ok"), false }, { QStringLiteral("error"), error } });
            return 2;
        }
        payload.resize(size_t(header->length));
        if (header->length > 0 && !std::cin.read(payload.data(), std::streamsize(header->length)))
            return 2;
        const QJsonObject &request = header->fields;
        const QString op = request.value(QStringLiteral("op")).toString();
        QJsonObject reply = replyTo(request);

        if (op == QLatin1String("highlight")) {
            const auto definition
                = ksh::resolveDefinition(repository, request.value(QStringLiteral("language")).toString());
            const auto theme = ksh::resolveTheme(repository, request.value(QStringLiteral("theme")).toString());
            writer.setDefinition(definition);
            writer.setTheme(theme);
            const QString code = QString::fromUtf8(payload.data(), int(payload.size()));
            reply.insert(QStringLiteral("definition"), definition.isValid() ? definition.name() : QString());
            reply.insert(QStringLiteral("theme"), theme.name());
            send(reply, writer.toHtml(code).toUtf8());
        } else if (op == QLatin1String("resolve")) {
            const auto definition
                = ksh::resolveDefinition(repository, request.value(QStringLiteral("language")).toString());
            reply.insert(QStringLiteral("definition"), definition.isValid() ? definition.name() : QString());
            send(reply);
        } else if (op == QLatin1String("list")) {
            send(reply, listing(repository));
        } else {
            reply.insert(QStringLiteral("ok"), false);
            reply.insert(QStringLiteral("error"), QStringLiteral("unknown op \"%1\"").arg(op));
            send(reply);
        }
    }
    return 0;
}
