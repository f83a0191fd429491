import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CityFileError, loadCities, parseCityFile } from '../../src/knowledge/index.js';
import { CITY_IDS, cityPath, FIXTURES_DIR, readRawCity } from './cityFiles.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'civic-cities-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function copyRealCities(): void {
  for (const id of CITY_IDS) copyFileSync(cityPath(id), join(dir, `${id}.json`));
}

function writeCity(name: string, city: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(city, null, 2));
  return file;
}

/** Runs `load` and returns the CityFileError it must throw. */
function cityFileError(load: () => unknown): CityFileError {
  try {
    load();
  } catch (err) {
    if (err instanceof CityFileError) return err;
    throw err;
  }
  throw new Error('expected a CityFileError, but loading succeeded');
}

describe('loadCities on a directory', () => {
  it('GIVEN the three city files plus the Testville fixture THEN all four load, a new city needing only its data file', () => {
    copyRealCities();
    copyFileSync(join(FIXTURES_DIR, 'testville.json'), join(dir, 'testville.json'));
    const cities = loadCities(dir);
    expect(cities.map((c) => c.id)).toEqual(['kansas-city', 'los-angeles', 'miami', 'testville']);
    const testville = cities.find((c) => c.id === 'testville');
    expect(testville?.portals[0]?.platform).toBe('ckan');
  });

  it('GIVEN a fourth city reusing the alias "kc" THEN loading fails naming the file, the aliases field and the owner', () => {
    copyRealCities();
    const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, 'testville.json'), 'utf8')) as {
      aliases: string[];
    };
    fixture.aliases.push('KC');
    writeCity('testville.json', fixture);
    const err = cityFileError(() => loadCities(dir));
    expect(err.file).toBe(join(dir, 'testville.json'));
    expect(err.fieldPath).toBe('aliases');
    expect(err.message).toContain('"kc" also names kansas-city');
  });

  it('GIVEN a directory without city files THEN loading fails instead of serving no cities', () => {
    writeFileSync(join(dir, 'notes.txt'), 'not a city');
    expect(cityFileError(() => loadCities(dir)).message).toContain('no city files');
  });

  it('GIVEN a city file that is not JSON THEN loading fails naming that file', () => {
    copyRealCities();
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", ');
    const err = cityFileError(() => loadCities(dir));
    expect(err.file).toBe(join(dir, 'broken.json'));
    expect(err.message).toContain('not valid JSON');
  });
});

describe('parseCityFile on a broken copy of a real city', () => {
  /** The parts of a city file that the cases below overwrite with bad values. */
  interface SpanishTopic {
    translatedFrom?: string;
    summary: string;
    points: { text: string; sources: string[] }[];
  }
  interface Raw {
    topics: {
      fees: { points: [{ sources: string[] }]; es?: SpanishTopic };
      timeline: { askOffice?: string };
      penalties: { es: SpanishTopic };
      evaluation?: unknown;
    };
    portals: [{ platform: string; searchUrl: string }];
    knownDatasets: [{ portal: string; sources: string[]; caveat?: string; es?: unknown }];
    draft: { to: string; es: { items: unknown[] } };
    sources: { id: string; citeAs?: string }[];
  }
  const cases: { name: string; breakIt: (city: Raw) => void; fieldPath: string }[] = [
    {
      name: 'a fact with no sources',
      breakIt: (c) => {
        c.topics.fees.points[0].sources = [];
      },
      fieldPath: 'topics.fees.points[0].sources',
    },
    {
      name: 'a fact citing an undeclared source',
      breakIt: (c) => {
        c.topics.fees.points[0].sources = ['no-such-source'];
      },
      fieldPath: 'topics.fees.points[0].sources[0]',
    },
    {
      name: 'a missing topic',
      breakIt: (c) => {
        delete c.topics.evaluation;
      },
      fieldPath: 'topics.evaluation',
    },
    {
      name: 'askOffice naming an unknown office',
      breakIt: (c) => {
        c.topics.timeline.askOffice = 'no-such-office';
      },
      fieldPath: 'topics.timeline.askOffice',
    },
    {
      name: 'a portal on an unknown platform',
      breakIt: (c) => {
        c.portals[0].platform = 'sharepoint';
      },
      fieldPath: 'portals[0].platform',
    },
    {
      name: 'a search URL without the {q} slot',
      breakIt: (c) => {
        c.portals[0].searchUrl = 'https://data.kcmo.org/browse';
      },
      fieldPath: 'portals[0].searchUrl',
    },
    {
      name: 'a known dataset on an unknown portal',
      breakIt: (c) => {
        c.knownDatasets[0].portal = 'no-such-portal';
      },
      fieldPath: 'knownDatasets[0].portal',
    },
    {
      name: 'a known dataset citing an undeclared source',
      breakIt: (c) => {
        c.knownDatasets[0].sources = ['no-such-source'];
      },
      fieldPath: 'knownDatasets[0].sources[0]',
    },
    {
      name: 'an internal note cited as a source without a URL',
      breakIt: (c) => {
        c.sources[0]!.citeAs = c.sources.find((s) => !('url' in s))!.id;
      },
      fieldPath: 'sources[0].citeAs',
    },
    {
      name: 'a draft addressed to an unknown office',
      breakIt: (c) => {
        c.draft.to = 'mayor';
      },
      fieldPath: 'draft.to',
    },
    {
      name: 'no Spanish rendering of a topic',
      breakIt: (c) => {
        delete c.topics.fees.es;
      },
      fieldPath: 'topics.fees.es',
    },
    {
      name: 'a Spanish rendering not marked as a translation',
      breakIt: (c) => {
        delete c.topics.fees.es!.translatedFrom;
      },
      fieldPath: 'topics.fees.es.translatedFrom',
    },
    {
      name: 'a Spanish rendering missing a point the English has',
      breakIt: (c) => {
        c.topics.fees.es!.points.pop();
      },
      fieldPath: 'topics.fees.es.points',
    },
    {
      name: 'a Spanish point missing a source the English point cites',
      breakIt: (c) => {
        c.topics.fees.es!.points[0]!.sources = [];
      },
      fieldPath: 'topics.fees.es.points[0].sources',
    },
    {
      name: 'a Spanish point citing a source the English point does not',
      breakIt: (c) => {
        const point = c.topics.fees.es!.points[0]!;
        point.sources = [...point.sources, c.topics.fees.points[0].sources[0] === 'guide' ? 'x' : 'guide'];
      },
      fieldPath: 'topics.fees.es.points[0].sources',
    },
    {
      name: 'a Spanish point dropping "no especificado en las páginas citadas"',
      breakIt: (c) => {
        // Point 1 of every city's penalties is "Fines: not specified on the cited pages."
        c.topics.penalties.es.points[1]!.text = 'Multas: se desconocen.';
      },
      fieldPath: 'topics.penalties.es.points[1].text',
    },
    {
      name: 'a dataset caveat without its Spanish rendering',
      breakIt: (c) => {
        const first = c.knownDatasets[0];
        first.caveat ??= 'A caveat.';
        delete first.es;
      },
      fieldPath: 'knownDatasets[0].es',
    },
    {
      name: 'a Spanish draft missing an item the English has',
      breakIt: (c) => {
        c.draft.es.items.pop();
      },
      fieldPath: 'draft.es.items',
    },
  ];

  for (const id of CITY_IDS) {
    for (const { name, breakIt, fieldPath } of cases) {
      it(`GIVEN ${id} with ${name} THEN it fails with the file path and ${fieldPath}`, () => {
        const raw = readRawCity(id) as unknown as Raw;
        breakIt(raw);
        const file = writeCity(`${id}.json`, raw);
        const err = cityFileError(() => parseCityFile(file, readFileSync(file, 'utf8')));
        expect(err.file).toBe(file);
        expect(err.fieldPath).toBe(fieldPath);
        expect(err.message).toContain(`${file}: ${fieldPath}: `);
      });
    }
  }

  it('GIVEN an unbroken copy THEN it parses, so the failures above come from the breakage', () => {
    for (const id of CITY_IDS) {
      const file = writeCity(`${id}.json`, readRawCity(id));
      expect(parseCityFile(file, readFileSync(file, 'utf8')).id).toBe(id);
    }
  });
});
