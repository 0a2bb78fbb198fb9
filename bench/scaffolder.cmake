# SPDX-License-Identifier: Apache-2.0
# Scaffolder benchmark: include(scaffolder.cmake) from bench/CMakeLists.txt.
add_executable(template_bench ${CMAKE_CURRENT_LIST_DIR}/template_bench.cpp)
target_link_libraries(template_bench PRIVATE portolan_scaffolder portolan_warnings)
