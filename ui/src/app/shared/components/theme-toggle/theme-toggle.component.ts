import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ThemePreference, ThemeService } from '../../../core/services/theme.service';
import { IconComponent, IconName } from '../icon/icon.component';

/** Three-way theme switch (system / light / dark) as toggle buttons with aria-pressed. */
@Component({
  selector: 'app-theme-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent],
  template: `
    <div
      role="group"
      aria-label="Colour theme"
      class="inline-flex rounded-control border border-border bg-surface-muted p-0.5"
    >
      @for (option of options; track option.value) {
        <button
          type="button"
          class="inline-flex h-7 w-8 items-center justify-center rounded-[calc(var(--kt-radius)-2px)] text-muted hover:text-fg"
          [class.bg-surface]="theme.preference() === option.value"
          [class.text-fg]="theme.preference() === option.value"
          [class.shadow-card]="theme.preference() === option.value"
          [attr.aria-pressed]="theme.preference() === option.value"
          [attr.aria-label]="option.label"
          [title]="option.label"
          (click)="theme.set(option.value)"
        >
          <app-icon [name]="option.icon" [size]="15" />
        </button>
      }
    </div>
  `,
})
export class ThemeToggleComponent {
  protected readonly theme = inject(ThemeService);
  protected readonly options: { value: ThemePreference; label: string; icon: IconName }[] = [
    { value: 'system', label: 'Use system theme', icon: 'monitor' },
    { value: 'light', label: 'Light theme', icon: 'sun' },
    { value: 'dark', label: 'Dark theme', icon: 'moon' },
  ];
}
