/**
 * What Discord itself refuses, checked the way Discord does: a message body over a limit gets
 * 400 "Invalid Form Body" (code 50035) with the path of each offending field. Used by the fake
 * so a renderer bug fails a test exactly as it would fail in production.
 */

export interface FormError {
  path: string;
  code: string;
  message: string;
}

interface Embed {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000 };

export function checkMessageBody(body: unknown, { requireSomething = true } = {}): FormError[] {
  const errors: FormError[] = [];
  if (typeof body !== 'object' || body === null) return [{ path: '', code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  const message = body as { content?: unknown; embeds?: unknown; allowed_mentions?: unknown };
  if (message.content !== undefined && message.content !== null) {
    if (typeof message.content !== 'string') errors.push({ path: 'content', code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    else if (message.content.length > 2000) errors.push(tooLong('content', 2000));
  }
  const embeds = (message.embeds ?? []) as Embed[];
  if (!Array.isArray(embeds)) errors.push({ path: 'embeds', code: 'BASE_TYPE_LIST', message: 'Must be a list.' });
  else {
    if (embeds.length > 10) errors.push({ path: 'embeds', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
    let total = 0;
    embeds.forEach((embed, i) => {
      const at = `embeds.${i}`;
      total += checkEmbed(embed, at, errors);
    });
    if (total > EMBED_LIMITS.total) errors.push({ path: 'embeds', code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
  }
  const empty = !(typeof message.content === 'string' && message.content.length) && !(Array.isArray(embeds) && embeds.length);
  if (requireSomething && empty) errors.push({ path: '', code: '50006', message: 'Cannot send an empty message' });
  return errors;
}

function checkEmbed(embed: Embed, at: string, errors: FormError[]): number {
  let size = 0;
  const text = (value: string | undefined, path: string, max: number, required = false) => {
    if (value === undefined) {
      if (required) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
      return;
    }
    if (required && value.length === 0) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    if (value.length > max) errors.push(tooLong(path, max));
    size += value.length;
  };
  text(embed.title, `${at}.title`, EMBED_LIMITS.title);
  text(embed.description, `${at}.description`, EMBED_LIMITS.description);
  text(embed.footer?.text, `${at}.footer.text`, EMBED_LIMITS.footer, embed.footer !== undefined);
  text(embed.author?.name, `${at}.author.name`, EMBED_LIMITS.author, embed.author !== undefined);
  const fields = embed.fields ?? [];
  if (fields.length > EMBED_LIMITS.fields) errors.push({ path: `${at}.fields`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  fields.forEach((field, j) => {
    text(field.name, `${at}.fields.${j}.name`, EMBED_LIMITS.fieldName, true);
    text(field.value, `${at}.fields.${j}.value`, EMBED_LIMITS.fieldValue, true);
  });
  return size;
}

export function checkChoices(choices: unknown): FormError[] {
  if (!Array.isArray(choices)) return [{ path: 'data.choices', code: 'BASE_TYPE_LIST', message: 'Must be a list.' }];
  const errors: FormError[] = [];
  if (choices.length > 25) errors.push({ path: 'data.choices', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((choice: { name?: unknown; value?: unknown }, i) => {
    if (typeof choice.name !== 'string' || choice.name.length < 1 || choice.name.length > 100) {
      errors.push({ path: `data.choices.${i}.name`, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    }
    if (typeof choice.value === 'string' && choice.value.length > 100) errors.push(tooLong(`data.choices.${i}.value`, 100));
  });
  return errors;
}

/** A modal as Discord takes it: custom_id and title (at most 45), 1 to 5 top-level components, each a label with one component. */
export function checkModal(data: unknown): FormError[] {
  const modal = (data ?? {}) as { custom_id?: unknown; title?: unknown; components?: { type?: number; label?: unknown; component?: { type?: number; custom_id?: unknown } }[] };
  const errors: FormError[] = [];
  if (typeof modal.custom_id !== 'string' || modal.custom_id.length < 1 || modal.custom_id.length > 100) errors.push({ path: 'data.custom_id', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
  if (typeof modal.title !== 'string' || modal.title.length < 1 || modal.title.length > 45) errors.push({ path: 'data.title', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 45 in length.' });
  const components = Array.isArray(modal.components) ? modal.components : [];
  if (components.length < 1 || components.length > 5) errors.push({ path: 'data.components', code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
  components.forEach((c, i) => {
    if (c.type !== 18 || typeof c.label !== 'string' || c.label.length > 45 || typeof c.component?.custom_id !== 'string') {
      errors.push({ path: `data.components.${i}`, code: 'UNION_TYPE_CHOICES', message: 'Value of field "type" must be one of (18,).' });
    }
  });
  return errors;
}

/** Discord's own shape for the errors, nested by path: { embeds: { 0: { title: { _errors: [...] } } } }. */
export function invalidFormBody(errors: readonly FormError[]): { code: number; message: string; errors: Record<string, unknown> } {
  const empty = errors.find((e) => e.code === '50006');
  if (empty) return { code: 50006, message: empty.message, errors: {} };
  const tree: Record<string, unknown> = {};
  for (const error of errors) {
    let node = tree;
    for (const key of error.path.split('.').filter(Boolean)) node = (node[key] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: error.code, message: error.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors: tree };
}

function tooLong(path: string, max: number): FormError {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}
