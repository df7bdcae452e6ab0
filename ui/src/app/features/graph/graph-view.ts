import { GraphEdge, GraphNode, SchemaGraph } from '../../core/models';

/** Nodes shown by default; above this the screen shows one community or a neighbourhood. */
export const DEFAULT_NODE_LIMIT = 150;
export const NODE_LIMIT_OPTIONS = [150, 300, 600, 1000] as const;

/** The foreign-key graph with adjacency lists, computed once per snapshot. */
export interface GraphIndex {
  graph: SchemaGraph;
  nodes: Map<string, GraphNode>;
  /** Child → parents (the tables it references). */
  parents: Map<string, string[]>;
  /** Parent → children (the tables referencing it). */
  children: Map<string, string[]>;
  degree: Map<string, number>;
  /** Communities, largest first. */
  communities: { id: number; size: number; nodes: string[] }[];
  /** Community id → rank by size (0 = largest), for colours. */
  communityRank: Map<number, number>;
  schemas: string[];
  cycleNodes: Set<string>;
  cycleEdges: Set<string>;
  /** Position of each table in the insert order (0-based). */
  order: Map<string, number>;
}

export function indexGraph(graph: SchemaGraph): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const degree = new Map<string, number>();
  for (const n of graph.nodes) {
    parents.set(n.id, []);
    children.set(n.id, []);
    degree.set(n.id, 0);
  }
  for (const e of graph.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (e.source !== e.target) {
      parents.get(e.source)!.push(e.target);
      children.get(e.target)!.push(e.source);
    }
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  const byCommunity = new Map<number, string[]>();
  for (const n of graph.nodes) {
    const list = byCommunity.get(n.community) ?? [];
    list.push(n.id);
    byCommunity.set(n.community, list);
  }
  const communities = [...byCommunity.entries()]
    .map(([id, members]) => ({ id, size: members.length, nodes: members }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
  const communityRank = new Map(communities.map((c, i) => [c.id, i]));

  const cycleNodes = new Set<string>();
  const cycleOf = new Map<string, Set<number>>();
  graph.cycles.forEach((cycle, i) => {
    for (const id of cycle) {
      cycleNodes.add(id);
      const set = cycleOf.get(id) ?? new Set<number>();
      set.add(i);
      cycleOf.set(id, set);
    }
  });
  const cycleEdges = new Set<string>();
  for (const e of graph.edges) {
    const a = cycleOf.get(e.source);
    const b = cycleOf.get(e.target);
    if (a && b && [...a].some((i) => b.has(i))) cycleEdges.add(e.id);
  }

  return {
    graph,
    nodes,
    parents,
    children,
    degree,
    communities,
    communityRank,
    schemas: [...new Set(graph.nodes.map((n) => n.schema))].sort(),
    cycleNodes,
    cycleEdges,
    order: new Map(graph.topologicalOrder.map((id, i) => [id, i])),
  };
}

/**
 * Breadth-first neighbourhood of `start`: the table, then the tables `hops` foreign keys away in
 * both directions (parents and children), nearest first.
 */
export function neighbourhood(index: GraphIndex, start: string, hops: number): string[] {
  if (!index.nodes.has(start)) return [];
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of [...index.parents.get(id)!, ...index.children.get(id)!]) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return [...seen];
}

export interface ViewOptions {
  /** Only this schema (null = all). */
  schema: string | null;
  /** Show this table's neighbourhood instead of a community. */
  focus: string | null;
  hops: number;
  limit: number;
  /** Show this community (null = all if they fit, else the largest). */
  community: number | null;
  /** Tables whose neighbourhood was added with "expand". */
  expanded: readonly string[];
}

export type ViewReason = 'all' | 'largest-community' | 'community' | 'focus';

export interface ViewSelection {
  ids: string[];
  /** Candidate tables before the cap. */
  total: number;
  capped: boolean;
  reason: ViewReason;
  community: number | null;
}

/**
 * Which tables to draw. With a focus: its neighbourhood. Otherwise every table (of the schema)
 * when they fit the limit, else the chosen or the largest FK community. Expanded neighbourhoods
 * come first so they survive the cap; the result never exceeds `limit`.
 */
export function selectView(index: GraphIndex, options: ViewOptions): ViewSelection {
  const inSchema = (id: string) =>
    !options.schema || index.nodes.get(id)?.schema === options.schema;
  let base: string[];
  let reason: ViewReason;
  let community: number | null = null;
  if (options.focus && index.nodes.has(options.focus)) {
    base = neighbourhood(index, options.focus, options.hops);
    reason = 'focus';
  } else {
    const candidates = index.graph.nodes.map((n) => n.id).filter(inSchema);
    if (options.community !== null) {
      community = options.community;
      base = connectedOrder(
        index,
        candidates.filter((id) => index.nodes.get(id)!.community === community),
      );
      reason = 'community';
    } else if (candidates.length <= options.limit) {
      base = candidates;
      reason = 'all';
    } else {
      const counts = new Map<number, number>();
      for (const id of candidates) {
        const c = index.nodes.get(id)!.community;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      community = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
      base = connectedOrder(
        index,
        candidates.filter((id) => index.nodes.get(id)!.community === community),
      );
      reason = 'largest-community';
    }
  }
  const expandedIds = options.expanded.flatMap((id) => neighbourhood(index, id, options.hops));
  const ordered = [...new Set([...expandedIds, ...base])];
  return {
    ids: ordered.slice(0, options.limit),
    total: ordered.length,
    capped: ordered.length > options.limit,
    reason,
    community,
  };
}

/** `ids` ordered breadth-first from the best-connected one, so a capped prefix stays connected. */
export function connectedOrder(index: GraphIndex, ids: string[]): string[] {
  const members = new Set(ids);
  const remaining = [...ids].sort(
    (a, b) => index.degree.get(b)! - index.degree.get(a)! || a.localeCompare(b),
  );
  const seen = new Set<string>();
  const result: string[] = [];
  for (const start of remaining) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      result.push(id);
      for (const other of [...index.parents.get(id)!, ...index.children.get(id)!]) {
        if (!members.has(other) || seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return result;
}

/** Tables whose name contains the query, names starting with it first. */
export function searchNodes(index: GraphIndex, query: string, limit = 10): GraphNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: GraphNode[] = [];
  const contains: GraphNode[] = [];
  for (const node of index.graph.nodes) {
    const name = node.name.toLowerCase();
    if (name.startsWith(q) || node.id.toLowerCase().startsWith(q)) starts.push(node);
    else if (node.id.toLowerCase().includes(q)) contains.push(node);
    if (starts.length >= limit) break;
  }
  const byName = (a: GraphNode, b: GraphNode) =>
    a.name.length - b.name.length || a.id.localeCompare(b.id);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

export type LayoutName = 'dagre' | 'cose' | 'grid';

/** dagre (left to right) while it is quick, a force layout for mid-sized graphs, then a grid. */
export function chooseLayout(nodeCount: number): LayoutName {
  if (nodeCount <= 200) return 'dagre';
  if (nodeCount <= 500) return 'cose';
  return 'grid';
}

export type ClusterBy = 'none' | 'schema' | 'community';

/** Eight hues readable on light and dark surfaces (community colours, by size rank). */
export const COMMUNITY_COLOURS = [
  '#4c78a8',
  '#f58518',
  '#54a24b',
  '#e45756',
  '#72b7b2',
  '#b279a2',
  '#eeca3b',
  '#9d755d',
];

export function communityColour(index: GraphIndex, community: number): string {
  const rank = index.communityRank.get(community) ?? 0;
  return COMMUNITY_COLOURS[rank % COMMUNITY_COLOURS.length];
}

/** A renderer-neutral element (the Cytoscape renderer maps it 1:1). */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | boolean | undefined>;
  classes: string;
}

export interface ElementOptions {
  clusterBy: ClusterBy;
  highlightCycles: boolean;
}

/** Nodes (with schema parents when clustering by schema) and the edges between visible nodes. */
export function toElements(
  index: GraphIndex,
  ids: readonly string[],
  options: ElementOptions,
): GraphElement[] {
  const visible = new Set(ids);
  const elements: GraphElement[] = [];
  if (options.clusterBy === 'schema') {
    for (const schema of new Set(ids.map((id) => index.nodes.get(id)!.schema)))
      elements.push({
        group: 'nodes',
        data: { id: `schema:${schema}`, label: schema },
        classes: 'cluster',
      });
  }
  for (const id of ids) {
    const node = index.nodes.get(id)!;
    const label = node.name;
    const classes = ['table'];
    if (options.highlightCycles && index.cycleNodes.has(id)) classes.push('cycle');
    elements.push({
      group: 'nodes',
      data: {
        id,
        label,
        width: Math.max(48, Math.round(label.length * 7 + 20)),
        parent: options.clusterBy === 'schema' ? `schema:${node.schema}` : undefined,
        colour:
          options.clusterBy === 'community' ? communityColour(index, node.community) : undefined,
      },
      classes: [...classes, options.clusterBy === 'community' ? 'coloured' : ''].join(' ').trim(),
    });
  }
  for (const edge of index.graph.edges) {
    if (!visible.has(edge.source) || !visible.has(edge.target)) continue;
    elements.push(edgeElement(index, edge, options));
  }
  return elements;
}

function edgeElement(index: GraphIndex, edge: GraphEdge, options: ElementOptions): GraphElement {
  const classes = ['fk'];
  if (edge.nullable) classes.push('nullable');
  if (edge.selfReference) classes.push('self');
  if (options.highlightCycles && index.cycleEdges.has(edge.id)) classes.push('cycle');
  return {
    group: 'edges',
    data: { id: `e:${edge.id}`, source: edge.source, target: edge.target, label: edge.name },
    classes: classes.join(' '),
  };
}
