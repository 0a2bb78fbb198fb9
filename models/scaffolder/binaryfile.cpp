// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/binaryfile.h"

#include <QFile>

namespace scaffolder {

bool isBinaryData(const QByteArray &head)
{
    const qsizetype total = std::min<qsizetype>(head.size(), 512);
    if (total == 0)
        return false;
    auto b = [&](qsizetype i) { return static_cast<unsigned char>(head.at(i)); };
    auto starts = [&](std::initializer_list<unsigned char> bom) {
        if (head.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char c : bom)
            if (b(i++) != c)
                return false;
        return true;
    };
    if (starts({0xef, 0xbb, 0xbf}) || starts({0x00, 0x00, 0xfe, 0xff}) || starts({0xff, 0xfe, 0x00, 0x00})
        || starts({0x84, 0x31, 0x95, 0x33}))
        return false;
    if (head.startsWith("%PDF-"))
        return true;
    if (starts({0xfe, 0xff}) || starts({0xff, 0xfe}))
        return false;
    qsizetype suspicious = 0;
    for (qsizetype i = 0; i < total; ++i) {
        const unsigned char c = b(i);
        if (c == 0)
            return true;
        if ((c < 7 || c > 14) && (c < 32 || c > 127)) {
            if (c > 193 && c < 224 && i + 1 < total) {
                ++i;
                if (b(i) > 127 && b(i) < 192)
                    continue;
            } else if (c > 223 && c < 240 && i + 2 < total) {
                ++i;
                if (b(i) > 127 && b(i) < 192 && b(i + 1) > 127 && b(i + 1) < 192) {
                    ++i;
                    continue;
                }
            }
            ++suspicious;
            if (i >= 32 && double(suspicious) * 100 / double(total) > 10)
                return true;
        }
    }
    return double(suspicious) * 100 / double(total) > 10;
}

bool isBinaryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isBinaryData(file.read(512));
}

} // namespace scaffolder
