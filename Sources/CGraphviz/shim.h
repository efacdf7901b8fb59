#ifndef TWINNING_CGRAPHVIZ_SHIM_H
#define TWINNING_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
