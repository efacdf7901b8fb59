#ifndef TWINNING_CGRAPHVIZ_SHIM_H
#define TWINNING_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's agtail/aghead are macros with casts, which Swift cannot import. */
static inline Agnode_t *twinning_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *twinning_edge_head(Agedge_t *edge) { return aghead(edge); }

/* ND_coord is a macro over the node's record: a node's position after layout, in points. */
static inline double twinning_node_x(Agnode_t *node) { return ND_coord(node).x; }
static inline double twinning_node_y(Agnode_t *node) { return ND_coord(node).y; }

/* GD_bb is a macro over the graph's record: the drawing's bounding box after layout, in points. */
static inline double twinning_graph_width(Agraph_t *graph) { return GD_bb(graph).UR.x - GD_bb(graph).LL.x; }
static inline double twinning_graph_height(Agraph_t *graph) { return GD_bb(graph).UR.y - GD_bb(graph).LL.y; }
#endif
