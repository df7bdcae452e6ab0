import { bigGraph, shopGraph } from '../../testing/schema-fixtures';
import {
  DEFAULT_NODE_LIMIT,
  ViewOptions,
  chooseLayout,
  connectedOrder,
  indexGraph,
  neighbourhood,
  searchNodes,
  selectView,
  toElements,
} from './graph-view';

const defaults: ViewOptions = {
  schema: null,
  focus: null,
  hops: 1,
  limit: DEFAULT_NODE_LIMIT,
  community: null,
  expanded: [],
};

describe('graph view', () => {
  it('indexes parents, children, communities (largest first) and cycles', () => {
    const ix = indexGraph(shopGraph());
    expect(ix.parents.get('public.order_items')).toEqual(['public.orders', 'public.products']);
    expect(ix.children.get('public.orders')).toEqual(['public.order_items']);
    // A self reference is no neighbour of itself.
    expect(ix.parents.get('public.categories')).toEqual([]);
    expect(ix.communities.map((c) => [c.id, c.size])).toEqual([
      [0, 5],
      [1, 2],
    ]);
    expect([...ix.cycleNodes].sort()).toEqual([
      'public.categories',
      'public.departments',
      'public.employees',
    ]);
    expect([...ix.cycleEdges].sort()).toEqual(['c_c', 'd_e', 'e_d']);
    expect(ix.order.get('public.order_items')).toBe(6);
  });

  it('shows every table of a small graph', () => {
    const v = selectView(indexGraph(shopGraph()), defaults);
    expect(v.reason).toBe('all');
    expect(v.ids).toHaveLength(7);
    expect(v.capped).toBe(false);
  });

  it('caps a 1,200-table graph to the largest community, at most 150 tables, connected', () => {
    const graph = bigGraph(1200, [200, 120, 80]);
    const ix = indexGraph(graph);
    const v = selectView(ix, defaults);
    expect(v.reason).toBe('largest-community');
    expect(v.ids).toHaveLength(150);
    expect(v.total).toBe(200);
    expect(v.capped).toBe(true);
    expect(new Set(v.ids.map((id) => ix.nodes.get(id)!.community))).toEqual(new Set([v.community]));
    // Breadth-first from the best-connected table: every shown table but the first has a
    // shown neighbour.
    const shown = new Set(v.ids);
    for (const id of v.ids.slice(1)) {
      const neighbours = [...ix.parents.get(id)!, ...ix.children.get(id)!];
      expect(
        neighbours.some((n) => shown.has(n)),
        id,
      ).toBe(true);
    }
  });

  it('stays under the limit with more than 1,000 tables and any option', () => {
    const ix = indexGraph(bigGraph(1500, [300, 50]));
    for (const limit of [150, 300, 600, 1000])
      for (const schema of [null, 's0', 's1'])
        expect(selectView(ix, { ...defaults, limit, schema }).ids.length).toBeLessThanOrEqual(
          limit,
        );
    const all = selectView(ix, { ...defaults, limit: 1000, community: 0 });
    expect(all.reason).toBe('community');
    expect(all.ids).toHaveLength(300);
  });

  it('filters by schema before choosing the community', () => {
    const ix = indexGraph(bigGraph(600, [100, 100]));
    const v = selectView(ix, { ...defaults, schema: 's1', limit: 50 });
    expect(v.ids.every((id) => id.startsWith('s1.'))).toBe(true);
  });

  it('expands neighbourhoods by 1 or 2 hops, parents and children', () => {
    const ix = indexGraph(shopGraph());
    expect(neighbourhood(ix, 'public.orders', 1).sort()).toEqual([
      'public.customers',
      'public.order_items',
      'public.orders',
    ]);
    expect(neighbourhood(ix, 'public.orders', 2).sort()).toEqual([
      'public.customers',
      'public.order_items',
      'public.orders',
      'public.products',
    ]);
    expect(neighbourhood(ix, 'nope', 1)).toEqual([]);

    const focused = selectView(ix, { ...defaults, focus: 'public.customers', hops: 1 });
    expect(focused.reason).toBe('focus');
    expect(focused.ids.sort()).toEqual(['public.customers', 'public.orders']);
    const expanded = selectView(ix, {
      ...defaults,
      focus: 'public.customers',
      expanded: ['public.orders'],
    });
    expect(expanded.ids.sort()).toEqual([
      'public.customers',
      'public.order_items',
      'public.orders',
    ]);
  });

  it('keeps expanded neighbourhoods when the cap applies', () => {
    const graph = bigGraph(1200, [200, 120, 80]);
    const ix = indexGraph(graph);
    const outside = graph.nodes.find((n) => n.community === 2)!.id;
    const v = selectView(ix, { ...defaults, expanded: [outside] });
    expect(v.ids).toContain(outside);
    expect(v.ids.length).toBe(150);
  });

  it('orders a group breadth-first', () => {
    const ix = indexGraph(shopGraph());
    const order = connectedOrder(ix, ['public.customers', 'public.orders', 'public.order_items']);
    // order_items and orders both have two keys; the tie goes by name, then breadth-first.
    expect(order).toEqual(['public.order_items', 'public.orders', 'public.customers']);
  });

  it('searches table names, prefixes first', () => {
    const ix = indexGraph(shopGraph());
    expect(searchNodes(ix, 'ord').map((n) => n.id)).toEqual([
      'public.orders',
      'public.order_items',
    ]);
    expect(searchNodes(ix, 'items').map((n) => n.id)).toEqual(['public.order_items']);
    expect(searchNodes(ix, '  ')).toEqual([]);
  });

  it('picks dagre for small graphs and cheaper layouts above a few hundred nodes', () => {
    expect(chooseLayout(150)).toBe('dagre');
    expect(chooseLayout(400)).toBe('cose');
    expect(chooseLayout(1000)).toBe('grid');
  });

  it('builds elements with schema parents or community colours and cycle classes', () => {
    const ix = indexGraph(shopGraph());
    const ids = ['public.departments', 'public.employees', 'public.orders'];
    const bySchema = toElements(ix, ids, { clusterBy: 'schema', highlightCycles: true });
    expect(bySchema.filter((e) => e.classes === 'cluster').map((e) => e.data['id'])).toEqual([
      'schema:public',
    ]);
    const dept = bySchema.find((e) => e.data['id'] === 'public.departments')!;
    expect(dept.data['parent']).toBe('schema:public');
    expect(dept.classes).toContain('cycle');
    const edges = bySchema.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data['id']).sort()).toEqual(['e:d_e', 'e:e_d']);
    expect(edges.every((e) => e.classes.includes('cycle'))).toBe(true);

    const byCommunity = toElements(ix, ids, { clusterBy: 'community', highlightCycles: false });
    const colours = new Set(
      byCommunity.filter((e) => e.group === 'nodes').map((e) => e.data['colour']),
    );
    expect(colours.size).toBe(2);
    expect(byCommunity.some((e) => e.classes.includes('cycle'))).toBe(false);
  });
});
