// The body of a CSV export as text: Orval 7's fetch client would JSON.parse it (see
// orval.config.ts). Returns the shape Orval's generated types declare, `{data, status,
// headers}`, reading JSON bodies (a Problem: application/problem+json) as JSON and the rest
// as text, by the response's Content-Type, as Orval 8's fetch client does.
export const textFetch = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await fetch(url, init);
  const body = [204, 205, 304].includes(response.status) ? '' : await response.text();
  const json = /^application\/(?:[\w.-]+\+)?json\b/.test(response.headers.get('content-type') ?? '');
  const data: unknown = json && body ? JSON.parse(body) : body;
  return { data, status: response.status, headers: response.headers } as T;
};
