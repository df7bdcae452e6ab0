import { InjectionToken } from '@angular/core';
import { GraphElement, LayoutName } from './graph-view';

/** Colours of the active theme, read from the design tokens. */
export interface GraphTheme {
  text: string;
  muted: string;
  surface: string;
  surfaceMuted: string;
  border: string;
  borderStrong: string;
  primary: string;
  primarySoft: string;
  danger: string;
}

export interface GraphRendererEvents {
  nodeSelected(id: string | null): void;
}

/** What the graph screen needs from a drawing library. */
export interface GraphRenderer {
  render(elements: GraphElement[], layout: LayoutName): void;
  setTheme(theme: GraphTheme): void;
  /** Highlights a node and its direct neighbours (null clears). */
  select(id: string | null): void;
  fit(): void;
  destroy(): void;
}

export type GraphRendererFactory = (
  container: HTMLElement,
  theme: GraphTheme,
  events: GraphRendererEvents,
) => GraphRenderer;

/**
 * Loads the renderer. The default imports Cytoscape.js and cytoscape-dagre on first use, so they
 * are a separate chunk fetched by the graph screen only; tests provide a fake.
 */
export const GRAPH_RENDERER = new InjectionToken<() => Promise<GraphRendererFactory>>(
  'GRAPH_RENDERER',
  {
    providedIn: 'root',
    factory: () => () => import('./cytoscape-renderer').then((m) => m.createCytoscapeRenderer),
  },
);

/** The current token values (`--kt-*` custom properties on <html>). */
export function readGraphTheme(doc: Document): GraphTheme {
  const style = doc.defaultView?.getComputedStyle(doc.documentElement);
  const get = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    text: get('--kt-text', '#141a23'),
    muted: get('--kt-text-muted', '#4f5b6b'),
    surface: get('--kt-surface', '#ffffff'),
    surfaceMuted: get('--kt-surface-muted', '#eef1f5'),
    border: get('--kt-border', '#d5dbe3'),
    borderStrong: get('--kt-border-strong', '#aab4c2'),
    primary: get('--kt-primary', '#2f54d6'),
    primarySoft: get('--kt-primary-soft', '#e6ecfd'),
    danger: get('--kt-danger', '#c0262d'),
  };
}
