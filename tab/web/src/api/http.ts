/**
 * fetch with what every API call carries: the bearer token and the reader's language. Errors come back as
 * ApiError with the server's localized message, so views show it as it is.
 */
import type { Lang } from '../../../../shared/api/tabContract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    /** What was wrong with a form, one line each (400). */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

export interface HttpOptions {
  lang: Lang;
  /** The bearer token, or null for the anonymous routes. */
  token: () => Promise<string | null>;
  /** Said when the network fails or the answer is not the API's JSON. */
  failureMessage: string;
  /** A 401: the token expired or was revoked. */
  onUnauthorized?: () => void;
}

export interface Http {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
  /** A DELETE, answered 204 with no body. */
  remove(path: string): Promise<void>;
  file(path: string): Promise<{ blob: Blob; fileName: string | null }>;
}

interface ErrorBody {
  error?: { code?: string; message?: string; problems?: unknown };
}

function problemsOf(body: ErrorBody): string[] {
  const problems = body.error?.problems;
  return Array.isArray(problems) ? problems.map(String) : [];
}

/** The name a download asks for in Content-Disposition, if any. */
function fileNameOf(disposition: string | null): string | null {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match ? decodeURIComponent(match[1]) : null;
}

export function createHttp(options: HttpOptions): Http {
  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { 'Accept-Language': options.lang, Accept: 'application/json' };
    const token = await options.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, options.failureMessage, 'NetworkError');
    }
    if (response.ok) return response;
    const error = (await response.json().catch(() => ({}))) as ErrorBody;
    if (response.status === 401) options.onUnauthorized?.();
    throw new ApiError(response.status, error.error?.message || options.failureMessage, error.error?.code ?? 'HttpError', problemsOf(error));
  }

  async function json<T>(response: Response): Promise<T> {
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError(response.status, options.failureMessage, 'BadJson');
    }
  }

  return {
    get: async (path) => json(await request('GET', path)),
    send: async (method, path, body) => json(await request(method, path, body ?? {})),
    remove: async (path) => void (await request('DELETE', path)),
    file: async (path) => {
      const response = await request('GET', path);
      return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
    },
  };
}
