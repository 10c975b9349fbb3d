// Compiled against one layer's include roots only (see "layering" in CMakeLists.txt): it includes one header named by
// the build, so the build tells whether that layer can see it.
#include EJOB_PROBE_HEADER
