# SPDX-License-Identifier: Apache-2.0
# Sync benchmark: N repositories x 5 entities served by a local `git daemon`. Include from bench/CMakeLists.txt.
add_executable(portolan-sync-bench ${CMAKE_CURRENT_LIST_DIR}/sync_bench.cpp)
target_link_libraries(portolan-sync-bench PRIVATE portolan_sync portolan_store portolan_catalog PkgConfig::LIBGIT2
    Qt6::Core Qt6::Network portolan_warnings)
