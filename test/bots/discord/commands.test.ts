import { describe, expect, it } from 'vitest';
import { buildCommands } from '../../../src/bots/discord/commands.js';

type Opt = {
  name: string;
  type: number;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
  options?: Opt[];
};

describe('buildCommands', () => {
  const cities = [
    { id: 'miami', name: 'Miami' },
    { id: 'kansas-city', name: 'Kansas City' },
    { id: 'los-angeles', name: 'Los Angeles' },
  ];
  const [opendata, dataset] = buildCommands(cities) as unknown as { name: string; options: Opt[] }[];

  it('defines /opendata ask|help and /dataset search|info', () => {
    expect(opendata!.name).toBe('opendata');
    expect(opendata!.options.map((o) => o.name)).toEqual(['ask', 'help']);
    expect(dataset!.name).toBe('dataset');
    expect(dataset!.options.map((o) => o.name)).toEqual(['search', 'info']);
  });

  it("offers the engine's cities as fixed choices and autocompletes query and id", () => {
    for (const sub of dataset!.options) {
      const [city, second] = sub.options!;
      expect(city!.choices).toEqual(cities.map((c) => ({ name: c.name, value: c.id })));
      expect(second!.autocomplete).toBe(true);
    }
  });

  it("keeps to Discord's 25 choices when given more cities", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, name: `City ${i}` }));
    const built = buildCommands(many) as unknown as { options: Opt[] }[];
    expect(built[1]!.options[0]!.options![0]!.choices).toHaveLength(25);
  });
});
