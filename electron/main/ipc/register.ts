/**
 * THE way main answers renderer calls. Every handler goes through `handle`, which refuses calls
 * from anything but the main frame of our own origin, validates the payload against the contract,
 * and turns every outcome, thrown errors included, into the IpcResult envelope.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import {
  ipcChannels,
  ipcFail,
  ipcOk,
  type ChannelPayload,
  type ChannelResult,
  type IpcChannel,
  type IpcResult,
  type WindowRole,
} from '../../../shared/ipc/index.ts';
import { isOwnOrigin } from '../origin.ts';
import { windowRoleOf } from '../window-roles.ts';

export interface HandlerContext {
  readonly sender: WebContents;
}

export type ChannelHandler<C extends IpcChannel> = (
  payload: ChannelPayload<C>,
  context: HandlerContext,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

export type Handle = <C extends IpcChannel>(channel: C, handler: ChannelHandler<C>) => void;

/** Why a sender is refused, or null when it may call us. */
export function rejectSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  allowedOrigins: ReadonlySet<string>,
  role: WindowRole,
): string | null {
  const frame = event.senderFrame;
  // Null once the frame navigated away or was destroyed: the caller is gone, so is its trust.
  if (frame === null) return 'sender frame is gone';
  // Only the top-level document runs our code; a subframe is whatever some page embedded.
  if (frame.parent !== null) return 'sender is not the main frame';
  if (!isOwnOrigin(frame.url, allowedOrigins)) return 'sender is not our origin';
  const senderRole = windowRoleOf(event.sender);
  if (senderRole !== role) return `sender is ${senderRole === null ? 'not one of our windows' : `the ${senderRole} window`}`;
  return null;
}

export function createHandle(allowedOrigins: ReadonlySet<string>): Handle {
  return (channel, handler) => {
    const { validate, from } = ipcChannels[channel];
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<ChannelResult<typeof channel>>> => {
      const refusal = rejectSender(event, allowedOrigins, from);
      if (refusal !== null) {
        console.warn(`[ipc] ${channel} refused: ${refusal}`);
        return ipcFail('forbidden_sender', 'Caller is not allowed to use this channel');
      }
      // Every channel takes at most one argument; extra ones mean a caller not built from the contract.
      const payload = validate(args[0]);
      if (args.length > 1 || !payload.ok) {
        return ipcFail('invalid_payload', payload.ok ? 'Too many arguments' : payload.message);
      }
      try {
        return ipcOk(await handler(payload.value, { sender: event.sender }));
      } catch (error) {
        // Logged here in full; the renderer gets no stack or file paths.
        console.error(`[ipc] ${channel} failed`, error);
        return ipcFail('internal', 'Something went wrong in the app');
      }
    });
  };
}
