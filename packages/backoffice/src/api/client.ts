import { HttpClient } from './http.ts';

/** The one client of the app (same origin as the API). */
export const http = new HttpClient();
