import { AppError } from '@/lib/platform/errors';

/**
 * Request validation for server actions, run by proxy.ts before Next sees the request.
 *
 * A server action is a POST to a page — with a `Next-Action` header when a page calls it, or as
 * a multipart form naming it in a `$ACTION_…` field when a form is posted without JavaScript.
 * Anyone can send one by hand, and Next answers several hand-made ones with a 500: a foreign
 * Origin (Next refuses it by throwing), a body React's reply decoder cannot read (not JSON, not
 * a list of arguments, a reference to a part the body does not have), or one over the size
 * limit. Each is refused here first, with a 4xx in the API's error shape. What a request may
 * *do* is still decided by the action's own guard; this only checks that it is a well-formed
 * request from this site.
 *
 * The reply format is React's (react-server-dom's ReplyServer, as shipped in next/dist/compiled):
 * a JSON root in part "0" whose strings starting with "$" are references or special values.
 * Only what the app's own forms send is accepted: form data, escaped text, undefined / NaN /
 * ±Infinity / -0, dates, big integers, temporary references and references back into a part
 * the body has. Promises, maps, sets, blobs, typed arrays, streams and other server functions
 * are never arguments of ours and are refused.
 */

/** Next's limit for an action's body: experimental.serverActions.bodySizeLimit in next.config.mjs. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** React's own limit on array slots in one reply (arraySizeLimit); beyond it the decoder throws. */
const MAX_ARRAY_SLOTS = 1_000_000;
/** Far deeper than any argument of ours; keeps a hostile body from exhausting the decoder's stack. */
const MAX_DEPTH = 200;

/**
 * The comparison Next makes before it runs an action (server/app-render/action-handler.js): the
 * Origin's host against X-Forwarded-Host, else Host. Same rule, so that everything Next would
 * refuse with a 500 is refused here with a 403 and nothing Next accepts is refused. A request
 * without Origin is not foreign: browsers send one on every cross-site POST, and a hand-made
 * request carries nobody's cookies but its sender's.
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (origin === 'null' || !URL.canParse(origin)) return true;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return new URL(origin).host !== host;
}

type Part = (id: string) => FormDataEntryValue | null;

/** Why a reply cannot be decoded, or null when it can. `id` is the part a reference names. */
export function replyProblem(part: Part, options: { argumentList: boolean; temporaryReferences: boolean }): string | null {
  const parsed = new Map<string, unknown>();
  let slots = 0;

  const load = (id: string): { value: unknown } | string => {
    if (parsed.has(id)) return { value: parsed.get(id) };
    const raw = part(id);
    if (typeof raw !== 'string') return `part ${id} is missing`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return `part ${id} is not JSON`;
    }
    parsed.set(id, value);
    const problem = walk(value, 0, false);
    return problem ?? { value };
  };

  /** A path into a part, as React resolves "$<id>:a:b": through plain objects and arrays only. */
  const resolves = (id: string, path: string[]): string | null => {
    const loaded = load(id);
    if (typeof loaded === 'string') return loaded;
    let value = loaded.value;
    for (const name of path) {
      if (typeof value !== 'object' || value === null || name === '__proto__' || !Object.hasOwn(value, name)) return `reference into part ${id} leads nowhere`;
      value = (value as Record<string, unknown>)[name];
    }
    return null;
  };

  const reference = (text: string): string | null => {
    if (text.startsWith('$$') || /^\$[uNI\-HKD]/.test(text)) return null;
    if (text.startsWith('$T')) return options.temporaryReferences ? null : 'temporary reference';
    if (text.startsWith('$n')) return /^\$n-?\d{1,299}$/.test(text) ? null : 'malformed big integer';
    const promise = /^\$@([0-9a-f]{1,8})$/.exec(text);
    if (promise) return resolves(String(parseInt(promise[1]!, 16)), []);
    const outlined = /^\$([0-9a-f]{1,8})((?::[^:]*)*)$/.exec(text);
    if (outlined) return resolves(String(parseInt(outlined[1]!, 16)), outlined[2]!.split(':').slice(1));
    return `unsupported value ${JSON.stringify(text.slice(0, 2))}`;
  };

  const walk = (value: unknown, depth: number, inArray: boolean): string | null => {
    if (depth > MAX_DEPTH) return 'nested too deeply';
    if (typeof value === 'string') {
      if (inArray) slots += value.length;
      if (slots > MAX_ARRAY_SLOTS) return 'too large';
      return value.startsWith('$') ? reference(value) : null;
    }
    if (typeof value !== 'object' || value === null) return null;
    if (Array.isArray(value)) {
      slots += value.length + 1;
      if (slots > MAX_ARRAY_SLOTS) return 'too large';
      for (const item of value) {
        const problem = walk(item, depth + 1, true);
        if (problem) return problem;
      }
      return null;
    }
    for (const item of Object.values(value)) {
      const problem = walk(item, depth + 1, false);
      if (problem) return problem;
    }
    return null;
  };

  const root = load('0');
  if (typeof root === 'string') return root;
  if (options.argumentList && !Array.isArray(root.value)) return 'the arguments are not a list';
  return null;
}

async function readForm(bytes: ArrayBuffer, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}

/** Why the body is not one Next can decode, or null. */
async function bodyProblem(bytes: ArrayBuffer, contentType: string, calledByPage: boolean): Promise<string | null> {
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    // Only a page's call sends a body that is not a form: the reply as one JSON text.
    const text = new TextDecoder().decode(bytes);
    return replyProblem((id) => (id === '0' ? text : null), { argumentList: true, temporaryReferences: true });
  }
  const form = await readForm(bytes, contentType);
  if (!form) return 'the form cannot be read';
  if (calledByPage) return replyProblem((id) => form.get(id), { argumentList: true, temporaryReferences: true });
  // A form posted without JavaScript: an action with bound arguments describes them in its own fields.
  for (const key of form.keys()) {
    if (!key.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const problem = replyProblem((id) => form.get(prefix + id), { argumentList: false, temporaryReferences: false });
    if (problem) return problem;
  }
  return null;
}

/**
 * The refusal for a request to a page that Next would otherwise answer with a 500, or null to
 * let it through: a foreign Origin on anything but GET/HEAD (403), an action body over Next's
 * limit (413) or one its decoder cannot read (400). Reads the body only of a possible action.
 */
export async function refuseServerActionRequest(request: Request): Promise<AppError | null> {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  if (isForeignOrigin(request.headers)) return new AppError('forbidden', { userMessage: 'Forms can only be sent from this site.' });
  const contentType = request.headers.get('content-type') ?? '';
  const calledByPage = request.headers.has('next-action');
  if (request.method !== 'POST' || (!calledByPage && !/^multipart\/form-data\b/i.test(contentType))) return null;
  const tooLarge = new AppError('payload_too_large');
  if (Number(request.headers.get('content-length') ?? 0) > SERVER_ACTION_BODY_LIMIT_BYTES) return tooLarge;
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > SERVER_ACTION_BODY_LIMIT_BYTES) return tooLarge;
  const problem = await bodyProblem(bytes, contentType, calledByPage);
  return problem ? new AppError('validation_failed', { userMessage: `This is not a request this site's pages send (${problem}).` }) : null;
}
