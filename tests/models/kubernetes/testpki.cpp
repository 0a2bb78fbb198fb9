// SPDX-License-Identifier: Apache-2.0
#include "testpki.h"

#include <QFile>
#include <QProcess>

QString TestPki::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"openssl " + args.join(u' ') + u": " + QString::fromUtf8(p.readAllStandardError());
    return {};
}

QString TestPki::generate()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    write(QStringLiteral("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    write(QStringLiteral("named.ext"), "subjectAltName=DNS:api.cluster.internal\nextendedKeyUsage=serverAuth\n");
    write(QStringLiteral("client.ext"), "extendedKeyUsage=clientAuth\n");
    const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    const QStringList steps[] = {
        QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
            + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=portolan-test-cluster-ca") },
        QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
            + QStringList { QStringLiteral("-keyout"), QStringLiteral("other-ca.key"), QStringLiteral("-out"),
                QStringLiteral("other-ca.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=some-other-ca") },
    };
    for (const auto &step : steps)
        if (QString e = openssl(step); !e.isEmpty())
            return e;
    // name, key type, subject, extensions
    struct Leaf {
        QString name;
        bool rsa;
        QString subject;
        QString ext;
    };
    const Leaf leaves[] = {
        { QStringLiteral("server"), false, QStringLiteral("/CN=kube-apiserver"), QStringLiteral("server.ext") },
        { QStringLiteral("named"), false, QStringLiteral("/CN=api.cluster.internal"), QStringLiteral("named.ext") },
        // RSA on purpose: kubeconfig client keys are often RSA, the server keys EC; both must load.
        { QStringLiteral("client"), true, QStringLiteral("/O=system:masters/CN=portolan-tester"),
            QStringLiteral("client.ext") },
    };
    for (const Leaf &leaf : leaves) {
        QStringList req { QStringLiteral("req") };
        req += leaf.rsa
            ? QStringList { QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes") }
            : ec;
        req += { QStringLiteral("-keyout"), leaf.name + u".key", QStringLiteral("-out"), leaf.name + u".csr",
            QStringLiteral("-subj"), leaf.subject };
        if (QString e = openssl(req); !e.isEmpty())
            return e;
        if (QString e
            = openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), leaf.name + u".csr",
                QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), leaf.name + u".crt", QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-extfile"), leaf.ext });
            !e.isEmpty())
            return e;
    }
    return {};
}

QByteArray TestPki::pem(const QString &name) const
{
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QSslCertificate> TestPki::certs(const QString &name) const
{
    return QSslCertificate::fromData(pem(name), QSsl::Pem);
}

QSslKey TestPki::key(const QString &name, QSsl::KeyAlgorithm algorithm) const
{
    return QSslKey(pem(name), algorithm, QSsl::Pem);
}
