/**
 * The envelope every IPC call resolves to. Errors thrown in a main-process handler lose their
 * class and fields when they cross IPC, so failures travel as data with a stable code instead.
 */
export type IpcErrorCode = 'forbidden_sender' | 'invalid_payload' | 'internal';

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}

export type IpcResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: IpcError };

export function ipcOk<T>(data: T): IpcResult<T> {
  return { ok: true, data };
}

export function ipcFail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}
