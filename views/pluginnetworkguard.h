// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QQmlNetworkAccessManagerFactory>

/// Keeps QML's own network access (XMLHttpRequest, remote Image or Loader sources) to local files and resources,
/// so a plugin's only way out is PluginContext::httpGet with its declared hosts. The app's QML loads nothing
/// remote (WebEngine has its own network stack), so the whole engine can be held to this.
class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};
