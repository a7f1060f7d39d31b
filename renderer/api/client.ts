/** The renderer's only way to the services: window.api, unwrapped into values or ApiCallError. */
import type { MethodInput, MethodResult, WindowApi } from '../../electron/contract/api.ts';
import type { ApiErrorBody } from '../../electron/contract/errors.ts';
import type { MethodName } from '../../electron/contract/method-names.ts';

declare global {
  interface Window {
    api: WindowApi;
  }
}

export class ApiCallError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.body = body;
  }
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const envelope = await window.api[method](input as never);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as MethodResult<M>;
}
