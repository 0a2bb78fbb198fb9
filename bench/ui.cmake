# SPDX-License-Identifier: Apache-2.0
# UI benchmark (table filter/sort at 50k, app cold start at 10k). Included from bench/CMakeLists.txt when the GUI
# is built: if(PORTOLAN_BUILD_GUI) include(ui.cmake) endif()
add_executable(portolan-ui-bench ui_bench.cpp benchutil.cpp benchutil.h)
target_link_libraries(portolan-ui-bench PRIVATE portolan_views portolan_store portolan_catalog Qt6::Gui portolan_warnings)
target_compile_definitions(portolan-ui-bench PRIVATE PORTOLAN_DESKTOP_PATH="$<TARGET_FILE:portolan-desktop>")
add_dependencies(portolan-ui-bench portolan-desktop)
