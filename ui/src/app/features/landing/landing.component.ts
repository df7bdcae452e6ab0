import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { homePathFor } from '../../core/guards/auth.guard';
import { AuthService } from '../../core/services/auth.service';

interface Feature {
  title: string;
  text: string;
}

/** `/`: what KytheraDB does and the way in. */
@Component({
  selector: 'app-landing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="mx-auto max-w-6xl px-6">
      <section class="py-16 lg:py-24" aria-labelledby="hero-title">
        <p class="text-sm font-semibold uppercase tracking-wider text-accent">
          For teams that own relational databases
        </p>
        <h1
          id="hero-title"
          class="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-fg lg:text-5xl"
        >
          Understand your databases. Change them without fear.
        </h1>
        <p class="mt-5 max-w-2xl text-lg text-muted">
          Connect PostgreSQL, MySQL/MariaDB or SQLite, directly or through an SSH tunnel, and get
          the schema graph, realistic seed data, anonymization, reviewed mass patches with dry runs,
          SQL preflight and compliance scans in one place.
        </p>
        <div class="mt-8 flex flex-wrap gap-3">
          @if (auth.isAuthenticated()) {
            <a [routerLink]="home()" class="btn btn-primary">{{
              home() === '/projects' ? 'Go to your projects' : 'Continue'
            }}</a>
          } @else {
            <a routerLink="/register" class="btn btn-primary">Create a free account</a>
            <a routerLink="/login" class="btn btn-secondary">Sign in</a>
          }
          <a routerLink="/pricing" class="btn btn-ghost">See plans</a>
        </div>
      </section>

      <section class="pb-20" aria-labelledby="features-title">
        <h2 id="features-title" class="text-2xl font-bold text-fg">
          Everything around your data, in one place
        </h2>
        <ul class="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          @for (feature of features; track feature.title) {
            <li class="card p-5">
              <h3 class="font-semibold text-fg">{{ feature.title }}</h3>
              <p class="mt-2 text-sm text-muted">{{ feature.text }}</p>
            </li>
          }
        </ul>
      </section>
    </div>
    <footer class="border-t border-border py-6 text-center text-sm text-muted">
      KytheraDB · Every long operation is a job you can watch and cancel.
    </footer>
  `,
})
export class LandingComponent {
  protected readonly auth = inject(AuthService);
  protected readonly home = computed(() => homePathFor(this.auth.user()?.role));

  protected readonly features: Feature[] = [
    {
      title: 'Schema & relationship graph',
      text: 'Tables, keys, indexes and checks, with the foreign-key graph laid out for you.',
    },
    {
      title: 'Data explorer',
      text: 'Browse and edit rows across related tables without writing joins.',
    },
    {
      title: 'Seed data that fits',
      text: 'Synthetic rows that satisfy every constraint, streamed at COPY speed.',
    },
    {
      title: 'Anonymization',
      text: 'Mask personal data in place or while copying, consistently across foreign keys.',
    },
    {
      title: 'Copies & import/export',
      text: 'Move data between databases and formats, masked or not.',
    },
    {
      title: 'Mass patches',
      text: 'Reviewed data changes with dry runs, snapshots and guard rails.',
    },
    { title: 'SQL console & preflight', text: 'Know the risk of a statement before you run it.' },
    {
      title: 'Validation & GDPR scans',
      text: 'Data-quality rules and personal-data findings that explain how to fix them.',
    },
    {
      title: 'Performance advice',
      text: 'Slow queries, missing and unused indexes, with concrete suggestions.',
    },
  ];
}
