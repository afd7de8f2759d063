/** Video hosts a post may embed, and the player URL each link becomes. Only https links are accepted. */
export type VideoEmbed = { provider: 'YouTube' | 'Facebook' | 'Vimeo'; embedUrl: string };

/** Origins the article page lets into frame-src (and nothing else). */
export const VIDEO_FRAME_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://www.facebook.com',
  'https://player.vimeo.com',
];

const YT_ID = /^[A-Za-z0-9_-]{11}$/;

/** The player for a YouTube, Facebook or Vimeo https link; null for anything else. */
export function videoEmbed(raw: string): VideoEmbed | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || (u.port && u.port !== '443')) return null;
  const host = u.hostname.toLowerCase().replace(/^(www|m)\./, '');
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') {
    const path = u.pathname.split('/').filter(Boolean);
    let id: string | null | undefined = null;
    if (host === 'youtu.be') id = path[0];
    else if (path[0] === 'watch') id = u.searchParams.get('v');
    else if (path[0] === 'embed' || path[0] === 'shorts' || path[0] === 'live') id = path[1];
    return id && YT_ID.test(id)
      ? { provider: 'YouTube', embedUrl: `https://www.youtube-nocookie.com/embed/${id}` }
      : null;
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = u.pathname
      .split('/')
      .filter(Boolean)
      .find((p) => /^\d{5,12}$/.test(p));
    return id ? { provider: 'Vimeo', embedUrl: `https://player.vimeo.com/video/${id}` } : null;
  }
  if (host === 'facebook.com' || host === 'fb.watch') {
    // A page's video link (…/videos/<id>, watch/?v=<id>, reel/<id>) or a fb.watch short link, shown in Facebook's video
    // plugin.
    const ok =
      host === 'fb.watch'
        ? /^\/[A-Za-z0-9_-]+\/?$/.test(u.pathname)
        : /\/videos\/|\/reel\/|^\/watch\/?$/.test(u.pathname);
    if (!ok) return null;
    const href = `https://${host === 'fb.watch' ? 'fb.watch' : 'www.facebook.com'}${u.pathname}${u.pathname.startsWith('/watch') ? u.search : ''}`;
    return {
      provider: 'Facebook',
      embedUrl: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(href)}&show_text=false`,
    };
  }
  return null;
}
