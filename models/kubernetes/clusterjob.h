// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/workloadfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace k8s
{

/// One cluster's share of a WorkloadFetcher run: credentials, the paginated list requests, the deadline.
/// Private to the library; QObject only to own its replies and timers.
class ClusterJob : public QObject
{
public:
    using Done = std::function<void(const ClusterState &)>;
    ClusterJob(const Cluster &cluster, const ComponentTarget &target, const WorkloadFetcher::Options &options,
        ExecCredentialCache *credentials, Done done);
    ~ClusterJob() override;

    void start();
    void cancel();

private:
    void startRequests(const Credential &credential);
    void request(const ObjectType &type, const QString &continueToken);
    void onReply(QNetworkReply *reply, const ObjectType &type);
    void fail(const FetchError &error);
    void finishIfComplete();
    void finish();

    Cluster m_cluster;
    ComponentTarget m_target;
    WorkloadFetcher::Options m_options;
    ExecCredentialCache *m_credentials;
    Done m_done;
    ClusterState m_state;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QByteArray m_authorization;
    QTimer m_deadline;
    QList<QNetworkReply *> m_replies;
    int m_typesLeft = 0;
    bool m_finished = false;
};

} // namespace k8s
