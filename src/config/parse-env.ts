/** Reading environment variables through a zod object schema, with one Polish error for every wrong one. */
import type { z } from 'zod';

/**
 * Parse the variables `schema` names from `env` (an empty value counts as
 * unset), or throw one error that lists each wrong variable under `heading`.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined>, heading: string): z.output<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${heading}\n${lines.join('\n')}`);
  }
  return result.data;
}
