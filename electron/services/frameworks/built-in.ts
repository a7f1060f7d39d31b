/**
 * The framework that ships with the app, bundled with the code (esbuild and Vite inline the
 * JSON), validated once on first use against the complete five-language schema.
 */
import data from '../../../assets/frameworks/cx-ces-digital.json' with { type: 'json' };
import { completeFrameworkSchema, type Framework } from '../../contract/framework-schema.ts';

let cached: Framework | null = null;

export function builtInFramework(): Framework {
  cached ??= completeFrameworkSchema.parse(data) as Framework;
  return cached;
}
