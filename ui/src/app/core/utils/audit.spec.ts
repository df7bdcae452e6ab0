import { describeAction, localToIso, relativeTime, timeRange } from './audit';

describe('audit helpers', () => {
  it('describes known actions and gateway requests', () => {
    expect(describeAction({ action: 'project.created', details: null })).toBe(
      'created the project',
    );
    expect(
      describeAction({
        action: 'http.post',
        details: { method: 'POST', path: '/api/projects/p1/diagnostics/selftest', status: 202 },
      }),
    ).toBe('POST /api/projects/p1/diagnostics/selftest → 202');
    expect(describeAction({ action: 'http.delete', details: {} })).toBe('DELETE request');
    expect(describeAction({ action: 'seed.finished_early', details: null })).toBe(
      'seed finished early',
    );
  });

  it('turns presets and custom ranges into instants', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(timeRange('any', {}, now)).toEqual({ from: null, to: null });
    expect(timeRange('24h', {}, now)).toEqual({ from: '2026-02-28T12:00:00.000Z', to: null });
    const custom = timeRange('custom', { from: '2026-02-01T00:00', to: '' }, now);
    expect(custom.from).toBe(new Date('2026-02-01T00:00').toISOString());
    expect(custom.to).toBeNull();
    expect(() =>
      timeRange('custom', { from: '2026-02-02T00:00', to: '2026-02-01T00:00' }, now),
    ).toThrow(/after its start/);
    expect(localToIso('nonsense')).toBeNull();
  });

  it('says how long ago something happened', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(relativeTime('2026-03-01T11:59:50Z', now)).toBe('just now');
    expect(relativeTime('2026-03-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-02-28T12:00:00Z', now)).toBe('yesterday');
  });
});
