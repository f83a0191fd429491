import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITY_IDS, readRawCity, sharedDir, stringsIn, urlsIn } from './cityFiles.js';

/** Every URL written in the seed guides and the portal reference: the only URLs a city file may use. */
function referenceUrls(): string[] {
  const root = sharedDir();
  const files = ['seeds', 'reference'].flatMap((sub) =>
    readdirSync(join(root, sub)).map((f) => join(root, sub, f)),
  );
  return files.flatMap((f) => urlsIn(readFileSync(f, 'utf8')));
}

const HOST_SLOT = /^(https?:\/\/)\{(domain|site|hub)\}/;

/**
 * A URL is allowed when the reference writes it, when it is the home (origin) of a site the
 * reference writes URLs for, or when it fills the host slot of a reference pattern such as
 * `https://{domain}/resource/{4x4}.json` with one of those sites.
 */
function allowedUrls(refUrls: string[]): (url: string) => boolean {
  const exact = new Set(refUrls);
  const hosts = new Set<string>();
  for (const u of refUrls) {
    if (HOST_SLOT.test(u)) continue;
    try {
      hosts.add(new URL(u).host);
    } catch {
      // not a parseable URL (an abbreviated snippet in the notes): it only counts verbatim
    }
  }
  const origins = new Set([...hosts].flatMap((h) => [`https://${h}`, `http://${h}`]));
  const templates = refUrls.filter((u) => HOST_SLOT.test(u));
  return (url) =>
    exact.has(url) ||
    origins.has(url) ||
    templates.some((t) => [...hosts].some((h) => t.replace(HOST_SLOT, `$1${h}`) === url));
}

describe('what the city files say comes from the seeds and the reference', () => {
  const refUrls = referenceUrls();
  const isAllowed = allowedUrls(refUrls);

  it('GIVEN the reference files THEN the URL scan finds the portal URLs the cities rely on', () => {
    expect(refUrls).toContain('https://datahub-miamigis.opendata.arcgis.com');
    expect(refUrls).toContain('https://data.kcmo.org/resource/{4x4}.json');
    expect(refUrls).toContain('https://dev.socrata.com/docs/app-tokens');
  });

  it('GIVEN URLs a city file must not carry THEN the allow rule rejects them', () => {
    expect(isAllowed('https://data.kcmo.org')).toBe(true);
    expect(isAllowed('https://data.lacity.org/api/views/{4x4}.json')).toBe(true);
    expect(isAllowed('https://www.miami.gov/Open-Data-Request-Form')).toBe(false);
    expect(isAllowed('https://data.kcmo.org/api-key-signup')).toBe(false);
    expect(isAllowed('https://opendata.lacity.example')).toBe(false);
    expect(isAllowed('https://evil.example/resource/{4x4}.json')).toBe(false);
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN every URL in it, source or text, is one the seeds or reference give',
    (id) => {
      const unknown = stringsIn(readRawCity(id))
        .filter(({ path }) => !path.endsWith('.searchUrl'))
        .flatMap(({ path, value }) => urlsIn(value).map((url) => ({ path, url })))
        .filter(({ url }) => !isAllowed(url));
      expect(unknown).toEqual([]);
    },
  );

  it.each(CITY_IDS)('GIVEN %s THEN every source URL is a complete URL the reference gives', (id) => {
    const sources = (readRawCity(id) as { sources: { url?: string }[] }).sources;
    for (const { url } of sources) {
      if (url !== undefined) expect(isAllowed(url), url).toBe(true);
    }
  });

  it('GIVEN the seed guides THEN their numbered sources appear as sources without invented URLs', () => {
    const titles = (id: string) =>
      new Map(
        (readRawCity(id) as { sources: { title: string; url?: string }[] }).sources.map((s) => [
          s.title,
          s.url,
        ]),
      );
    const miami = titles('miami');
    for (const t of [
      'City of Miami Open Data - IT',
      'City of Miami Data Portal',
      'City Clerk - Public Records Requests',
    ]) {
      expect(miami.has(t), t).toBe(true);
      expect(miami.get(t), t).toBeUndefined();
    }
    const la = titles('los-angeles');
    for (const t of ['City of Los Angeles Open Data Portal', 'Information Technology Agency - Open Data']) {
      expect(la.has(t), t).toBe(true);
      expect(la.get(t), t).toBeUndefined();
    }
  });
});

describe('the text of the city files is clean', () => {
  // Seen in the seeds: "ยท" is a middle dot decoded as Thai; "â€", "Ã", "Â" are UTF-8 read as Latin-1.
  const MOJIBAKE = /ยท|â€|Ã|Â|\uFFFD/;
  const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

  it('GIVEN the detectors THEN they catch the seed damage they are meant for', () => {
    expect(MOJIBAKE.test('4 Minutes Read ยท published')).toBe(true);
    expect(MOJIBAKE.test('cityâ€™s')).toBe(true);
    expect(CONTROL.test('line\u0007bell')).toBe(true);
    expect(MOJIBAKE.test('Innovation & Technology')).toBe(false);
  });

  it.each(CITY_IDS)('GIVEN %s THEN no string holds mojibake, control characters or odd spacing', (id) => {
    const bad = stringsIn(readRawCity(id)).filter(
      ({ value }) =>
        MOJIBAKE.test(value) || CONTROL.test(value) || /\s{2,}/.test(value) || value !== value.trim(),
    );
    expect(bad).toEqual([]);
  });

  it.each(CITY_IDS)('GIVEN %s THEN no text invents a dollar amount, phone number or email address', (id) => {
    const bad = stringsIn(readRawCity(id)).filter(
      ({ value }) =>
        /\$\s?\d/.test(value) ||
        /\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}/.test(value) ||
        /[\w.+-]+@[\w-]+\.[\w.]+/.test(value),
    );
    expect(bad).toEqual([]);
  });
});
