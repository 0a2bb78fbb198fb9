// SPDX-License-Identifier: Apache-2.0
#include "docsschemehandler.h"

#include "techdocs/page.h"
#include "techdocs/site.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QPointer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QtConcurrent>

namespace {

DocsSchemeHandler *s_instance = nullptr;
const QString kAssetPrefix = QStringLiteral("assets/techdocs/");

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &contentType, const QByteArray &body)
{
    // The job owns the buffer: WebEngine reads it after reply() returns.
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

QByteArray assetType(const QString &name)
{
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript");
    return QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toUtf8();
}

} // namespace

DocsSchemeHandler::DocsSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

DocsSchemeHandler::~DocsSchemeHandler()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void DocsSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: a page origin that may use what https may. Local: web content cannot reach it; LocalAccessAllowed
    // lets a docs page load its own assets and images from the same scheme.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

DocsSchemeHandler *DocsSchemeHandler::instance()
{
    return s_instance;
}

void DocsSchemeHandler::setInstance(DocsSchemeHandler *handler)
{
    s_instance = handler;
}

QString DocsSchemeHandler::registerSite(const QString &projectDir, QString *error)
{
    auto opened = techdocs::Site::open(projectDir);
    if (auto *problem = std::get_if<techdocs::Problem>(&opened)) {
        if (error)
            *error = problem->toString();
        return {};
    }
    // A host name: letters and digits only, stable for the folder.
    const QString id = QStringLiteral("site-")
        + QString::fromLatin1(QCryptographicHash::hash(projectDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    auto site = std::make_shared<const techdocs::Site>(std::move(std::get<techdocs::Site>(opened)));
    const QMutexLocker lock(&m_mutex);
    m_sites.insert(id, std::move(site));
    return id;
}

QUrl DocsSchemeHandler::siteUrl(const QString &siteId)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setHost(siteId);
    url.setPath(QStringLiteral("/"));
    return url;
}

std::shared_ptr<const techdocs::Site> DocsSchemeHandler::site(const QString &id) const
{
    const QMutexLocker lock(&m_mutex);
    return m_sites.value(id);
}

void DocsSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const std::shared_ptr<const techdocs::Site> docs = site(url.host());
    if (!docs) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QString path = url.path(QUrl::FullyDecoded).mid(1);
    if (path.startsWith(kAssetPrefix)) {
        const QString name = path.mid(kAssetPrefix.size());
        if (const auto asset = techdocs::builtinAsset(name))
            replyWith(job, assetType(name), *asset);
        else
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const int index = docs->pageForUrl(path);
    if (index < 0) {
        if (const auto file = docs->assetPath(path)) {
            QFile in(*file);
            if (in.open(QIODevice::ReadOnly)) {
                replyWith(job, assetType(*file), in.readAll());
                return;
            }
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }

    // Rendering runs Markdown, the sanitizer and the highlighter: keep it off the UI thread. The job may be
    // destroyed meanwhile (navigation away), hence the QPointer; reply() must happen on this (the UI) thread.
    const bool dark = m_dark;
    techdocs::RenderOptions render;
    render.highlighter = m_highlighter;
    render.theme = dark ? highlight::Theme::Dark : highlight::Theme::Light;
    techdocs::PageOptions page;
    page.colorScheme = dark ? techdocs::PageOptions::ColorScheme::Dark : techdocs::PageOptions::ColorScheme::Light;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [watcher, job = QPointer(job)]() {
        watcher->deleteLater();
        if (job)
            replyWith(job, QByteArrayLiteral("text/html;charset=utf-8"), watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([docs, index, render, page]() {
        return techdocs::assemblePage(*docs, docs->render(index, render), page).toUtf8();
    }));
}
