import { PlanDefinition } from '../models';

/**
 * PLACEHOLDER plan catalogue.
 *
 * TODO(api): replace with `GET /api/plans` once the identity service publishes it. This constant
 * is the only place the numbers live; PlansService is the only reader, so the switch is one
 * method. The limits below are illustrative and are NOT enforced by the UI.
 */
export const PLACEHOLDER_PLAN_CATALOGUE: readonly PlanDefinition[] = [
  {
    id: 'starter',
    name: 'Starter',
    tagline: 'For one developer exploring a database.',
    monthlyPrice: 0,
    currency: 'EUR',
    limits: { projects: 2, connectionsPerProject: 2, teamMembers: 1, seedRowsPerJob: 10_000 },
    features: [
      'Schema and foreign-key graph',
      'Data explorer',
      'Seed data that respects constraints',
      'SQL console',
    ],
  },
  {
    id: 'pro',
    name: 'Pro',
    tagline: 'For teams that change production data safely.',
    monthlyPrice: 49,
    currency: 'EUR',
    limits: { projects: 20, connectionsPerProject: 10, teamMembers: 10, seedRowsPerJob: 1_000_000 },
    features: [
      'Everything in Starter',
      'Anonymization and copies between databases',
      'Mass patches with dry runs and snapshots',
      'SQL preflight and performance advice',
      'Import and export',
    ],
    highlighted: true,
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    tagline: 'For organisations with compliance duties.',
    monthlyPrice: null,
    currency: 'EUR',
    limits: {
      projects: null,
      connectionsPerProject: null,
      teamMembers: null,
      seedRowsPerJob: null,
    },
    features: [
      'Everything in Pro',
      'GDPR and data-validation scans',
      'Teams, governance and guard-rail policies',
      'Activity audit trail',
    ],
  },
];
