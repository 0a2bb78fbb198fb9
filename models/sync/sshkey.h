// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace portolan::sync {

/// What a private key file looks like before it is offered to a server: readable at all, and whether it is
/// passphrase-protected (so a missing passphrase can be reported before connecting instead of as a vague
/// libssh2 error).
struct SshKeyFile {
    bool readable = false;
    bool encrypted = false;
    QString problem; ///< why it cannot be used as a private key; empty when readable
};

/// Reads OpenSSH ("openssh-key-v1", cipher name) and PEM ("Proc-Type: 4,ENCRYPTED", "ENCRYPTED PRIVATE KEY") keys.
[[nodiscard]] SshKeyFile inspectSshKey(const QString &path);

} // namespace portolan::sync
