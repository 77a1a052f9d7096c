import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The published systems' summaries of the same clusters (`published-dev.json`: system → cluster
 * id → summary text), and the official ROUGE-1.5.5 recall the file's note gives for each
 * ("DPP 41.02/9.69, …"), so the harness can check its scorer against the official one.
 */
const PublishedSchema = z.object({
  about: z.string().optional(),
  systems: z.record(z.string(), z.record(z.string(), z.string())),
});

export interface Published {
  systems: Map<string, Map<string, string>>;
  /** System → official recall in %, as the file states them. */
  official: Map<string, [number, number]>;
}

export function loadPublished(file: string): Published | { error: string } | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = PublishedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${file}: ${issue?.path.join('.')}: ${issue?.message}` };
  }
  const official = new Map<string, [number, number]>();
  for (const m of (parsed.data.about ?? '').matchAll(/([A-Za-z][\w-]*) (\d+\.\d+)\/(\d+\.\d+)/g)) official.set(m[1]!, [Number(m[2]), Number(m[3])]);
  const systems = new Map(Object.entries(parsed.data.systems).map(([name, byCluster]) => [name, new Map(Object.entries(byCluster))]));
  return { systems, official };
}
