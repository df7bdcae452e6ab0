import { TestBed } from '@angular/core/testing';
import { auditEntry } from '../../../testing/fixtures';
import { AuditListComponent } from './audit-list.component';

describe('AuditListComponent', () => {
  it('says who did what, shows outcomes in words and keeps the details', async () => {
    const fixture = TestBed.createComponent(AuditListComponent);
    fixture.componentRef.setInput('entries', [
      auditEntry({
        id: 2,
        action: 'http.delete',
        outcome: 'denied',
        actorEmail: null,
        details: { method: 'DELETE', path: '/api/projects/p1', status: 403 },
      }),
      auditEntry({ id: 1 }),
    ]);
    fixture.componentRef.setInput('showProject', true);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const entries = el.querySelectorAll('[data-testid="audit-entry"]');
    expect(entries).toHaveLength(2);
    expect(entries[0].textContent).toContain('Someone');
    expect(entries[0].textContent).toContain('DELETE /api/projects/p1 → 403');
    expect(entries[0].textContent).toContain('Denied'); // not by colour alone
    expect(entries[0].querySelector('details pre')?.textContent).toContain('"status": 403');
    expect(entries[1].textContent).toContain('dev@example.test');
    expect(entries[1].textContent).toContain('created the project');
    expect(entries[1].querySelector('details')).toBeNull(); // no details to show
    expect(entries[1].textContent).toContain('project p1');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-01T10:00:00Z');
  });
});
