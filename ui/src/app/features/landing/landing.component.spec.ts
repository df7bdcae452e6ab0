import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { User } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { USER, authStub } from '../../testing/fixtures';
import { LandingComponent } from './landing.component';

describe('LandingComponent', () => {
  async function render(user: User | null) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: authStub(user) }],
    });
    const fixture = TestBed.createComponent(LandingComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const links = (el: HTMLElement) =>
    [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

  it('has one h1 and lists the features under their own heading', async () => {
    const el = await render(null);
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    expect(el.querySelector('h1')?.textContent).toContain('Understand your databases');
    expect(el.querySelector('#features-title')?.textContent).toContain('Everything around');
    expect(el.querySelectorAll('section[aria-labelledby="features-title"] li').length).toBe(9);
  });

  it('offers visitors to register or sign in, and the plans', async () => {
    const el = await render(null);
    expect(links(el)).toEqual([
      ['Create a free account', '/register'],
      ['Sign in', '/login'],
      ['See plans', '/pricing'],
    ]);
  });

  it('sends a signed-in user to the projects', async () => {
    const el = await render(USER);
    expect(links(el)).toEqual([
      ['Go to your projects', '/projects'],
      ['See plans', '/pricing'],
    ]);
  });

  it('sends a super admin to governance', async () => {
    const el = await render({ ...USER, role: 'super_admin' });
    expect(links(el)[0]).toEqual(['Continue', '/governance']);
  });
});
