// SPDX-License-Identifier: Apache-2.0
#include "sync/sshkey.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace portolan::sync {

SshKeyFile inspectSshKey(const QString &path)
{
    SshKeyFile key;
    if (QFileInfo(path).isDir()) {
        key.problem = QStringLiteral("it is a folder");
        return key;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        key.problem = file.exists() ? file.errorString() : QStringLiteral("no such file");
        return key;
    }
    const QByteArray text = file.read(64 * 1024);
    const qsizetype begin = text.indexOf("-----BEGIN ");
    const qsizetype headerEnd = begin < 0 ? -1 : text.indexOf("-----", begin + 11);
    if (headerEnd < 0 || !text.mid(begin, headerEnd - begin).contains("PRIVATE KEY")) {
        key.problem = QFileInfo::exists(path + QStringLiteral(".pub")) || text.startsWith("ssh-")
            ? QStringLiteral("it is not a private key (give the file without .pub)")
            : QStringLiteral("it is not a private key file");
        return key;
    }
    key.readable = true;
    const QByteArray header = text.mid(begin, headerEnd - begin);
    if (header.contains("ENCRYPTED") || text.contains("Proc-Type: 4,ENCRYPTED")) {
        key.encrypted = true;
        return key;
    }
    if (header.contains("OPENSSH")) {
        // openssh-key-v1\0, then the cipher name as a uint32-length-prefixed string: "none" when unprotected.
        const qsizetype bodyStart = text.indexOf('\n', headerEnd) + 1;
        const qsizetype bodyEnd = text.indexOf("-----END", bodyStart);
        const QByteArray blob = QByteArray::fromBase64(text.mid(bodyStart, bodyEnd - bodyStart));
        static const QByteArray magic("openssh-key-v1", 15); // with its terminating NUL
        if (blob.startsWith(magic) && blob.size() >= magic.size() + 4) {
            const quint32 length = qFromBigEndian<quint32>(blob.constData() + magic.size());
            key.encrypted = blob.mid(magic.size() + 4, qsizetype(length)) != "none";
        }
    }
    return key;
}

} // namespace portolan::sync
