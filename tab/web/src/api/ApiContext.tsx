/** The signed-in API for every view below the sign-in. */
import { createContext, useContext } from 'react';
import type { KollegaApi } from './kollegaApi';

export const ApiContext = createContext<KollegaApi | null>(null);

export function useApi(): KollegaApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
