import { useSearchParams } from 'react-router-dom';

/**
 * The page's query string as its state: `set` changes the keys given (null, undefined or '' removes one), keeps the
 * rest, and replaces the history entry rather than adding one.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return [params, set] as const;
}
