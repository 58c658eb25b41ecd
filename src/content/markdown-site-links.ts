/**
 * Markdown plugin: a link an editor writes to a page of this site
 * (`[formularz](oddzwonimy/)`) gets the site's base path, so it works at
 * `SITE_BASE` on every page; full addresses, `mailto:`, `tel:` and `#` links
 * stay as written. The content checker has checked that the page exists.
 */
import { defineMdastPlugin } from 'satteri';

/** The address of a site link below `base` (`/` or `/bip/…/`); other links unchanged. */
export function siteLinkUrl(url: string, base: string): string {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url)) return url;
  return `${base}${url.replace(/^\.?\//, '')}`;
}

/** The plugin for the site's base path. */
export function siteLinks(base: string) {
  return defineMdastPlugin({
    name: 'site-links',
    link(node, ctx) {
      const url = siteLinkUrl(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
