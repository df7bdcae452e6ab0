import { AbstractControl, FormBuilder, ValidatorFn, Validators } from '@angular/forms';
import {
  ConnectionEnvironment,
  ConnectionRequest,
  ConnectionView,
  DEFAULT_PORTS,
  Engine,
  SshAuthMethod,
  SslMode,
} from '../../core/models';
import { integer, notBlank } from '../../shared/forms/form-errors';

export const CONNECTION_NAME_MAX_LENGTH = 100;

/** What the form keeps of a saved connection while it is edited. */
export interface EditTarget {
  connection: ConnectionView;
}

/**
 * The connection form: fields that do not apply are disabled (SQLite has no host, port, user,
 * password, TLS or SSH; the SSH part only counts when enabled), so validation and the request
 * only see what the user can fill in. `stored` tells the secret validators what the server
 * already has (blank = keep on edit).
 */
export function buildConnectionForm(
  fb: FormBuilder,
  stored: () => { sshPassword: boolean; sshPrivateKey: boolean; hostKey: boolean },
) {
  const port = [Validators.required, Validators.min(1), Validators.max(65535), integer];
  return fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(CONNECTION_NAME_MAX_LENGTH), notBlank]],
    engine: ['postgresql' as Engine, [Validators.required]],
    host: ['', [Validators.required, notBlank]],
    port: [5432 as number | null, port],
    database: ['', [Validators.required, notBlank]],
    username: ['', [Validators.required, notBlank]],
    password: [''],
    sslMode: ['prefer' as SslMode],
    environment: ['development' as ConnectionEnvironment, [Validators.required]],
    useSsh: [false],
    ssh: fb.nonNullable.group({
      host: ['', [Validators.required, notBlank]],
      port: [22 as number | null, port],
      username: ['', [Validators.required, notBlank]],
      authMethod: ['password' as SshAuthMethod],
      password: ['', [secretRequired(() => stored().sshPassword)]],
      privateKey: ['', [secretRequired(() => stored().sshPrivateKey)]],
      passphrase: [''],
      /** The fetched key the user trusts (`ssh-ed25519 AAAA…`), empty when none. */
      hostKey: ['', [hostKeyChosen(() => stored().hostKey)]],
      trustOnFirstUse: [false],
    }),
  });
}

export type ConnectionForm = ReturnType<typeof buildConnectionForm>;

/** Required unless the server already stores this secret (blank = keep). */
function secretRequired(isStored: () => boolean): ValidatorFn {
  return (control: AbstractControl) =>
    isStored() || (typeof control.value === 'string' && control.value.length > 0)
      ? null
      : { required: true };
}

/** A tunnel needs a pinned host key (fetched and trusted, or stored) or trust on first use. */
function hostKeyChosen(isStored: () => boolean): ValidatorFn {
  return (control: AbstractControl) => {
    const tofu = control.parent?.get('trustOnFirstUse')?.value === true;
    return tofu || isStored() || control.value ? null : { hostKeyRequired: true };
  };
}

/** Enables exactly the controls that apply to the chosen engine, tunnel and SSH auth method. */
export function applyFormState(form: ConnectionForm): void {
  const v = form.getRawValue();
  const sqlite = v.engine === 'sqlite';
  const toggle = (control: AbstractControl, on: boolean) => {
    if (on && control.disabled) control.enable({ emitEvent: false });
    if (!on && control.enabled) control.disable({ emitEvent: false });
  };
  const c = form.controls;
  for (const control of [c.host, c.port, c.username, c.password, c.sslMode, c.useSsh])
    toggle(control, !sqlite);
  const ssh = c.ssh;
  const sshOn = !sqlite && v.useSsh;
  toggle(ssh, sshOn);
  if (sshOn) {
    const byKey = v.ssh.authMethod === 'privateKey';
    toggle(ssh.controls.password, !byKey);
    toggle(ssh.controls.privateKey, byKey);
    toggle(ssh.controls.passphrase, byKey);
  }
  form.updateValueAndValidity({ emitEvent: false });
}

/** The form's values for a saved connection (secrets blank = keep). */
export function formValueOf(connection: ConnectionView) {
  return {
    name: connection.name,
    engine: connection.engine,
    host: connection.host ?? '',
    port: connection.port ?? DEFAULT_PORTS[connection.engine],
    database: connection.database,
    username: connection.username ?? '',
    password: '',
    sslMode: connection.sslMode ?? ('prefer' as SslMode),
    environment: connection.environment,
    useSsh: !!connection.ssh,
    ssh: {
      host: connection.ssh?.host ?? '',
      port: connection.ssh?.port ?? 22,
      username: connection.ssh?.username ?? '',
      authMethod: connection.ssh?.authMethod ?? ('password' as SshAuthMethod),
      password: '',
      privateKey: '',
      passphrase: '',
      hostKey: '',
      trustOnFirstUse: false,
    },
  };
}

/** The empty form for a new connection. */
export function emptyFormValue() {
  return {
    name: '',
    engine: 'postgresql' as Engine,
    host: '',
    port: 5432 as number | null,
    database: '',
    username: '',
    password: '',
    sslMode: 'prefer' as SslMode,
    environment: 'development' as ConnectionEnvironment,
    useSsh: false,
    ssh: {
      host: '',
      port: 22 as number | null,
      username: '',
      authMethod: 'password' as SshAuthMethod,
      password: '',
      privateKey: '',
      passphrase: '',
      hostKey: '',
      trustOnFirstUse: false,
    },
  };
}

/**
 * The request body. Blank secrets are omitted (on PUT: keep the stored ones). A saved tunnel that
 * was switched off is sent as `ssh: null` (remove it).
 */
export function toConnectionRequest(
  form: ConnectionForm,
  editing: ConnectionView | null,
): ConnectionRequest {
  const v = form.getRawValue();
  const sqlite = v.engine === 'sqlite';
  const request: ConnectionRequest = {
    name: v.name.trim(),
    engine: v.engine,
    host: sqlite ? null : v.host.trim(),
    port: sqlite ? null : Number(v.port),
    database: v.database.trim(),
    username: sqlite ? null : v.username.trim(),
    sslMode: sqlite ? null : v.sslMode,
    environment: v.environment,
  };
  if (!sqlite && v.password) request.password = v.password;
  if (!sqlite && v.useSsh) {
    const s = v.ssh;
    request.ssh = {
      host: s.host.trim(),
      port: Number(s.port),
      username: s.username.trim(),
      authMethod: s.authMethod,
    };
    if (s.authMethod === 'password' && s.password) request.ssh.password = s.password;
    if (s.authMethod === 'privateKey') {
      if (s.privateKey) request.ssh.privateKey = s.privateKey;
      if (s.passphrase) request.ssh.passphrase = s.passphrase;
    }
    if (s.hostKey) request.ssh.hostKey = s.hostKey;
    else if (s.trustOnFirstUse) request.ssh.trustOnFirstUse = true;
  } else if (editing?.ssh) {
    request.ssh = null;
  }
  return request;
}
