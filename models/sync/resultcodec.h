// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"

#include <QByteArray>
#include <optional>

namespace portolan::sync {

/// ReadResult <-> compact JSON, for the parse cache.
[[nodiscard]] QByteArray encodeResult(const catalog::ReadResult &result);
[[nodiscard]] std::optional<catalog::ReadResult> decodeResult(const QByteArray &json);

} // namespace portolan::sync
