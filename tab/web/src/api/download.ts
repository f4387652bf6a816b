/** A CSV from the API: the route needs the bearer token, so it is fetched and handed to the browser as a file. */
import type { KollegaApi } from './kollegaApi';

export async function downloadFile(api: KollegaApi, path: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await api.file(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
