# SPDX-License-Identifier: Apache-2.0
# TechDocs benchmark: a full build of a generated 200-page MkDocs site vs Debian's `mkdocs build` (a dev-only
# reference tool, never a dependency), and the time to open one page.
# integrator: include(${CMAKE_CURRENT_SOURCE_DIR}/techdocs.cmake) from bench/CMakeLists.txt.
add_executable(docs_bench ${CMAKE_CURRENT_LIST_DIR}/docs_bench.cpp)
target_link_libraries(docs_bench PRIVATE portolan_techdocs portolan_warnings)
# Docs search figures: index build and query latency in a real SQLite file.
target_link_libraries(docs_bench PRIVATE portolan_store portolan_catalog)
target_compile_definitions(docs_bench PRIVATE PORTOLAN_DEMO_CATALOG="${PROJECT_SOURCE_DIR}/resources/demo-catalog/all.yaml")
