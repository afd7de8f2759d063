import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useI18n } from '../i18n';

/** One page of a keyset-paged list of the API: its rows and the cursor of the next page (null on the last). */
export type CursorPage<T> = { items: T[]; nextCursor: string | null };

/**
 * A list the server gives a page at a time (`cursor` = the last page's `nextCursor`): the rows loaded so far, and
 * whether and how to load more. The key names the list; `fetchPage(cursor)` reads one page.
 */
export function usePagedList<T>(queryKey: QueryKey, fetchPage: (cursor: string | null) => Promise<CursorPage<T>>) {
  const q = useInfiniteQuery({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return {
    items: q.data?.pages.flatMap((p) => p.items) ?? [],
    isLoading: q.isLoading,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    loadMore: () => void q.fetchNextPage(),
  };
}

/** "Tải thêm" under a paged list, shown while the server has more. */
export function LoadMore({ list, testId }: { list: ReturnType<typeof usePagedList>; testId?: string }) {
  const { t } = useI18n();
  if (!list.hasMore) return null;
  return (
    <Button style={{ marginTop: 12 }} onClick={list.loadMore} loading={list.loadingMore} data-testid={testId}>
      {t('loadMore')}
    </Button>
  );
}

/** The query string of a page: the filters given, and the cursor when there is one. */
export function pageQuery(filters: Record<string, string | undefined>, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set('cursor', cursor);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
