import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/security-headers/cli.ts';
import { contentSecurityPolicy, headersFile, headersFilePath, nginxServerBlock, securityHeaders, type Header, type PathRule } from '../../scripts/security-headers/headers.ts';

/** The directives of a policy string, by name. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** Netlify/Cloudflare _headers text read back: headers by path. */
function parseHeadersFile(text: string): Map<string, Header[]> {
  const rules = new Map<string, Header[]>();
  let current: Header[] | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set(line, (current = []));
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      current!.push([name, value]);
    }
  }
  return rules;
}

/** The add_header lines of the server level and of each location in an nginx server block. */
function nginxHeaders(conf: string): Map<string, Header[]> {
  const levels = new Map<string, Header[]>([['server', []]]);
  let level = 'server';
  for (const line of conf.split('\n')) {
    const location = /^\s*location (.+) \{$/.exec(line);
    if (location) levels.set((level = location[1]), []);
    else if (/^ {4}\}$/.test(line)) level = 'server';
    const header = /^\s*add_header (\S+) "([^"]*)"( always)?;$/.exec(line);
    if (header) levels.get(level)!.push([header[1], header[2]]);
  }
  return levels;
}

describe('the Content-Security-Policy', () => {
  const policy = directivesOf(contentSecurityPolicy());

  it('allows only the site itself, and never inline code or eval', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.every((s) => s.startsWith("'"))).toBe(true);
    }
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('closes plugins, base changes, other sites framing the page and forms posting elsewhere', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });
});

describe('the header set', () => {
  const headers = new Map(securityHeaders);

  it('has the referrer, feature, sniffing and framing headers', () => {
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    const denied = headers.get('Permissions-Policy')!.split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'payment', 'usb']) expect(denied).toContain(`${feature}=()`);
  });
});

describe('public/_headers', () => {
  it('sends the security headers on every path, and the extra headers on theirs', () => {
    const rules = parseHeadersFile(headersFile());
    expect(rules.get('/*')).toEqual(securityHeaders);
    expect(rules.get('/_astro/*')).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
    expect(rules.get('/feed.xml')).toEqual([['Content-Type', 'application/atom+xml; charset=utf-8']]);
  });

  it('turns nginx locations into paths', () => {
    expect(headersFilePath('/_astro/')).toBe('/_astro/*');
    expect(headersFilePath('= /feed.xml')).toBe('/feed.xml');
    expect(() => headersFilePath('~ \\.js$')).toThrow('must be a prefix such as "/_astro/" or an exact path');
  });
});

describe('docs/nginx.conf', () => {
  it('sends the security headers with every response, errors included', () => {
    const levels = nginxHeaders(nginxServerBlock());
    expect(levels.get('server')).toEqual(securityHeaders);
    expect(nginxServerBlock()).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`);
  });

  it('repeats the security headers in a location with headers of its own, as nginx drops the outer ones there', () => {
    const rules: PathRule[] = [{ location: '/a/', headers: [['Cache-Control', 'no-store']] }, { location: '= /b.xml', contentType: 'application/atom+xml' }];
    const levels = nginxHeaders(nginxServerBlock(securityHeaders, rules));
    expect(levels.get('/a/')).toEqual([...securityHeaders, ['Cache-Control', 'no-store']]);
    expect(levels.get('= /b.xml')).toEqual([]);
    expect(nginxServerBlock(securityHeaders, rules)).toMatch(/location = \/b\.xml \{\n\s+try_files \$uri =404;\n\s+types \{ \}\n\s+default_type application\/atom\+xml;/);
  });

  it('never marks the one-year cache "always", so a 404 under /_astro/ is not cached', () => {
    expect(nginxServerBlock()).toMatch(/add_header Cache-Control "public, max-age=31536000, immutable";/);
  });

  it('has one listen and one root line for a host (and the header test) to set', () => {
    const conf = nginxServerBlock();
    expect(conf.match(/^\s*listen [^;]+;/gm)).toHaveLength(1);
    expect(conf.match(/^\s*root [^;]+;/gm)).toHaveLength(1);
  });

  it('refuses a header value that would break out of its quotes', () => {
    expect(() => nginxServerBlock([['X-Test', 'a"; return 200 "b']])).toThrow('the value of X-Test may not contain a double quote');
    expect(() => headersFile([['X-Test', 'a\nX-Other: b']])).toThrow('the value of X-Test may not contain a double quote, a backslash or a line break');
  });
});

describe('the committed files', () => {
  it.each(Object.entries(generatedFiles))('%s is what `npm run headers` writes', (file, generate) => {
    expect(readFileSync(file, 'utf8'), `${file} is out of date: run "npm run headers"`).toBe(generate());
  });
});
