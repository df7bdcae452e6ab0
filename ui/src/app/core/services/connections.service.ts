import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ConnectionRequest, ConnectionTestResult, ConnectionView, SshHostKey } from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/**
 * `/api/projects/{p}/connections/**`: the project's database connections. Creating or replacing
 * one makes the server test it first (422 `connection-failed` with field errors when it fails).
 */
@Injectable({ providedIn: 'root' })
export class ConnectionsService {
  private readonly api = inject(ApiClient);

  list(projectId: string): Observable<ConnectionView[]> {
    return this.api.get<ConnectionView[]>(base(projectId));
  }

  get(projectId: string, connectionId: string): Observable<ConnectionView> {
    return this.api.get<ConnectionView>(one(projectId, connectionId));
  }

  create(projectId: string, request: ConnectionRequest): Observable<ConnectionView> {
    return this.api.post<ConnectionView>(base(projectId), request);
  }

  /** Omitted `password`, `ssh.password`, `ssh.privateKey` keep the stored secrets. */
  update(
    projectId: string,
    connectionId: string,
    request: ConnectionRequest,
  ): Observable<ConnectionView> {
    return this.api.put<ConnectionView>(one(projectId, connectionId), request);
  }

  remove(projectId: string, connectionId: string): Observable<void> {
    return this.api.delete<void>(one(projectId, connectionId));
  }

  /**
   * Tests settings that are not saved (yet). With `connectionId` (editing a saved connection),
   * secrets left out of the request come from that connection.
   */
  test(
    projectId: string,
    request: ConnectionRequest,
    connectionId?: string,
  ): Observable<ConnectionTestResult> {
    const query = connectionId ? `?connectionId=${encodeURIComponent(connectionId)}` : '';
    return this.api.post<ConnectionTestResult>(`${base(projectId)}/test${query}`, request);
  }

  /** Tests a saved connection with its stored secrets. */
  testSaved(projectId: string, connectionId: string): Observable<ConnectionTestResult> {
    return this.api.post<ConnectionTestResult>(`${one(projectId, connectionId)}/test`, {});
  }

  /** Reads the SSH server's host key (to show its fingerprint and pin it). */
  sshHostKey(projectId: string, host: string, port: number): Observable<SshHostKey> {
    return this.api.post<SshHostKey>(`${base(projectId)}/ssh-host-key`, { host, port });
  }
}

function base(projectId: string): string {
  return `${projectPath(projectId)}/connections`;
}

function one(projectId: string, connectionId: string): string {
  return `${base(projectId)}/${encodeURIComponent(connectionId)}`;
}
