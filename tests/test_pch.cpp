// Host of the precompiled header shared by the Qt Test programs (tests/CMakeLists.txt).
