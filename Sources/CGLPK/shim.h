// Umbrella header for Debian's libglpk-dev, which ships glpk.h but no pkg-config file.
#include <glpk.h>
