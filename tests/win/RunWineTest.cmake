# cmake -DCXX=... -DWINE=... -DSOURCE_DIR=... -DWORK_DIR=... -P RunWineTest.cmake
set(exe ${WORK_DIR}/wintest.exe)
execute_process(
    COMMAND ${CXX} -std=c++17 -municode -static -O1 -Wall -Wextra -Werror -I${SOURCE_DIR}
        ${SOURCE_DIR}/tests/win/wintest.cpp
        ${SOURCE_DIR}/app/platform/win/JobObject.cpp
        ${SOURCE_DIR}/app/platform/win/AutostartKey.cpp
        -o ${exe}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "mingw-w64 compile of the Win32 sources failed (${rc})")
endif()
message(STATUS "compiled ${exe} with mingw-w64")
if(NOT WINE OR NOT EXISTS "${WINE}")
    message(STATUS "wine64 not found: compile check only")
    return()
endif()
set(prefix ${WORK_DIR}/wineprefix)
set(ENV{WINEPREFIX} ${prefix})
set(ENV{WINEDEBUG} -all)
set(ENV{WINEDLLOVERRIDES} "mscoree,mshtml=")
execute_process(COMMAND ${WINE} ${exe} RESULT_VARIABLE rc TIMEOUT 240)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "wintest.exe under Wine failed (${rc})")
endif()
