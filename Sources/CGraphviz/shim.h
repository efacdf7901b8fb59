#ifndef TWINNING_CGRAPHVIZ_SHIM_H
#define TWINNING_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's agtail/aghead are macros with casts, which Swift cannot import. */
static inline Agnode_t *twinning_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *twinning_edge_head(Agedge_t *edge) { return aghead(edge); }
#endif
