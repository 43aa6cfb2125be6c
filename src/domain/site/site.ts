/** The site's public address. Links to it (canonical, feed ids) are the site itself, not another origin. */
export const siteUrl = process.env.SITE_URL ?? 'https://rusmiddelguiden.dk';
