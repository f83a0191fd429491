import type { Answer, DatasetDetails, DatasetHit } from '../../src/knowledge/index.js';

/** A complete Answer with defaults; tests override what they look at. */
export function makeAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    kind: 'topic',
    intent: 'contact',
    city: 'miami',
    title: 'Who to contact for Miami open data',
    summary: 'The City of Miami open data team answers portal questions.',
    points: ['Email the open data team through the portal contact form.'],
    sections: [],
    choices: [],
    notices: [],
    sources: [{ title: 'Miami open data portal', url: 'https://datahub-miamigis.opendata.arcgis.com/' }],
    confidence: 0.9,
    ...overrides,
  };
}

export function makeHit(i: number, overrides: Partial<DatasetHit> = {}): DatasetHit {
  return {
    id: `abcd-${String(1000 + i)}`,
    title: `Dataset number ${i}`,
    description: `Description of dataset ${i}`,
    type: 'dataset',
    updatedAt: '2024-05-01T12:00:00.000Z',
    pageUrl: `https://data.example.org/d/abcd-${String(1000 + i)}`,
    apiUrl: `https://data.example.org/resource/abcd-${String(1000 + i)}.json`,
    platform: 'socrata',
    portalId: 'example',
    ...overrides,
  };
}

export function makeDetails(overrides: Partial<DatasetDetails> = {}): DatasetDetails {
  return {
    ...makeHit(1),
    columns: [
      { name: 'Case number', fieldName: 'case_number', type: 'text' },
      { name: 'Reported date', fieldName: 'reported_date', type: 'calendar_date', description: 'When filed' },
    ],
    rowCount: 12345,
    license: 'Public Domain',
    example: "curl 'https://data.example.org/resource/abcd-1001.json?$limit=5'",
    ...overrides,
  };
}

/** Every hostile string a question or a portal title might carry. */
export const INJECTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0123ABCD>',
  '<#C0123ABCD|general>',
  '<https://evil.example/phish|Click for your API key>',
  '<!subteam^S0123|@admins>',
  '&lt;!channel&gt;',
];
