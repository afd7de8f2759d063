import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings } from '../meetings/schema';
import { reports } from '../reports/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

export const postKinds = ['news', 'announcement', 'video'] as const;
export type PostKind = (typeof postKinds)[number];
/** draft → pending (sent for approval) → published (by the standing committee); archived hides it. */
export const postStatuses = ['draft', 'pending', 'published', 'archived'] as const;
export type PostStatus = (typeof postStatuses)[number];

/** A post on the commune's portal: news, an announcement (Thông báo) or a video. */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    kind: text('kind', { enum: postKinds }).notNull(),
    title: text('title').notNull(),
    /** URL name under /tin-tuc/, unique across the installation. */
    slug: text('slug').notNull(),
    summary: text('summary'),
    /** Sanitised HTML (only the tags the editor allows). */
    body: text('body').notNull().default(''),
    /** Title + summary + body text folded (no diacritics, lower case) for search. */
    searchText: text('search_text').notNull().default(''),
    status: text('status', { enum: postStatuses }).notNull().default('draft'),
    authorName: text('author_name'),
    /** An embed link (YouTube, Facebook video) or an uploaded file (post_media). */
    videoUrl: text('video_url'),
    videoMediaId: uuid('video_media_id'),
    coverMediaId: uuid('cover_media_id'),
    sourceMeetingId: uuid('source_meeting_id').references(() => meetings.id),
    sourceReportId: uuid('source_report_id').references(() => reports.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('posts_slug_idx').on(t.slug),
    index('posts_public_idx').on(t.communeId, t.status, t.kind, t.publishedAt),
  ],
);

export const mediaKinds = ['image', 'video'] as const;

/** An uploaded image (kept with its resized variants) or video file, stored under the storage directory. */
export const postMedia = pgTable(
  'post_media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    postId: uuid('post_id').references(() => posts.id),
    kind: text('kind', { enum: mediaKinds }).notNull(),
    /** Path under the storage directory of the largest kept variant. */
    storageKey: text('storage_key').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Other sizes: { "thumb": { "key", "width", "height", "bytes" }, … }. */
    variants: jsonb('variants')
      .$type<Record<string, { key: string; width: number; height: number; bytes: number }>>()
      .notNull()
      .default({}),
    alt: text('alt'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_media_post_idx').on(t.postId)],
);

export type Post = typeof posts.$inferSelect;
export type PostMedia = typeof postMedia.$inferSelect;
