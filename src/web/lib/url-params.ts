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

/**
 * The object opened on a page (a report, a petition…) as `?open=<id>`: a link to it can be shared, a reload keeps it,
 * and Back closes it. Opening adds a history entry; closing goes back to the list's address.
 */
export function useOpenParam(key = 'open') {
  const [params, setParams] = useSearchParams();
  const id = params.get(key);
  const set = (next: string | null) => {
    // A click on a link inside a clickable row opens twice in one event: the address (already changed by the first)
    // is what to compare with, not this render's value. One history entry, not two.
    if (new URLSearchParams(window.location.search).get(key) === next) return;
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        // Opening the record a creation form just made ends that form (`?new=1`, useNewParam): in this same update,
        // because two updates in one event both start from the address as it was.
        if (next) q.delete('new');
        if (next) q.set(key, next);
        else q.delete(key);
        return q;
      },
      { replace: next === null },
    );
  };
  return [id, set] as const;
}

/**
 * A creation form opened from elsewhere (the start page's "Ghi kiến nghị", "Soạn báo cáo") as `?new=1`: the page
 * opens its form on arrival; closing it drops the key so a reload does not open it again.
 */
export function useNewParam() {
  const [params, set] = useUrlParams();
  const open = params.get('new') === '1';
  return [open, (next: boolean) => set({ new: next ? '1' : null })] as const;
}
