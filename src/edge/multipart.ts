/**
 * File uploads (multipart/form-data) for the survey import only: registered
 * inside the import's own Fastify scope, so no other route accepts
 * multipart bodies. One file of at most 10 MB and a handful of small fields;
 * the file is read into memory and handed to the route as
 * `body.file = { fileName, bytes }`, next to the plain fields (`_csrf`), so
 * the CSRF check works as for any form.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TABLE_LIMITS } from './limits.js';

export const MAX_UPLOAD_BYTES = TABLE_LIMITS.maxFileBytes;

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export async function registerUploadParsing(scope: FastifyInstance): Promise<void> {
  await scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12, headerPairs: 100 },
    async onFile(part) {
      const bytes = await part.toBuffer(); // throws FST_REQ_FILE_TOO_LARGE past the limit
      Object.assign(part, { value: { fileName: part.filename, bytes } satisfies UploadedFile });
    },
  });
}

export function uploadedFile(body: unknown, field = 'file'): UploadedFile | undefined {
  const v = (body as Record<string, unknown> | null | undefined)?.[field] as Partial<UploadedFile> | undefined;
  return v && typeof v === 'object' && Buffer.isBuffer(v.bytes) && typeof v.fileName === 'string' ? (v as UploadedFile) : undefined;
}

/**
 * What went wrong while reading an upload, if it was the upload: too large
 * (the file or the number of parts), or not readable as a form. Other
 * errors (CSRF, our own) are not upload errors.
 */
export function uploadErrorKind(error: unknown, req: FastifyRequest): 'too_large' | 'malformed' | undefined {
  if (!req.isMultipart?.()) return undefined;
  const code = (error as { code?: string }).code ?? '';
  if (['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'].includes(code)) return 'too_large';
  if (code.startsWith('FST_CSRF')) return undefined;
  if (code.startsWith('FST_') || (!code && /multipart|boundary|unexpected end of form|malformed|part terminated/i.test((error as Error).message ?? ''))) return 'malformed';
  return undefined;
}
