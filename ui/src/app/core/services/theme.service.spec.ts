import { TestBed } from '@angular/core/testing';
import { THEME_STORAGE_KEY, ThemeService } from './theme.service';

describe('ThemeService', () => {
  const root = () => document.documentElement;
  let listeners: ((e: { matches: boolean }) => void)[];
  let systemDark: boolean;

  beforeEach(() => {
    localStorage.clear();
    root().removeAttribute('data-theme');
    listeners = [];
    systemDark = false;
    // jsdom has no matchMedia: a controllable prefers-color-scheme.
    vi.stubGlobal(
      'matchMedia',
      vi.fn(() => ({
        get matches() {
          return systemDark;
        },
        addEventListener: (_type: string, listener: (e: { matches: boolean }) => void) =>
          listeners.push(listener),
      })),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
    root().removeAttribute('data-theme');
  });

  const create = () => TestBed.inject(ThemeService);

  it('follows the system by default: no attribute, nothing stored', () => {
    const theme = create();
    expect(theme.preference()).toBe('system');
    expect(theme.effective()).toBe('light');
    expect(root().hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('applies dark and light to <html> and remembers the choice', () => {
    const theme = create();
    theme.set('dark');
    expect(root().getAttribute('data-theme')).toBe('dark');
    expect(theme.effective()).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    theme.set('light');
    expect(root().getAttribute('data-theme')).toBe('light');
    expect(theme.effective()).toBe('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');

    theme.set('system');
    expect(root().hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('restores the stored choice on start (a reload) and applies it', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    const theme = create();
    expect(theme.preference()).toBe('dark');
    expect(theme.effective()).toBe('dark');
    expect(root().getAttribute('data-theme')).toBe('dark');
  });

  it('ignores an unknown stored value', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    const theme = create();
    expect(theme.preference()).toBe('system');
    expect(root().hasAttribute('data-theme')).toBe(false);
  });

  it('cycles system → light → dark → system', () => {
    const theme = create();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      theme.cycle();
      seen.push(`${theme.preference()}:${root().getAttribute('data-theme') ?? '-'}`);
    }
    expect(seen).toEqual(['light:light', 'dark:dark', 'system:-']);
  });

  it('in system mode, follows the operating system when it switches', () => {
    systemDark = true;
    const theme = create();
    expect(theme.effective()).toBe('dark');
    listeners.forEach((l) => l({ matches: false }));
    expect(theme.effective()).toBe('light');
    // An explicit choice wins over the system.
    theme.set('dark');
    listeners.forEach((l) => l({ matches: false }));
    expect(theme.effective()).toBe('dark');
  });

  it('still switches when storage is unavailable', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceeded');
    });
    const theme = create();
    theme.set('dark');
    expect(root().getAttribute('data-theme')).toBe('dark');
    setItem.mockRestore();
  });
});
