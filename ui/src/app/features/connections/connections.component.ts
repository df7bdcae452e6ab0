import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom, merge } from 'rxjs';
import {
  CONNECTION_ENVIRONMENTS,
  CaptureSnapshotResult,
  ConnectionTestResult,
  ConnectionView,
  DEFAULT_PORTS,
  ENGINES,
  ENGINE_LABELS,
  Engine,
  Job,
  SSL_MODES,
  SshHostKey,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ConnectionsService } from '../../core/services/connections.service';
import { ProjectsService } from '../../core/services/projects.service';
import { SchemaService } from '../../core/services/schema.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../shared/components/job-card/job-card.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';
import { JobsPanelComponent } from '../dashboard/components/jobs-panel.component';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import {
  CONNECTION_NAME_MAX_LENGTH,
  applyFormState,
  buildConnectionForm,
  emptyFormValue,
  formValueOf,
  toConnectionRequest,
} from './connection-form';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  engine: 'Engine',
  host: 'Host',
  port: 'Port',
  database: 'Database',
  username: 'Username',
  password: 'Password',
  sslMode: 'TLS mode',
  environment: 'Environment',
  'ssh.host': 'SSH host',
  'ssh.port': 'SSH port',
  'ssh.username': 'SSH username',
  'ssh.password': 'SSH password',
  'ssh.privateKey': 'Private key',
  'ssh.passphrase': 'Passphrase',
  'ssh.hostKey': 'Host key',
};

type RowTest = { status: 'testing' | 'ok' | 'failed'; message: string };

/**
 * `/projects/:projectId/connections`: the project's databases. Create and edit (the server tests
 * the settings before saving; its field errors land on the fields), test, delete, and capture a
 * schema snapshot (an introspection job followed live, then links to the schema screens).
 */
@Component({
  selector: 'app-connections',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProjectJobsStore],
  imports: [
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    JobCardComponent,
    JobsPanelComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Connections"
        description="The databases of this project. Secrets are stored encrypted and never shown again."
      >
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          (click)="load()"
          [disabled]="list.loading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
        @if (canWrite() && !formOpen()) {
          <button type="button" class="btn btn-primary btn-sm" (click)="startCreate()">
            <app-icon name="plus" [size]="16" /> New connection
          </button>
        }
      </app-project-page-header>

      @if (formOpen()) {
        <section class="card mt-6 p-6" aria-labelledby="connection-form-title">
          <h2 id="connection-form-title" class="section-title">
            {{ editing() ? 'Edit ' + editing()!.name : 'New connection' }}
          </h2>
          <p class="mt-1 text-sm text-muted">
            KytheraDB connects before saving: the settings are only stored when the database
            answers.
          </p>
          @if (formError(); as e) {
            <app-alert tone="error" class="mt-4 block" [title]="formErrorTitle()">{{
              e
            }}</app-alert>
          }
          @if (testResult(); as t) {
            <app-alert tone="success" class="mt-4 block" data-testid="test-result"
              >Connected to {{ engineLabels[t.engine] }} {{ t.serverVersion }} in
              {{ t.latencyMs }} ms.</app-alert
            >
          }
          <form [formGroup]="form" (ngSubmit)="save()" novalidate class="mt-4 space-y-6">
            <div class="grid gap-4 md:grid-cols-2">
              <div>
                <label for="conn-name" class="field-label">Name</label>
                <input
                  id="conn-name"
                  type="text"
                  class="input"
                  formControlName="name"
                  autocomplete="off"
                  [attr.maxlength]="nameMax"
                  [attr.aria-invalid]="errors.show('name')"
                  [attr.aria-describedby]="errors.describedBy('name')"
                />
                @if (errors.show('name')) {
                  <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
                }
              </div>
              <div class="grid grid-cols-2 gap-4">
                <div>
                  <label for="conn-engine" class="field-label">Engine</label>
                  <select id="conn-engine" class="input" formControlName="engine">
                    @for (e of engines; track e) {
                      <option [value]="e">{{ engineLabels[e] }}</option>
                    }
                  </select>
                </div>
                <div>
                  <label for="conn-environment" class="field-label">Environment</label>
                  <select
                    id="conn-environment"
                    class="input"
                    formControlName="environment"
                    aria-describedby="conn-environment-hint"
                  >
                    @for (e of environments; track e) {
                      <option [value]="e">{{ e }}</option>
                    }
                  </select>
                  <p id="conn-environment-hint" class="sr-only">
                    Production connections are marked in every list.
                  </p>
                </div>
              </div>

              @if (!isSqlite()) {
                <div class="grid grid-cols-[minmax(0,1fr)_7rem] gap-4">
                  <div>
                    <label for="conn-host" class="field-label">Host</label>
                    <input
                      id="conn-host"
                      type="text"
                      class="input"
                      formControlName="host"
                      autocomplete="off"
                      placeholder="db.internal.example.com"
                      [attr.aria-invalid]="errors.show('host')"
                      [attr.aria-describedby]="errors.describedBy('host')"
                    />
                    @if (errors.show('host')) {
                      <p id="host-error" class="field-error">{{ errors.message('host') }}</p>
                    }
                  </div>
                  <div>
                    <label for="conn-port" class="field-label">Port</label>
                    <input
                      id="conn-port"
                      type="number"
                      class="input"
                      formControlName="port"
                      min="1"
                      max="65535"
                      [attr.aria-invalid]="errors.show('port')"
                      [attr.aria-describedby]="errors.describedBy('port')"
                    />
                    @if (errors.show('port')) {
                      <p id="port-error" class="field-error">{{ errors.message('port') }}</p>
                    }
                  </div>
                </div>
              }
              <div [class.md:col-span-2]="isSqlite()">
                <label for="conn-database" class="field-label">{{
                  isSqlite() ? 'Database file' : 'Database'
                }}</label>
                <input
                  id="conn-database"
                  type="text"
                  class="input"
                  [class.font-mono]="isSqlite()"
                  formControlName="database"
                  autocomplete="off"
                  [placeholder]="isSqlite() ? '/data/app.sqlite' : 'shop'"
                  [attr.aria-invalid]="errors.show('database')"
                  [attr.aria-describedby]="
                    errors.describedBy('database', isSqlite() ? 'conn-database-hint' : undefined)
                  "
                />
                @if (isSqlite()) {
                  <p id="conn-database-hint" class="field-hint">
                    The path of the SQLite file as the KytheraDB server sees it.
                  </p>
                }
                @if (errors.show('database')) {
                  <p id="database-error" class="field-error">{{ errors.message('database') }}</p>
                }
              </div>
              @if (!isSqlite()) {
                <div>
                  <label for="conn-username" class="field-label">Username</label>
                  <input
                    id="conn-username"
                    type="text"
                    class="input"
                    formControlName="username"
                    autocomplete="off"
                    [attr.aria-invalid]="errors.show('username')"
                    [attr.aria-describedby]="errors.describedBy('username')"
                  />
                  @if (errors.show('username')) {
                    <p id="username-error" class="field-error">{{ errors.message('username') }}</p>
                  }
                </div>
                <div>
                  <label for="conn-password" class="field-label">
                    Password
                    @if (editing()?.hasPassword) {
                      <span
                        class="ml-2 rounded-full bg-success-soft px-2 py-0.5 text-xs font-semibold text-success"
                        data-testid="password-stored"
                        >password stored</span
                      >
                    }
                  </label>
                  <input
                    id="conn-password"
                    type="password"
                    class="input"
                    formControlName="password"
                    autocomplete="new-password"
                    [attr.aria-invalid]="errors.show('password')"
                    [attr.aria-describedby]="
                      errors.describedBy(
                        'password',
                        editing()?.hasPassword ? 'conn-password-hint' : undefined
                      )
                    "
                  />
                  @if (editing()?.hasPassword) {
                    <p id="conn-password-hint" class="field-hint">
                      Leave blank to keep the stored password.
                    </p>
                  }
                  @if (errors.show('password')) {
                    <p id="password-error" class="field-error">{{ errors.message('password') }}</p>
                  }
                </div>
                <div>
                  <label for="conn-ssl" class="field-label">TLS mode</label>
                  <select
                    id="conn-ssl"
                    class="input"
                    formControlName="sslMode"
                    [attr.aria-invalid]="errors.show('sslMode')"
                    [attr.aria-describedby]="errors.describedBy('sslMode')"
                  >
                    @for (m of sslModes; track m) {
                      <option [value]="m">{{ m }}</option>
                    }
                  </select>
                  @if (errors.show('sslMode')) {
                    <p id="sslMode-error" class="field-error">{{ errors.message('sslMode') }}</p>
                  }
                </div>
              }
            </div>

            @if (!isSqlite()) {
              <fieldset class="rounded-control border border-border p-4" formGroupName="ssh">
                <legend class="px-1 text-sm font-semibold text-fg">SSH tunnel</legend>
                <label class="flex items-center gap-2 text-sm text-fg">
                  <input id="conn-use-ssh" type="checkbox" [formControl]="form.controls.useSsh" />
                  Connect through an SSH bastion
                </label>
                @if (useSsh()) {
                  <div class="mt-4 grid gap-4 md:grid-cols-2">
                    <div class="grid grid-cols-[minmax(0,1fr)_7rem] gap-4">
                      <div>
                        <label for="ssh-host" class="field-label">SSH host</label>
                        <input
                          id="ssh-host"
                          type="text"
                          class="input"
                          formControlName="host"
                          autocomplete="off"
                          [attr.aria-invalid]="errors.show('ssh.host')"
                          [attr.aria-describedby]="errors.describedBy('ssh.host')"
                        />
                        @if (errors.show('ssh.host')) {
                          <p id="ssh.host-error" class="field-error">
                            {{ errors.message('ssh.host') }}
                          </p>
                        }
                      </div>
                      <div>
                        <label for="ssh-port" class="field-label">SSH port</label>
                        <input
                          id="ssh-port"
                          type="number"
                          class="input"
                          formControlName="port"
                          min="1"
                          max="65535"
                          [attr.aria-invalid]="errors.show('ssh.port')"
                          [attr.aria-describedby]="errors.describedBy('ssh.port')"
                        />
                        @if (errors.show('ssh.port')) {
                          <p id="ssh.port-error" class="field-error">
                            {{ errors.message('ssh.port') }}
                          </p>
                        }
                      </div>
                    </div>
                    <div>
                      <label for="ssh-username" class="field-label">SSH username</label>
                      <input
                        id="ssh-username"
                        type="text"
                        class="input"
                        formControlName="username"
                        autocomplete="off"
                        [attr.aria-invalid]="errors.show('ssh.username')"
                        [attr.aria-describedby]="errors.describedBy('ssh.username')"
                      />
                      @if (errors.show('ssh.username')) {
                        <p id="ssh.username-error" class="field-error">
                          {{ errors.message('ssh.username') }}
                        </p>
                      }
                    </div>
                    <fieldset class="md:col-span-2">
                      <legend class="field-label">Authentication</legend>
                      <div class="flex flex-wrap gap-6">
                        <label class="flex items-center gap-2 text-sm text-fg">
                          <input type="radio" formControlName="authMethod" value="password" />
                          Password
                        </label>
                        <label class="flex items-center gap-2 text-sm text-fg">
                          <input type="radio" formControlName="authMethod" value="privateKey" />
                          Private key
                        </label>
                      </div>
                    </fieldset>
                    @if (sshAuth() === 'password') {
                      <div>
                        <label for="ssh-password" class="field-label">SSH password</label>
                        <input
                          id="ssh-password"
                          type="password"
                          class="input"
                          formControlName="password"
                          autocomplete="new-password"
                          [attr.aria-invalid]="errors.show('ssh.password')"
                          [attr.aria-describedby]="
                            errors.describedBy(
                              'ssh.password',
                              storedSecrets().sshPassword ? 'ssh-password-hint' : undefined
                            )
                          "
                        />
                        @if (storedSecrets().sshPassword) {
                          <p id="ssh-password-hint" class="field-hint">
                            Leave blank to keep the stored SSH password.
                          </p>
                        }
                        @if (errors.show('ssh.password')) {
                          <p id="ssh.password-error" class="field-error">
                            {{ errors.message('ssh.password') }}
                          </p>
                        }
                      </div>
                    } @else {
                      <div class="md:col-span-2">
                        <label for="ssh-key" class="field-label">Private key</label>
                        <textarea
                          id="ssh-key"
                          class="input font-mono text-xs"
                          rows="5"
                          formControlName="privateKey"
                          spellcheck="false"
                          placeholder="-----BEGIN OPENSSH PRIVATE KEY-----"
                          [attr.aria-invalid]="errors.show('ssh.privateKey')"
                          [attr.aria-describedby]="
                            errors.describedBy('ssh.privateKey', 'ssh-key-hint')
                          "
                        ></textarea>
                        <p id="ssh-key-hint" class="field-hint">
                          OpenSSH or PEM text.{{
                            storedSecrets().sshPrivateKey
                              ? ' Leave blank to keep the stored key.'
                              : ''
                          }}
                        </p>
                        @if (errors.show('ssh.privateKey')) {
                          <p id="ssh.privateKey-error" class="field-error">
                            {{ errors.message('ssh.privateKey') }}
                          </p>
                        }
                      </div>
                      <div>
                        <label for="ssh-passphrase" class="field-label"
                          >Passphrase (optional)</label
                        >
                        <input
                          id="ssh-passphrase"
                          type="password"
                          class="input"
                          formControlName="passphrase"
                          autocomplete="off"
                          [attr.aria-invalid]="errors.show('ssh.passphrase')"
                          [attr.aria-describedby]="errors.describedBy('ssh.passphrase')"
                        />
                        @if (errors.show('ssh.passphrase')) {
                          <p id="ssh.passphrase-error" class="field-error">
                            {{ errors.message('ssh.passphrase') }}
                          </p>
                        }
                      </div>
                    }

                    <fieldset
                      class="md:col-span-2"
                      data-testid="host-key"
                      [attr.aria-describedby]="
                        errors.show('ssh.hostKey') ? 'ssh.hostKey-error' : null
                      "
                    >
                      <legend class="field-label">Host key</legend>
                      @if (storedSecrets().hostKey) {
                        <p class="text-sm text-fg">
                          Pinned key
                          <code class="font-mono text-xs">{{
                            editing()!.ssh!.hostKeyFingerprint
                          }}</code>. Fetch the key again to replace it.
                        </p>
                      }
                      <div class="mt-2 flex flex-wrap items-center gap-3">
                        <button
                          type="button"
                          class="btn btn-secondary btn-sm"
                          (click)="fetchHostKey()"
                          [disabled]="fetchingKey()"
                        >
                          <app-icon name="key" [size]="14" />
                          {{ fetchingKey() ? 'Fetching…' : 'Fetch host key' }}
                        </button>
                        @if (fetchKeyError(); as e) {
                          <span class="text-sm text-danger" role="alert">{{ e }}</span>
                        }
                      </div>
                      @if (fetchedKey(); as k) {
                        <div
                          class="mt-3 rounded-control border border-border bg-surface-muted/50 p-3"
                        >
                          <p class="text-sm text-fg">
                            Fingerprint
                            <code
                              class="break-all font-mono text-xs"
                              data-testid="host-key-fingerprint"
                              >{{ k.fingerprint }}</code
                            >
                          </p>
                          <p class="mt-1 text-xs text-muted">
                            Compare it with the server's (<code>ssh-keygen -lf</code> on the host)
                            before trusting it.
                          </p>
                          <label class="mt-2 flex items-center gap-2 text-sm text-fg">
                            <input
                              id="ssh-trust-key"
                              type="checkbox"
                              [checked]="trustsFetchedKey()"
                              (change)="trustFetchedKey($any($event.target).checked)"
                            />
                            Trust this key
                          </label>
                        </div>
                      }
                      <label class="mt-3 flex items-start gap-2 text-sm text-fg">
                        <input
                          id="ssh-tofu"
                          type="checkbox"
                          formControlName="trustOnFirstUse"
                          class="mt-1"
                        />
                        <span>
                          Trust on first use
                          <span class="block text-xs text-muted"
                            >Accept the key presented at the first connection and pin it. Less safe
                            than checking the fingerprint.</span
                          >
                        </span>
                      </label>
                      @if (errors.show('ssh.hostKey')) {
                        <p id="ssh.hostKey-error" class="field-error">{{ hostKeyMessage() }}</p>
                      }
                    </fieldset>
                  </div>
                }
              </fieldset>
            }

            <div class="flex flex-wrap gap-3">
              <button type="submit" class="btn btn-primary" [disabled]="saving() || testing()">
                {{
                  saving()
                    ? 'Connecting and saving…'
                    : editing()
                      ? 'Save changes'
                      : 'Save connection'
                }}
              </button>
              <button
                type="button"
                class="btn btn-secondary"
                (click)="testForm()"
                [disabled]="saving() || testing()"
              >
                {{ testing() ? 'Testing…' : 'Test connection' }}
              </button>
              <button type="button" class="btn btn-ghost" (click)="closeForm()">Cancel</button>
            </div>
          </form>
        </section>
      }

      <section class="card mt-6 p-6" aria-labelledby="connections-title">
        <h2 id="connections-title" class="section-title">Databases</h2>
        <div class="mt-4">
          @if (list.loading() && !list.value()) {
            <app-loading-state message="Loading connections…" />
          } @else if (list.error() && !list.value()) {
            <app-error-state
              title="Connections could not be loaded"
              [message]="list.error()!"
              (retry)="load()"
            />
          } @else if (list.value(); as connections) {
            @if (!connections.length) {
              <app-empty-state
                title="No connections yet"
                message="Add a PostgreSQL, MySQL or SQLite database to capture its schema."
              >
                @if (canWrite() && !formOpen()) {
                  <button type="button" class="btn btn-primary btn-sm" (click)="startCreate()">
                    <app-icon name="plus" [size]="16" /> New connection
                  </button>
                }
              </app-empty-state>
            } @else {
              <ul class="divide-y divide-border" data-testid="connections">
                @for (c of connections; track c.id) {
                  <li class="py-4 first:pt-0 last:pb-0" [attr.data-connection]="c.name">
                    <div class="flex flex-wrap items-start justify-between gap-3">
                      <div class="min-w-0 flex-1">
                        <p class="flex flex-wrap items-center gap-2">
                          <span class="font-semibold text-fg">{{ c.name }}</span>
                          <span
                            class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                            [class]="environmentClass(c.environment)"
                            data-testid="environment"
                            >{{ c.environment }}</span
                          >
                          @if (c.ssh) {
                            <span
                              class="rounded-full border border-border bg-surface-muted px-2 py-0.5 text-xs font-semibold text-fg"
                              [title]="
                                'Through ' + c.ssh.username + '@' + c.ssh.host + ':' + c.ssh.port
                              "
                              >SSH</span
                            >
                          }
                        </p>
                        <p class="mt-1 text-sm text-muted">
                          {{ engineLabels[c.engine] }} ·
                          <span class="break-all font-mono text-xs text-fg">{{ address(c) }}</span>
                        </p>
                        <p class="mt-1 text-xs text-muted">
                          @if (c.lastSnapshot; as s) {
                            Last snapshot {{ s.capturedAt | date: 'medium' }} ·
                            {{ s.tableCount | number }} tables ·
                            <a
                              [routerLink]="['/projects', projectId(), 'schema']"
                              [queryParams]="{ connectionId: c.id, snapshotId: s.id }"
                              >Open schema</a
                            >
                          } @else {
                            No snapshot yet.
                          }
                        </p>
                      </div>
                      <div class="flex flex-wrap items-center gap-2">
                        @if (canWrite()) {
                          <button
                            type="button"
                            class="btn btn-primary btn-sm"
                            (click)="capture(c)"
                            [disabled]="capturing(c)"
                            [attr.aria-label]="'Capture a snapshot of ' + c.name"
                          >
                            <app-icon name="camera" [size]="14" /> Capture snapshot
                          </button>
                          <button
                            type="button"
                            class="btn btn-secondary btn-sm"
                            (click)="testSaved(c)"
                            [disabled]="rowTests()[c.id]?.status === 'testing'"
                            [attr.aria-label]="'Test ' + c.name"
                          >
                            Test
                          </button>
                          <button
                            type="button"
                            class="btn btn-ghost btn-sm"
                            (click)="startEdit(c)"
                            [attr.aria-label]="'Edit ' + c.name"
                          >
                            Edit
                          </button>
                          <button
                            type="button"
                            class="btn btn-ghost btn-sm text-danger"
                            (click)="remove(c)"
                            [disabled]="busy() === c.id"
                            [attr.aria-label]="'Delete ' + c.name"
                          >
                            <app-icon name="trash" [size]="14" /> Delete
                          </button>
                        }
                      </div>
                    </div>
                    @if (rowTests()[c.id]; as t) {
                      <p
                        class="mt-2 text-sm"
                        [class.text-muted]="t.status === 'testing'"
                        [class.text-success]="t.status === 'ok'"
                        [class.text-danger]="t.status === 'failed'"
                        [attr.role]="t.status === 'failed' ? 'alert' : 'status'"
                        data-testid="row-test"
                      >
                        {{ t.message }}
                      </p>
                    }
                    @if (captureJob(c); as job) {
                      <div
                        class="mt-3 rounded-control border border-border bg-surface-muted/50 p-4"
                        data-testid="capture-job"
                        aria-live="polite"
                      >
                        <app-job-card
                          [job]="job"
                          [cancelling]="jobs.cancelling().has(job.id)"
                          [streamError]="jobs.streamErrors()[job.id] ?? null"
                          (cancel)="cancelJob($event)"
                        />
                        @if (job.status === 'done' && snapshotOf(job); as result) {
                          <p class="mt-3 flex flex-wrap items-center gap-3 text-sm">
                            <span class="font-medium text-success">Snapshot ready.</span>
                            <a
                              class="btn btn-primary btn-sm"
                              [routerLink]="['/projects', projectId(), 'schema']"
                              [queryParams]="{ connectionId: c.id, snapshotId: result.snapshotId }"
                              >Open in schema viewer</a
                            >
                            <a
                              [routerLink]="['/projects', projectId(), 'graph']"
                              [queryParams]="{ connectionId: c.id, snapshotId: result.snapshotId }"
                              >Graph</a
                            >
                            <a
                              [routerLink]="['/projects', projectId(), 'health']"
                              [queryParams]="{ connectionId: c.id, snapshotId: result.snapshotId }"
                              >Health</a
                            >
                          </p>
                        }
                      </div>
                    }
                  </li>
                }
              </ul>
              @if (list.error()) {
                <p class="mt-3 text-xs text-warning" role="status">
                  Could not refresh: {{ list.error() }}
                </p>
              }
            }
          }
          @if (!canWrite() && list.value()) {
            <p class="mt-4 text-sm text-muted">
              You have read access: adding, testing and capturing needs the write permission.
            </p>
          }
        </div>
      </section>

      <app-jobs-panel class="mt-6 block" [projectId]="projectId()" />
    </div>
  `,
})
export class ConnectionsComponent {
  private readonly service = inject(ConnectionsService);
  private readonly schema = inject(SchemaService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  protected readonly jobs = inject(ProjectJobsStore);

  /** Route parameter (component input binding). */
  readonly projectId = input.required<string>();

  protected readonly engines = ENGINES;
  protected readonly engineLabels = ENGINE_LABELS;
  protected readonly environments = CONNECTION_ENVIRONMENTS;
  protected readonly sslModes = SSL_MODES;
  protected readonly nameMax = CONNECTION_NAME_MAX_LENGTH;

  protected readonly list = new Loader<ConnectionView[]>(this.destroyRef);
  protected readonly busy = signal<string | null>(null);
  protected readonly rowTests = signal<Readonly<Record<string, RowTest>>>({});
  /** Connection id → id of the snapshot job started from this screen. */
  private readonly captures = signal<Readonly<Record<string, string>>>({});
  private readonly finishedCaptures = new Set<string>();

  protected readonly canWrite = computed(() =>
    hasPermission(
      projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
      'write',
    ),
  );

  // ---- form
  readonly formOpen = signal(false);
  readonly editing = signal<ConnectionView | null>(null);
  protected readonly saving = signal(false);
  protected readonly testing = signal(false);
  protected readonly testResult = signal<ConnectionTestResult | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly formErrorTitle = signal<string | null>(null);
  private readonly submitted = signal(false);
  readonly fetchedKey = signal<SshHostKey | null>(null);
  protected readonly fetchingKey = signal(false);
  protected readonly fetchKeyError = signal<string | null>(null);

  readonly form = buildConnectionForm(inject(FormBuilder), () => this.currentStoredSecrets());
  protected readonly errors = new FormErrors(this.form, this.submitted, FIELD_LABELS);
  /** Form state as signals (the template switches sections on them). */
  private readonly formTick = signal(0);
  protected readonly isSqlite = computed(() => {
    this.formTick();
    return this.form.controls.engine.value === 'sqlite';
  });
  protected readonly useSsh = computed(() => {
    this.formTick();
    return this.form.controls.useSsh.value;
  });
  protected readonly sshAuth = computed(() => {
    this.formTick();
    return this.form.controls.ssh.controls.authMethod.value;
  });
  protected readonly storedSecrets = computed(() => {
    this.formTick();
    this.editing();
    return this.currentStoredSecrets();
  });
  protected readonly trustsFetchedKey = computed(() => {
    this.formTick();
    const key = this.fetchedKey();
    return !!key && this.form.controls.ssh.controls.hostKey.value === key.key;
  });

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => {
        this.list.reset();
        this.load();
        void this.jobs.load(id);
      });
    });
    // A snapshot job started here that finished: the list shows the new snapshot.
    effect(() => {
      const captures = this.captures();
      for (const [connectionId, jobId] of Object.entries(captures)) {
        const job = this.jobs.job(jobId);
        if (!job || job.status !== 'done' || this.finishedCaptures.has(jobId)) continue;
        this.finishedCaptures.add(jobId);
        untracked(() => {
          const name =
            this.list.value()?.find((c) => c.id === connectionId)?.name ?? 'the database';
          const result = this.snapshotOf(job);
          this.toasts.success(
            `Snapshot of ${name} captured${result ? `: ${result.tableCount} tables` : ''}.`,
          );
          this.load();
        });
      }
    });

    const c = this.form.controls;
    const ssh = c.ssh.controls;
    applyFormState(this.form);
    c.engine.valueChanges.pipe(takeUntilDestroyed()).subscribe((engine) => this.onEngine(engine));
    merge(c.useSsh.valueChanges, ssh.authMethod.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.refreshState());
    // The fetched key belongs to one host and port.
    merge(ssh.host.valueChanges, ssh.port.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.fetchedKey() || ssh.hostKey.value) {
          this.fetchedKey.set(null);
          ssh.hostKey.setValue('');
        }
        ssh.hostKey.updateValueAndValidity();
        this.formTick.update((n) => n + 1);
      });
    ssh.trustOnFirstUse.valueChanges.pipe(takeUntilDestroyed()).subscribe((on) => {
      if (on && ssh.hostKey.value) ssh.hostKey.setValue('');
      ssh.hostKey.updateValueAndValidity();
      this.formTick.update((n) => n + 1);
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.testResult.set(null));
  }

  load(): void {
    this.list.load(this.service.list(this.projectId()), { keep: true });
  }

  // ---- list

  protected address(c: ConnectionView): string {
    if (c.engine === 'sqlite') return c.database;
    return `${c.host ?? ''}:${c.port ?? ''}/${c.database}`;
  }

  protected environmentClass(environment: string): string {
    switch (environment) {
      case 'production':
        return 'border-warning/40 bg-warning-soft text-warning';
      case 'staging':
        return 'border-info/30 bg-info-soft text-info';
      default:
        return 'border-border bg-surface-muted text-muted';
    }
  }

  protected captureJob(c: ConnectionView): Job | null {
    const jobId = this.captures()[c.id];
    return jobId ? this.jobs.job(jobId) : null;
  }

  protected capturing(c: ConnectionView): boolean {
    const job = this.captureJob(c);
    return (
      this.busy() === `capture:${c.id}` ||
      (!!job && !['done', 'error', 'cancelled'].includes(job.status))
    );
  }

  protected snapshotOf(job: Job): CaptureSnapshotResult | null {
    const result = job.result as Partial<CaptureSnapshotResult> | null;
    return result && typeof result.snapshotId === 'string'
      ? (result as CaptureSnapshotResult)
      : null;
  }

  async capture(c: ConnectionView): Promise<void> {
    this.busy.set(`capture:${c.id}`);
    try {
      const job = await firstValueFrom(
        this.schema.capture(this.projectId(), { connectionId: c.id }),
      );
      this.captures.update((all) => ({ ...all, [c.id]: job.id }));
      this.jobs.track(job);
    } catch (e) {
      this.toasts.error(toApiError(e).message, `Could not capture ${c.name}`);
    } finally {
      this.busy.set(null);
    }
  }

  protected cancelJob(job: Job): void {
    void this.jobs.cancel(job);
  }

  async testSaved(c: ConnectionView): Promise<void> {
    this.setRowTest(c.id, { status: 'testing', message: `Connecting to ${c.name}…` });
    try {
      const result = await firstValueFrom(this.service.testSaved(this.projectId(), c.id));
      this.setRowTest(c.id, {
        status: 'ok',
        message: `Connected: ${ENGINE_LABELS[result.engine] ?? result.engine} ${result.serverVersion} in ${result.latencyMs} ms.`,
      });
    } catch (e) {
      const error = toApiError(e);
      const fields = error.fieldErrors.map((f) =>
        f.field ? `${FIELD_LABELS[f.field] ?? f.field}: ${f.message}` : f.message,
      );
      this.setRowTest(c.id, { status: 'failed', message: [error.message, ...fields].join(' ') });
    }
  }

  async remove(c: ConnectionView): Promise<void> {
    const ok = await this.confirm.ask({
      title: `Delete ${c.name}?`,
      message:
        'KytheraDB forgets its settings and stored secrets. The database itself is not touched.',
      confirmText: 'Delete connection',
      tone: 'danger',
    });
    if (!ok) return;
    this.busy.set(c.id);
    try {
      await firstValueFrom(this.service.remove(this.projectId(), c.id));
      this.toasts.success(`${c.name} was deleted.`);
      if (this.editing()?.id === c.id) this.closeForm();
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The connection was not deleted');
    } finally {
      this.busy.set(null);
      this.load();
    }
  }

  private setRowTest(id: string, test: RowTest): void {
    this.rowTests.update((all) => ({ ...all, [id]: test }));
  }

  // ---- form

  startCreate(): void {
    this.openForm(null);
  }

  startEdit(c: ConnectionView): void {
    this.openForm(c);
  }

  closeForm(): void {
    this.formOpen.set(false);
    this.editing.set(null);
  }

  private openForm(connection: ConnectionView | null): void {
    this.editing.set(connection);
    this.form.reset(connection ? formValueOf(connection) : emptyFormValue(), { emitEvent: false });
    this.submitted.set(false);
    this.formError.set(null);
    this.formErrorTitle.set(null);
    this.testResult.set(null);
    this.fetchedKey.set(null);
    this.fetchKeyError.set(null);
    this.refreshState();
    this.formOpen.set(true);
    // Keyboard users land in the form they opened.
    afterNextRender(
      () =>
        (this.injector.get(ElementRef).nativeElement as HTMLElement)
          .querySelector<HTMLInputElement>('#conn-name')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private onEngine(engine: Engine): void {
    const port = this.form.controls.port;
    const defaults = Object.values(DEFAULT_PORTS);
    if (DEFAULT_PORTS[engine] !== null && (port.value === null || defaults.includes(port.value)))
      port.setValue(DEFAULT_PORTS[engine], { emitEvent: false });
    this.refreshState();
  }

  private refreshState(): void {
    applyFormState(this.form);
    for (const control of Object.values(this.form.controls.ssh.controls))
      control.updateValueAndValidity({ emitEvent: false });
    this.form.updateValueAndValidity({ emitEvent: false });
    this.formTick.update((n) => n + 1);
  }

  /** What the server already stores for the connection being edited (blank = keep). */
  private currentStoredSecrets(): {
    sshPassword: boolean;
    sshPrivateKey: boolean;
    hostKey: boolean;
  } {
    const saved = this.editing?.()?.ssh;
    const form = this.form as typeof this.form | undefined;
    if (!saved || !form) return { sshPassword: false, sshPrivateKey: false, hostKey: false };
    const v = form.getRawValue().ssh;
    const sameHost = v.host.trim() === saved.host && Number(v.port) === saved.port;
    return {
      sshPassword: saved.authMethod === 'password' && v.authMethod === 'password',
      sshPrivateKey: saved.authMethod === 'privateKey' && v.authMethod === 'privateKey',
      hostKey: sameHost && !!saved.hostKeyFingerprint,
    };
  }

  protected hostKeyMessage(): string {
    const control = this.form.controls.ssh.controls.hostKey;
    if (control.errors?.['server']) return String(control.errors['server']);
    return 'Fetch the host key and trust it, or allow trust on first use.';
  }

  async fetchHostKey(): Promise<void> {
    const ssh = this.form.controls.ssh.controls;
    ssh.host.markAsTouched();
    ssh.port.markAsTouched();
    if (ssh.host.invalid || ssh.port.invalid) return;
    this.fetchingKey.set(true);
    this.fetchKeyError.set(null);
    this.fetchedKey.set(null);
    try {
      const key = await firstValueFrom(
        this.service.sshHostKey(this.projectId(), ssh.host.value.trim(), Number(ssh.port.value)),
      );
      ssh.hostKey.setValue('');
      this.fetchedKey.set(key);
    } catch (e) {
      const error = toApiError(e);
      applyServerErrors(this.form, error, { host: 'ssh.host', port: 'ssh.port' });
      this.fetchKeyError.set(error.message);
    } finally {
      this.fetchingKey.set(false);
      this.formTick.update((n) => n + 1);
    }
  }

  trustFetchedKey(trust: boolean): void {
    const ssh = this.form.controls.ssh.controls;
    const key = this.fetchedKey();
    ssh.hostKey.setValue(trust && key ? key.key : '');
    if (trust) ssh.trustOnFirstUse.setValue(false);
    ssh.hostKey.markAsDirty();
    ssh.hostKey.updateValueAndValidity();
    this.formTick.update((n) => n + 1);
  }

  /** Validates and tells whether the form may be sent (errors show otherwise). */
  private checkForm(): boolean {
    this.submitted.set(true);
    this.formError.set(null);
    this.formErrorTitle.set(null);
    this.form.controls.ssh.controls.hostKey.updateValueAndValidity({ emitEvent: false });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formTick.update((n) => n + 1);
      return false;
    }
    return true;
  }

  async testForm(): Promise<void> {
    if (!this.checkForm()) return;
    this.testing.set(true);
    this.testResult.set(null);
    const editing = this.editing();
    try {
      const result = await firstValueFrom(
        editing && this.form.pristine
          ? this.service.testSaved(this.projectId(), editing.id)
          : this.service.test(
              this.projectId(),
              toConnectionRequest(this.form, editing),
              editing?.id,
            ),
      );
      this.testResult.set(result);
    } catch (e) {
      this.showFormError(e, 'The connection test failed');
    } finally {
      this.testing.set(false);
    }
  }

  async save(): Promise<void> {
    if (!this.checkForm()) return;
    const editing = this.editing();
    const request = toConnectionRequest(this.form, editing);
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        editing
          ? this.service.update(this.projectId(), editing.id, request)
          : this.service.create(this.projectId(), request),
      );
      this.toasts.success(editing ? `${saved.name} was saved.` : `${saved.name} was added.`);
      this.closeForm();
      this.load();
    } catch (e) {
      this.showFormError(
        e,
        editing ? 'The changes were not saved' : 'The connection was not saved',
      );
    } finally {
      this.saving.set(false);
    }
  }

  private showFormError(e: unknown, title: string): void {
    const error = toApiError(e);
    const unmatched = applyServerErrors(this.form, error);
    this.formErrorTitle.set(title);
    this.formError.set(
      [
        error.message,
        ...(error.fieldErrors.length > unmatched.length ? ['See the marked fields.'] : []),
        ...unmatched,
      ].join('\n'),
    );
    this.formTick.update((n) => n + 1);
  }
}
