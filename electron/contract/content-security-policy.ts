/**
 * The Content-Security-Policy of every page the app shows: only the app's own files, no
 * remote source, no eval. Mantine sets inline style attributes, hence 'unsafe-inline' for
 * styles only. The renderer's index.html carries the same policy in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
