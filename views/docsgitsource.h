// SPDX-License-Identifier: Apache-2.0
#pragma once

// Git-only docs and backstage.io/techdocs-entity live in models/docsources (shared with `portolan docs index`);
// the views use them under their old names.
#include "docsources/gitdocs.h"

using docsources::docsOwner;
using docsources::GitDocsCopy;
using docsources::materializeGitDocs;
using docsources::techdocsEntityPath;
using docsources::techdocsEntityRef;
