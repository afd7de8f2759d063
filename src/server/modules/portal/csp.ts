import { VIDEO_FRAME_ORIGINS } from '../posts/video';

/**
 * frame-src for the app's Content-Security-Policy: the video hosts an article may embed, on article
 * pages only; "'self'" everywhere else. app.ts's secureHeaders takes it as a function directive
 * (`frameSrc: [(c) => portalFrameSrc(c.req.path)]`); secureHeaders overwrites a header set by a handler.
 */
export function portalFrameSrc(path: string): string {
  return /^\/tin-tuc\/[^/]+$/.test(path) ? `'self' ${VIDEO_FRAME_ORIGINS.join(' ')}` : "'self'";
}
