import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, Injectable, provideBrowserGlobalErrorListeners } from '@angular/core';
import { Title } from '@angular/platform-browser';
import {
  RouterStateSnapshot,
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { authInterceptor } from './core/interceptors/auth.interceptor';
import { problemInterceptor } from './core/interceptors/problem.interceptor';
import { routes } from './app.routes';

/** "<route title> · KytheraDB" in the browser tab. */
@Injectable({ providedIn: 'root' })
export class KytheraTitleStrategy extends TitleStrategy {
  constructor(private readonly title: Title) {
    super();
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    this.title.setTitle(title ? `${title} · KytheraDB` : 'KytheraDB');
  }
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    // problemInterceptor is outermost so it sees the result after the auth refresh-and-retry.
    provideHttpClient(withFetch(), withInterceptors([problemInterceptor, authInterceptor])),
    { provide: TitleStrategy, useClass: KytheraTitleStrategy },
  ],
};
