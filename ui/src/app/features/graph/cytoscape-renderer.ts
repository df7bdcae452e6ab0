import cytoscape, { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { GraphRenderer, GraphRendererEvents, GraphTheme } from './graph-renderer';
import { GraphElement, LayoutName } from './graph-view';

let registered = false;

/** The Cytoscape.js implementation of GraphRenderer (loaded lazily by the graph screen). */
export function createCytoscapeRenderer(
  container: HTMLElement,
  theme: GraphTheme,
  events: GraphRendererEvents,
): GraphRenderer {
  if (!registered) {
    cytoscape.use(dagre);
    registered = true;
  }
  const cy: Core = cytoscape({
    container,
    style: stylesheet(theme),
    minZoom: 0.05,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node.table', (event) => events.nodeSelected(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) events.nodeSelected(null);
  });

  const renderer: GraphRenderer = {
    render(elements: GraphElement[], layout: LayoutName) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements.map(toDefinition));
      });
      cy.layout(layoutOptions(layout, elements.length)).run();
    },
    setTheme(next: GraphTheme) {
      cy.style(stylesheet(next));
    },
    select(id: string | null) {
      cy.batch(() => {
        cy.elements().removeClass('focus neighbour faded');
        if (!id) return;
        const node = cy.getElementById(id);
        if (node.empty()) return;
        const hood = node.closedNeighborhood();
        cy.elements('.table, .fk').not(hood).addClass('faded');
        hood.addClass('neighbour');
        node.addClass('focus');
      });
      const node = id ? cy.getElementById(id) : null;
      const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      if (node && node.nonempty())
        cy.animate({ center: { eles: node } }, { duration: still ? 0 : 250 });
    },
    fit() {
      cy.fit(undefined, 30);
    },
    destroy() {
      cy.destroy();
    },
  };
  return renderer;
}

function toDefinition(element: GraphElement): ElementDefinition {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element.data))
    if (value !== undefined) data[key] = value;
  return {
    group: element.group,
    data: data as ElementDefinition['data'],
    classes: element.classes,
  };
}

function layoutOptions(layout: LayoutName, count: number): LayoutOptions {
  switch (layout) {
    case 'dagre':
      return {
        name: 'dagre',
        rankDir: 'LR',
        // Wide fan-outs make tall, narrow drawings: pack siblings closer in bigger graphs.
        nodeSep: count > 60 ? 6 : 18,
        rankSep: count > 60 ? 50 : 70,
        edgeSep: 8,
        fit: true,
        padding: 30,
        animate: false,
      } as LayoutOptions;
    case 'cose':
      return {
        name: 'cose',
        animate: false,
        fit: true,
        padding: 30,
        numIter: count > 300 ? 400 : 1000,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 60,
      } as LayoutOptions;
    default:
      return { name: 'grid', fit: true, padding: 30, avoidOverlap: true, condense: true };
  }
}

function stylesheet(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'node.table',
      style: {
        shape: 'round-rectangle',
        label: 'data(label)',
        width: 'data(width)',
        height: 26,
        'background-color': t.surface,
        'border-width': 1,
        'border-color': t.borderStrong,
        color: t.text,
        'font-size': 11,
        'font-family': 'ui-monospace, Menlo, Consolas, monospace',
        'text-valign': 'center',
        'text-halign': 'center',
      },
    },
    {
      selector: 'node.coloured',
      style: { 'background-color': 'data(colour)', 'background-opacity': 0.35 },
    },
    {
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'font-size': 13,
        'font-weight': 'bold',
        color: t.muted,
        'background-color': t.surfaceMuted,
        'background-opacity': 0.6,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': t.border,
        padding: '16px',
      },
    },
    {
      selector: 'edge.fk',
      style: {
        width: 1.2,
        'curve-style': 'bezier',
        'line-color': t.borderStrong,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': t.borderStrong,
        'arrow-scale': 0.8,
      },
    },
    { selector: 'edge.nullable', style: { 'line-style': 'dashed' } },
    { selector: 'edge.self', style: { 'loop-direction': '-45deg', 'loop-sweep': '-60deg' } },
    {
      selector: 'node.cycle',
      style: { 'border-color': t.danger, 'border-width': 2 },
    },
    {
      selector: 'edge.cycle',
      style: { 'line-color': t.danger, 'target-arrow-color': t.danger, width: 2 },
    },
    { selector: '.faded', style: { opacity: 0.2 } },
    {
      selector: 'edge.neighbour',
      style: { 'line-color': t.primary, 'target-arrow-color': t.primary, width: 2 },
    },
    {
      selector: 'node.focus',
      style: {
        'border-color': t.primary,
        'border-width': 3,
        'background-color': t.primarySoft,
        'font-weight': 'bold',
      },
    },
  ];
}
