/** The library directory searched as the user types: asked a moment after the typing stops, not at every key. */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../common/useLoad';

export interface LibraryFilter {
  q: string;
  region?: string;
  bilingual?: boolean;
}

const PAUSE_MS = 200;

export function useLibraries(filter: LibraryFilter) {
  const api = useApi();
  const [asked, setAsked] = useState(filter);
  const { q, region, bilingual } = filter;
  useEffect(() => {
    const timer = setTimeout(() => setAsked({ q, region, bilingual }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q, region, bilingual]);
  return useLoad(() => api.exchangeLibraries(asked), [api, asked.q, asked.region, asked.bilingual]);
}
