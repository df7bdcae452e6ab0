import {
  ConnectionView,
  GraphEdge,
  GraphNode,
  SchemaColumn,
  SchemaGraph,
  SchemaModel,
  SchemaTable,
  SnapshotSummary,
} from '../core/models';

export function connection(overrides: Partial<ConnectionView> = {}): ConnectionView {
  return {
    id: 'c1',
    projectId: 'p1',
    name: 'Shop',
    engine: 'postgresql',
    host: 'db.internal',
    port: 5432,
    database: 'shop',
    username: 'app',
    sslMode: 'prefer',
    environment: 'development',
    ssh: null,
    hasPassword: true,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    lastSnapshot: null,
    ...overrides,
  };
}

export function snapshotSummary(overrides: Partial<SnapshotSummary> = {}): SnapshotSummary {
  return {
    id: 's1',
    connectionId: 'c1',
    capturedAt: '2026-01-02T10:00:00Z',
    engine: 'postgresql',
    serverVersion: '16.3',
    database: 'shop',
    tableCount: 4,
    viewCount: 0,
    columnCount: 12,
    foreignKeyCount: 3,
    durationMs: 120,
    ...overrides,
  };
}

export function col(
  name: string,
  dataType = 'bigint',
  overrides: Partial<SchemaColumn> = {},
): SchemaColumn {
  return {
    name,
    position: 1,
    dataType,
    category: 'INTEGER',
    length: null,
    precision: null,
    scale: null,
    nullable: true,
    defaultValue: null,
    identity: 'NONE',
    generated: null,
    enumValues: [],
    comment: null,
    ...overrides,
  };
}

export function schemaTable(
  schema: string,
  name: string,
  overrides: Partial<SchemaTable> = {},
): SchemaTable {
  return {
    name: { schema, name },
    kind: 'TABLE',
    columns: [col('id', 'bigint', { nullable: false, identity: 'ALWAYS' })],
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    foreignKeys: [],
    uniqueConstraints: [],
    checks: [],
    indexes: [],
    comment: null,
    rowEstimate: 100,
    sizeBytes: 8192,
    viewDefinition: null,
    statistics: null,
    ...overrides,
  };
}

function fk(columns: string[], table: string, refColumns = ['id'], schema = 'public') {
  return {
    name: `${columns.join('_')}_fkey`,
    columns,
    referencedTable: { schema, name: table },
    referencedColumns: refColumns,
    onDelete: 'NO_ACTION',
    onUpdate: 'NO_ACTION',
    deferrable: false,
    initiallyDeferred: false,
  };
}

/** customers, orders, order_items (composite PK), categories (self reference), a view. */
export function shopModel(): SchemaModel {
  return {
    engine: 'postgresql',
    serverVersion: '16.3',
    database: 'shop',
    schemas: ['public', 'reporting'],
    tables: [
      schemaTable('public', 'categories', {
        columns: [col('id'), col('parent_id')],
        foreignKeys: [fk(['parent_id'], 'categories')],
      }),
      schemaTable('public', 'customers', {
        columns: [
          col('id', 'bigint', { nullable: false, identity: 'ALWAYS' }),
          col('email', 'varchar', { length: 255, nullable: false }),
          col('status', 'customer_status', {
            category: 'ENUM',
            enumValues: ['active', 'blocked'],
            defaultValue: "'active'",
          }),
        ],
        comment: 'People who buy.',
        rowEstimate: 182_400,
      }),
      schemaTable('public', 'order_items', {
        columns: [col('order_id'), col('product_id'), col('quantity', 'integer')],
        primaryKey: { name: 'order_items_pkey', columns: ['order_id', 'product_id'] },
        foreignKeys: [fk(['order_id'], 'orders')],
        checks: [{ name: 'quantity_check', expression: '(quantity > 0)' }],
      }),
      schemaTable('public', 'orders', {
        columns: [
          col('id', 'bigint', { nullable: false, identity: 'ALWAYS' }),
          col('customer_id', 'bigint', { nullable: false }),
          col('search', 'tsvector', { generated: "to_tsvector('english', note)" }),
        ],
        foreignKeys: [fk(['customer_id'], 'customers')],
        indexes: [
          {
            name: 'orders_open_idx',
            columns: ['status'],
            unique: false,
            primary: false,
            predicate: "(status <> 'delivered')",
            method: 'btree',
            sizeBytes: 8192,
            scans: 0,
          },
        ],
      }),
      schemaTable('reporting', 'daily_sales', {
        kind: 'VIEW',
        primaryKey: null,
        viewDefinition: 'SELECT 1',
      }),
    ],
    enums: [{ name: { schema: 'public', name: 'customer_status' }, values: ['active', 'blocked'] }],
    sequences: [],
  };
}

/** `count` tables in `schemas`, each referencing the previous one. */
export function manyTablesModel(count: number, schemas = ['a', 'b', 'c']): SchemaModel {
  const tables: SchemaTable[] = [];
  for (let i = 0; i < count; i++) {
    const schema = schemas[i % schemas.length];
    tables.push(
      schemaTable(schema, `t_${String(i).padStart(4, '0')}`, {
        columns: [col('id'), col(i % 7 === 0 ? 'special_col' : 'other')],
      }),
    );
  }
  return { ...shopModel(), schemas, tables };
}

/**
 * A graph of `count` nodes in communities of the given sizes (repeating), each node linked to a
 * previous one of its community; plus a 2-cycle between the first two nodes of community 0.
 */
export function bigGraph(count: number, sizes = [200, 120, 80]): SchemaGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let community = 0;
  let left = sizes[0];
  const members: string[][] = [[]];
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      community++;
      left = sizes[community % sizes.length];
      members.push([]);
    }
    left--;
    const id = `s${community % 2}.t${i}`;
    nodes.push({
      id,
      schema: `s${community % 2}`,
      name: `t${i}`,
      columnCount: 3,
      rowEstimate: 10,
      community,
    });
    const own = members[community];
    if (own.length) {
      const parent = own[Math.floor(own.length / 2)];
      edges.push(edge(`e${i}`, id, parent));
    }
    own.push(id);
  }
  const [a, b] = members[0];
  edges.push(edge('cycle', a, b));
  return {
    snapshotId: 'big',
    nodes,
    edges,
    cycles: [[a, b]],
    topologicalOrder: nodes.map((n) => n.id),
    buildMillis: 5,
  };
}

export function edge(id: string, source: string, target: string): GraphEdge {
  return {
    id,
    source,
    target,
    name: `${id}_fkey`,
    columns: ['parent_id'],
    nullable: false,
    selfReference: source === target,
    deferred: false,
  };
}

/** A small graph: orders → customers, order_items → orders/products, categories self-ref. */
export function shopGraph(): SchemaGraph {
  const node = (name: string, community = 0): GraphNode => ({
    id: `public.${name}`,
    schema: 'public',
    name,
    columnCount: 4,
    rowEstimate: 100,
    community,
  });
  return {
    snapshotId: 's1',
    nodes: [
      node('customers'),
      node('orders'),
      node('order_items'),
      node('products'),
      node('categories'),
      node('departments', 1),
      node('employees', 1),
    ],
    edges: [
      edge('o_c', 'public.orders', 'public.customers'),
      edge('oi_o', 'public.order_items', 'public.orders'),
      edge('oi_p', 'public.order_items', 'public.products'),
      edge('p_c', 'public.products', 'public.categories'),
      edge('c_c', 'public.categories', 'public.categories'),
      edge('d_e', 'public.departments', 'public.employees'),
      edge('e_d', 'public.employees', 'public.departments'),
    ],
    cycles: [['public.departments', 'public.employees'], ['public.categories']],
    topologicalOrder: [
      'public.categories',
      'public.customers',
      'public.departments',
      'public.employees',
      'public.orders',
      'public.products',
      'public.order_items',
    ],
    buildMillis: 2,
  };
}
