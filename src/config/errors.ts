/** One thing wrong with the configuration: where, which field, and what it should be. */
export interface ConfigError {
  /** The YAML file's path, or "environment" for a variable. */
  file: string;
  /** 1-based line in the file, when the field is in it. */
  line?: number;
  /** Dotted path in the file (metrics.port) or the variable's name (METRICS_PORT). */
  field: string;
  /** What a good value looks like, in words. */
  expected: string;
  /** What was found; never set for a secret. */
  received?: string;
}

export function formatConfigError(e: ConfigError): string {
  const where = e.file === 'environment' ? `environment variable ${e.field}` : `${e.file}${e.line ? `:${e.line}` : ''} ${e.field}`;
  return `${where}: ${e.expected}${e.received !== undefined ? ` (got ${e.received})` : ''}`;
}
