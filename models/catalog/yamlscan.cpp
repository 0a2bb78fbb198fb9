// SPDX-License-Identifier: Apache-2.0
#include "catalog/yamlparse.h"
#include "catalog/yamlscan.h"

#include <cctype>
#include <cmath>
#include <string_view>

namespace catalog::detail {

namespace {

bool isMarkerLine(const char *p, qsizetype len, char c)
{
    return len >= 3 && p[0] == c && p[1] == c && p[2] == c && (len == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\r');
}

bool lineHasContent(const char *p, qsizetype len)
{
    for (qsizetype i = 0; i < len; ++i) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')
            continue;
        return p[i] != '#';
    }
    return false;
}

bool allDigits(std::string_view s, int base)
{
    if (s.empty())
        return false;
    for (char c : s) {
        const bool ok = base == 8 ? (c >= '0' && c <= '7')
            : base == 16          ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                  : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

bool isCoreFloat(std::string_view s)
{
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
    const auto e = s.find_first_of("eE");
    std::string_view mantissa = s.substr(0, e);
    if (e != std::string_view::npos) {
        std::string_view exp = s.substr(e + 1);
        if (!exp.empty() && (exp[0] == '-' || exp[0] == '+'))
            exp.remove_prefix(1);
        if (!allDigits(exp, 10))
            return false;
    }
    const auto dot = mantissa.find('.');
    if (dot == std::string_view::npos)
        return e != std::string_view::npos && allDigits(mantissa, 10);
    const auto intPart = mantissa.substr(0, dot);
    const auto frac = mantissa.substr(dot + 1);
    if (intPart.empty())
        return allDigits(frac, 10);
    return allDigits(intPart, 10) && (frac.empty() || allDigits(frac, 10));
}

} // namespace

// Document markers at column 0 cannot occur inside content (YAML 1.2 §9.1.1), so splitting on them gives
// the same documents as a full stream parse while letting every document fail on its own.
QList<Chunk> splitDocuments(const QByteArray &text)
{
    QList<Chunk> chunks;
    Chunk current;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 0;
    auto flush = [&](qsizetype end) {
        current.end = end;
        if (current.explicitStart || current.hasContent)
            chunks.append(current);
    };
    while (pos < size) {
        qsizetype nl = text.indexOf('\n', pos);
        const qsizetype lineEnd = nl < 0 ? size : nl;
        const char *p = data + pos;
        const qsizetype len = lineEnd - pos;
        if (isMarkerLine(p, len, '-')) {
            flush(pos);
            current = Chunk{line, pos, 0, true, lineHasContent(p + 3, len - 3)};
        } else if (isMarkerLine(p, len, '.')) {
            flush(lineEnd);
            current = Chunk{line + 1, nl < 0 ? size : nl + 1, 0, false, false};
        } else if (!current.hasContent && len > 0 && p[0] != '%' && lineHasContent(p, len)) {
            current.hasContent = true;
        }
        pos = nl < 0 ? size : nl + 1;
        ++line;
    }
    flush(size);
    return chunks;
}

// yaml-cpp recurses once per nesting level while parsing. Flow collections ([ and {) can nest thousands of
// levels in a few kilobytes, so they are counted before yaml-cpp sees the text. Approximate on purpose
// (quotes and comments are skipped, brackets inside block scalars count): it only has to catch absurd depth.
bool flowTooDeep(const char *p, qsizetype size, int &line, int &column)
{
    int depth = 0;
    int l = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = p[i];
        const char before = i > 0 ? p[i - 1] : '\n';
        const bool boundary = before == ' ' || before == '\t' || before == '\n' || before == ':' || before == '-' ||
                              before == ',' || before == '[' || before == '{';
        if (c == '\n') {
            ++l;
            lineStart = i + 1;
        } else if (c == '#' && (before == ' ' || before == '\t' || before == '\n')) {
            while (i + 1 < size && p[i + 1] != '\n')
                ++i;
        } else if ((c == '"' || c == '\'') && (depth > 0 || boundary)) {
            for (++i; i < size && p[i] != c; ++i) {
                if (c == '"' && p[i] == '\\')
                    ++i;
                else if (p[i] == '\n') {
                    ++l;
                    lineStart = i + 1;
                }
            }
        } else if ((c == '[' || c == '{') && (depth > 0 || boundary)) {
            if (++depth > kMaxNestingDepth) {
                line = l;
                column = int(i - lineStart);
                return true;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

QJsonValue resolvePlainScalar(const std::string &text)
{
    const std::string_view s(text);
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return QJsonValue(QJsonValue::Null);
    const char c = s[0];
    // Fast exit: most scalars are words, and every non-string core-schema form starts with one of these.
    if (!(c == 't' || c == 'T' || c == 'f' || c == 'F' || c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))
        return QString::fromStdString(text);
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    std::string_view digits = s;
    if (digits[0] == '-' || digits[0] == '+')
        digits.remove_prefix(1);
    if (allDigits(digits, 10))
        return std::strtod(text.c_str(), nullptr);
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && allDigits(s.substr(2), 8))
        return double(std::strtoull(text.c_str() + 2, nullptr, 8));
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && allDigits(s.substr(2), 16))
        return double(std::strtoull(text.c_str() + 2, nullptr, 16));
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return std::nan("");
    std::string_view inf = s;
    if (inf[0] == '-' || inf[0] == '+')
        inf.remove_prefix(1);
    if (inf == ".inf" || inf == ".Inf" || inf == ".INF")
        return s[0] == '-' ? -HUGE_VAL : HUGE_VAL;
    if (isCoreFloat(s))
        return std::strtod(text.c_str(), nullptr);
    return QString::fromStdString(text);
}

} // namespace catalog::detail
