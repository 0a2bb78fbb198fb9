// SPDX-License-Identifier: Apache-2.0
// SSH host keys checked against an OpenSSH known_hosts file, so a sync never talks to a server it cannot identify.
#include "sync/git.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace portolan::sync {

namespace {

// known_hosts names a non-default port as "[host]:port".
QString hostEntryName(const QString &host, int port)
{
    return port == 22 || port <= 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

bool matchesHashed(const QString &pattern, const QString &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name)): what `HashKnownHosts yes` writes.
    const QStringList parts = pattern.split(u'|');
    if (parts.size() != 4 || parts.at(1) != u"1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

bool matchesPattern(const QString &pattern, const QString &name)
{
    if (pattern.startsWith(u'|'))
        return matchesHashed(pattern, name);
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern.compare(name, Qt::CaseInsensitive) == 0;
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
    return QRegularExpression(QRegularExpression::anchoredPattern(rx), QRegularExpression::CaseInsensitiveOption)
        .match(name)
        .hasMatch();
}

// A host field lists patterns separated by commas; a negated one ("!pattern") that matches excludes the line.
bool lineNamesHost(const QString &field, const QString &name)
{
    bool matched = false;
    for (const QString &pattern : field.split(u',', Qt::SkipEmptyParts)) {
        if (pattern.startsWith(u'!')) {
            if (matchesPattern(pattern.mid(1), name))
                return false;
        } else if (matchesPattern(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

} // namespace

HostKeyCheck checkKnownHost(const QString &knownHostsFile, const QString &host, int port, const QByteArray &rawKey)
{
    const QString file = knownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : knownHostsFile;
    HostKeyCheck check;
    check.fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(QCryptographicHash::hash(rawKey, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
    const QString shown = QStringLiteral("%1:%2").arg(host).arg(port <= 0 ? 22 : port);
    const QString name = hostEntryName(host, port);
    QFile f(file);
    int mismatchLine = 0;
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        int lineNumber = 0;
        while (!f.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QString marker;
            if (fields.value(0).startsWith(u'@'))
                marker = fields.takeFirst();
            if (fields.size() < 3 || marker == u"@cert-authority" || !lineNamesHost(fields.at(0), name))
                continue;
            const bool same = QByteArray::fromBase64(fields.at(2).toLatin1()) == rawKey;
            if (same && marker == u"@revoked") {
                check.result = HostKeyCheck::Mismatch;
                check.message = QStringLiteral("the host key of %1 (%2) is marked @revoked in %3 line %4; refused")
                                    .arg(shown, check.fingerprint, file)
                                    .arg(lineNumber);
                return check;
            }
            if (same) {
                check.result = HostKeyCheck::Match;
                return check;
            }
            if (marker.isEmpty() && mismatchLine == 0)
                mismatchLine = lineNumber;
        }
    }
    if (mismatchLine > 0) {
        check.result = HostKeyCheck::Mismatch;
        check.message = QStringLiteral("the host key of %1 (%2) does not match the one in %3 line %4; refused: the "
                                       "server's key changed or someone is in between")
                            .arg(shown, check.fingerprint, file)
                            .arg(mismatchLine);
        return check;
    }
    check.result = HostKeyCheck::Unknown;
    check.message = QStringLiteral("unknown host key for %1 (%2); add it to known_hosts (%3)").arg(shown, check.fingerprint, file);
    return check;
}

} // namespace portolan::sync
