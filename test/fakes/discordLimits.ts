import { z } from 'zod';

/**
 * What the real Discord API checks on a message body before rejecting it with 50035: the
 * stand-in applies the same checks, so a payload over a limit fails the test as it would in prod.
 */
const EmbedSchema = z.object({
  title: z.string().max(256).optional(),
  description: z.string().max(4096).optional(),
  url: z.url().optional(),
  fields: z
    .array(z.object({ name: z.string().min(1).max(256), value: z.string().min(1).max(1024) }))
    .max(25)
    .optional(),
  footer: z.object({ text: z.string().max(2048) }).optional(),
  author: z.object({ name: z.string().max(256) }).optional(),
});

const ButtonSchema = z.object({
  type: z.literal(2),
  label: z.string().min(1).max(80).optional(),
  custom_id: z.string().min(1).max(100).optional(),
  url: z.string().optional(),
});

const MessageBodySchema = z.object({
  content: z.string().max(2000).optional(),
  embeds: z.array(EmbedSchema).max(10).optional(),
  components: z
    .array(z.object({ type: z.literal(1), components: z.array(ButtonSchema).min(1).max(5) }))
    .max(5)
    .optional(),
});

export type EmbedLike = z.infer<typeof EmbedSchema>;

export function embedTotal(embeds: EmbedLike[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title ?? '').length + (e.description ?? '').length;
    n += (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/** Every reason Discord would reject this message body; empty when it would be accepted. */
export function messageViolations(body: unknown): string[] {
  const parsed = MessageBodySchema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const problems: string[] = [];
  const embeds = parsed.data.embeds ?? [];
  if (embedTotal(embeds) > 6000) problems.push(`embeds total ${embedTotal(embeds)} > 6000`);
  const ids = (parsed.data.components ?? []).flatMap((r) => r.components.map((c) => c.custom_id));
  const defined = ids.filter((id): id is string => id !== undefined);
  if (new Set(defined).size !== defined.length) problems.push('duplicate custom_id');
  if (!parsed.data.content && embeds.length === 0) problems.push('empty message');
  return problems;
}
